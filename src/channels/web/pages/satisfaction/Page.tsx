import {
  PREFERABLE_CHANNELS,
  SURVEY_COMMENT_MAX,
  SURVEY_DRIVERS,
} from '../../../../domains/measurement/index.js';
import { t, type Lang, type MessageKey } from '../../../../platform/i18n/index.js';
import { ErrorSummary } from '../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../ui/components/FieldError/FieldError.js';
import { satisfactionPath } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';
import { SURVEY_FIELDS, type SatisfactionField } from './schema.js';

const SCORES = ['1', '2', '3', '4', '5'] as const;

export interface SatisfactionPageProps {
  lang: Lang;
  /** The page the survey is about; none when it is about the site. */
  page: string | undefined;
  /** What was submitted, as text, so a form sent back keeps every answer. */
  values: Partial<Record<SatisfactionField, string>>;
  /** Each field's problem, in the visitor's language. */
  problems: Partial<Record<SatisfactionField, string>>;
  sent: boolean;
  /** The signed-in visitor's anti-forgery token; empty for the public. */
  csrfToken: string;
}

/** Where a field's error summary link lands: a radio group's first option takes the focus. */
function target(field: SatisfactionField): string {
  if (field === 'comment') return 'comment';
  if (field === 'preferred_channel') return `preferred_channel-${PREFERABLE_CHANNELS[0]}`;
  return `${field}-1`;
}

function Radio(props: {
  name: string;
  id: string;
  value: string;
  label: string;
  current: string;
  invalid: boolean;
}) {
  return (
    <div class="choice">
      <input
        type="radio"
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.current === props.value}
        aria-invalid={props.invalid ? 'true' : undefined}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

/** One question on the five-point scale; a driver also offers "does not apply". */
function ScaleQuestion(props: {
  lang: Lang;
  field: 'overall' | (typeof SURVEY_DRIVERS)[number];
  value: string | undefined;
  problem: string | undefined;
}) {
  const { lang, field, problem } = props;
  const required = field === 'overall';
  const hintId = `${field}-hint`;
  const errorId = `${field}-error`;
  const describedBy = [required ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const current = props.value ?? '';
  return (
    <div class={`field${problem ? ' field-invalid' : ''}`}>
      <fieldset id={field} aria-describedby={describedBy}>
        <legend>
          {t(lang, `satisfaction.questions.${field}`)}
          {required && <span class="meta"> {t(lang, 'satisfaction.required')}</span>}
        </legend>
        {required && (
          <p class="hint" id={hintId}>
            {t(lang, 'satisfaction.scaleHint')}
          </p>
        )}
        {problem && <FieldError lang={lang} id={errorId} message={problem} />}
        {SCORES.map((score) => (
          <Radio
            key={score}
            name={field}
            id={`${field}-${score}`}
            value={score}
            label={t(lang, `satisfaction.scale.${score}`)}
            current={current}
            invalid={!!problem}
          />
        ))}
        {!required && (
          <Radio
            name={field}
            id={`${field}-na`}
            value=""
            label={t(lang, 'satisfaction.notApplicable')}
            current={current}
            invalid={!!problem}
          />
        )}
      </fieldset>
    </div>
  );
}

const CHANNEL_LABEL = {
  web: 'satisfaction.preferredChannel.web',
  phone: 'satisfaction.preferredChannel.phone',
  walk_in: 'satisfaction.preferredChannel.walk_in',
  kiosk: 'satisfaction.preferredChannel.kiosk',
  mail: 'satisfaction.preferredChannel.mail',
  email: 'satisfaction.preferredChannel.email',
} as const satisfies Record<(typeof PREFERABLE_CHANNELS)[number], MessageKey>;

function PreferredChannel({
  lang,
  value,
  problem,
}: {
  lang: Lang;
  value: string | undefined;
  problem?: string;
}) {
  const current = value ?? '';
  return (
    <div class={`field${problem ? ' field-invalid' : ''}`}>
      <fieldset id="preferred_channel" aria-describedby={problem ? 'preferred_channel-error' : undefined}>
        <legend>{t(lang, 'satisfaction.preferredChannel.legend')}</legend>
        {problem && <FieldError lang={lang} id="preferred_channel-error" message={problem} />}
        {PREFERABLE_CHANNELS.map((channel) => (
          <Radio
            key={channel}
            name="preferred_channel"
            id={`preferred_channel-${channel}`}
            value={channel}
            label={t(lang, CHANNEL_LABEL[channel])}
            current={current}
            invalid={!!problem}
          />
        ))}
        <Radio
          name="preferred_channel"
          id="preferred_channel-none"
          value=""
          label={t(lang, 'satisfaction.preferredChannel.none')}
          current={current}
          invalid={!!problem}
        />
      </fieldset>
    </div>
  );
}

function BackToPage({ lang, page }: { lang: Lang; page: string | undefined }) {
  return page ? (
    <p>
      {t(lang, 'satisfaction.about')} <a href={page}>{page}</a>
    </p>
  ) : (
    <p>{t(lang, 'satisfaction.aboutSite')}</p>
  );
}

export function SatisfactionPage({ lang, page, values, problems, sent, csrfToken }: SatisfactionPageProps) {
  if (sent)
    return (
      <>
        <h1>{t(lang, 'satisfaction.sent.heading')}</h1>
        <div class="notice-success" role="status">
          <p>{t(lang, 'satisfaction.sent.body')}</p>
        </div>
        <p>
          <a href={page ?? `/${lang}`}>{t(lang, 'satisfaction.backToPage')}</a>
        </p>
      </>
    );
  const summary = SURVEY_FIELDS.flatMap((field) => {
    const text = problems[field];
    return text ? [{ target: target(field), text }] : [];
  });
  return (
    <>
      <h1>{t(lang, 'satisfaction.title')}</h1>
      <ErrorSummary heading={t(lang, 'satisfaction.errorsHeading')} problems={summary} />
      <p class="lead">{t(lang, 'satisfaction.intro')}</p>
      <BackToPage lang={lang} page={page} />
      <form method="post" action={satisfactionPath(lang)} novalidate>
        {csrfToken && <input type="hidden" name="_csrf" value={csrfToken} />}
        {page && <input type="hidden" name="page" value={page} />}
        <ScaleQuestion lang={lang} field="overall" value={values.overall} problem={problems.overall} />
        <section aria-labelledby="drivers-heading">
          <h2 id="drivers-heading">{t(lang, 'satisfaction.driversHeading')}</h2>
          <p class="hint">{t(lang, 'satisfaction.driversHint')}</p>
          {SURVEY_DRIVERS.map((driver) => (
            <ScaleQuestion
              key={driver}
              lang={lang}
              field={driver}
              value={values[driver]}
              problem={problems[driver]}
            />
          ))}
        </section>
        <PreferredChannel lang={lang} value={values.preferred_channel} problem={problems.preferred_channel} />
        <div class={`field${problems.comment ? ' field-invalid' : ''}`}>
          <label for="comment">
            {t(lang, 'satisfaction.comment.label')}
            <span class="meta"> {t(lang, 'satisfaction.optional')}</span>
          </label>
          <p class="hint" id="comment-hint">
            {t(lang, 'satisfaction.comment.hint', { max: commentMaxText(lang) })}
          </p>
          {problems.comment && <FieldError lang={lang} id="comment-error" message={problems.comment} />}
          <textarea
            id="comment"
            name="comment"
            rows={6}
            class="input-medium"
            aria-describedby={problems.comment ? 'comment-hint comment-error' : 'comment-hint'}
            aria-invalid={problems.comment ? 'true' : undefined}
          >
            {values.comment ?? ''}
          </textarea>
        </div>
        <button type="submit">{t(lang, 'satisfaction.submit')}</button>
      </form>
    </>
  );
}

/** The comment's limit as each language writes it (2,000; 2 000). */
export const commentMaxText = (lang: Lang) =>
  SURVEY_COMMENT_MAX.toLocaleString(lang === 'en' ? 'en-CA' : 'fr-CA');

/** The survey, blank, sent back with its problems, or its confirmation. */
export function renderSatisfactionPage(
  props: SatisfactionPageProps,
  options: { alternatePath: string; demo: boolean | undefined },
): string {
  const { lang } = props;
  const heading = t(lang, props.sent ? 'satisfaction.sent.heading' : 'satisfaction.title');
  const invalid = Object.keys(props.problems).length > 0;
  return renderHtml(
    lang,
    invalid ? `${t(lang, 'satisfaction.errorsHeading')} – ${heading}` : heading,
    options.alternatePath,
    <SatisfactionPage {...props} />,
    { demo: options.demo },
  );
}
