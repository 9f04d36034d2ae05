import { ErrorSummary } from '../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../ui/components/FieldError/FieldError.js';
import {
  MAX_EMAIL_LENGTH,
  type ChecklistView,
  type GivenAnswerView,
} from '../../../../domains/clusters/index.js';
import { t, type Lang } from '../../../../platform/i18n/index.js';
import { PilotNotice, StageList } from '../../../../ui/components/ClusterPage/ClusterPage.js';
import { checklistPath } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';
import { clusterLinks, otherLang } from '../site.js';

export type EmailState = 'sent' | 'invalid' | 'failed' | undefined;

export interface ChecklistPageProps {
  checklist: ChecklistView;
  emailEnabled: boolean;
  email: EmailState;
  emailValue?: string | undefined;
}

/** The checklist's own path: it holds the sealed answers. */
export const personalChecklistPath = (lang: Lang, slug: string, token: string) =>
  `${checklistPath(lang, slug)}/${token}`;

function answerText(lang: Lang, answer: GivenAnswerView['answer']): string {
  if (answer.kind === 'yes_no')
    return t(lang, answer.value ? 'clusters.screener.yes' : 'clusters.screener.no');
  return answer.text;
}

export function ChecklistPage({ checklist, emailEnabled, email, emailValue }: ChecklistPageProps) {
  const { lang } = checklist;
  const slug = checklist.slug[lang];
  const path = personalChecklistPath(lang, slug, checklist.token);
  const invalid = email === 'invalid';
  return (
    <article class="checklist">
      <h1>{t(lang, 'clusters.checklist.title', { cluster: checklist.title })}</h1>
      <PilotNotice lang={lang} cluster={checklist} />
      <ErrorSummary
        heading={t(lang, 'clusters.screener.errorsHeading')}
        problems={invalid ? [{ target: 'email', text: t(lang, 'clusters.checklist.emailInvalid') }] : []}
      />
      <p class="lead">{t(lang, 'clusters.checklist.intro')}</p>
      {checklist.omitted > 0 && (
        <p>
          {checklist.omitted === 1
            ? t(lang, 'clusters.checklist.omittedOne')
            : t(lang, 'clusters.checklist.omitted', { count: checklist.omitted })}
        </p>
      )}
      {checklist.answers.length > 0 && (
        <details class="answers">
          <summary>{t(lang, 'clusters.checklist.yourAnswers')}</summary>
          <dl>
            {checklist.answers.map((given) => (
              <div key={given.question}>
                <dt>{given.label}</dt>
                <dd>{answerText(lang, given.answer)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <p class="no-print">
        <a href={checklistPath(lang, slug)}>{t(lang, 'clusters.checklist.change')}</a>
      </p>
      <StageList lang={lang} stages={checklist.stages} paths={clusterLinks(lang, slug)} />
      <p class="meta no-print">{t(lang, 'clusters.checklist.print')}</p>
      <section class="no-print" aria-labelledby="email-heading">
        <h2 id="email-heading">{t(lang, 'clusters.checklist.emailHeading')}</h2>
        {email === 'sent' && <p role="status">{t(lang, 'clusters.checklist.emailSent')}</p>}
        {email === 'failed' && <p role="alert">{t(lang, 'clusters.checklist.emailFailed')}</p>}
        {emailEnabled ? (
          <form method="post" action={`${path}/email`} novalidate>
            <div class={`field${invalid ? ' field-invalid' : ''}`}>
              <label for="email">{t(lang, 'clusters.checklist.emailLabel')}</label>
              <p class="meta" id="email-hint">
                {t(lang, 'clusters.checklist.emailHint')}
              </p>
              {invalid && (
                <FieldError
                  lang={lang}
                  id="email-error"
                  message={t(lang, 'clusters.checklist.emailInvalid')}
                />
              )}
              <input
                id="email"
                name="email"
                type="email"
                autoComplete="email"
                maxLength={MAX_EMAIL_LENGTH}
                class="input-medium"
                value={invalid ? (emailValue ?? '') : ''}
                aria-invalid={invalid ? 'true' : undefined}
                aria-describedby={invalid ? 'email-hint email-error' : 'email-hint'}
              />
            </div>
            <button type="submit">{t(lang, 'clusters.checklist.emailSubmit')}</button>
          </form>
        ) : (
          <p>{t(lang, 'clusters.checklist.emailUnavailable')}</p>
        )}
      </section>
    </article>
  );
}

export function renderChecklistPage(props: ChecklistPageProps, demo: boolean | undefined): string {
  const { checklist } = props;
  const { lang } = checklist;
  const other = otherLang(lang);
  return renderHtml(
    lang,
    t(lang, 'clusters.checklist.title', { cluster: checklist.title }),
    personalChecklistPath(other, checklist.slug[other], checklist.token),
    <ChecklistPage {...props} />,
    { demo },
  );
}
