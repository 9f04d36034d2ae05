import { t, type Lang } from '../../../platform/i18n/index.js';

export interface FeedbackFormProps {
  lang: Lang;
  /** Where the form posts. */
  action: string;
  /** The page the answer is about (its path), sent back so the visitor returns there. */
  page: string;
  /** The visitor has just answered. */
  thanked?: boolean;
  /** The satisfaction survey about this page, offered whether or not the question was answered. */
  surveyHref?: string | undefined;
}

/**
 * "Was this page useful?" with two buttons; works without JavaScript (a POST, then back to the page).
 * A link to the longer satisfaction survey follows, when the page gives one.
 */
export function FeedbackForm({ lang, action, page, thanked, surveyHref }: FeedbackFormProps) {
  return (
    <section class="feedback" aria-labelledby="feedback-heading" id="feedback">
      {thanked ? (
        <p role="status" id="feedback-heading">
          {t(lang, 'clusters.feedback.thanks')}
        </p>
      ) : (
        <form method="post" action={action}>
          <input type="hidden" name="page" value={page} />
          <fieldset>
            <legend id="feedback-heading">{t(lang, 'clusters.feedback.question')}</legend>
            <button type="submit" name="useful" value="yes">
              {t(lang, 'clusters.feedback.yes')}
            </button>{' '}
            <button type="submit" name="useful" value="no">
              {t(lang, 'clusters.feedback.no')}
            </button>
          </fieldset>
        </form>
      )}
      {surveyHref && (
        <p>
          <a href={surveyHref}>{t(lang, 'satisfaction.link')}</a>
        </p>
      )}
    </section>
  );
}
