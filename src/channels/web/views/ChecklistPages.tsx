import type {
  AnswerProblem,
  AnswerProblemCode,
  Answers,
  Checklist,
  ScreenerQuestion,
} from '../../../domains/clusters/index.js';
import { t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';
import { checklistPath } from '../../http/paths.js';
import { ErrorSummary } from '../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../ui/components/FieldError/FieldError.js';
import { StageList, PilotNotice, type ClusterContent } from './ClusterPage.js';
import { local } from './text.js';

/*
 * Question ids have no hyphen and option values are kebab-case, so `q-<question>` and everything after it
 * (`-hint`, `-error`, `-unanswered`, `-option-<value>`) stay distinct across a whole screener.
 */
const fieldId = (question: ScreenerQuestion) => `q-${question.id}`;
const optionId = (question: ScreenerQuestion, value: string) => `${fieldId(question)}-option-${value}`;
const unansweredId = (question: ScreenerQuestion) => `${fieldId(question)}-unanswered`;

/** The options of a yes/no or choice question, in order. */
function choices(lang: Lang, question: ScreenerQuestion): { value: string; label: string }[] {
  return question.type === 'yes_no'
    ? [
        { value: 'yes', label: t(lang, 'clusters.screener.yes') },
        { value: 'no', label: t(lang, 'clusters.screener.no') },
      ]
    : (question.options ?? []).map((option) => ({ value: option.value, label: local(option.label, lang) }));
}

const ANSWER_PROBLEM_TEXT = {
  required: 'clusters.problems.required',
  not_yes_no: 'clusters.problems.not_yes_no',
  not_an_option: 'clusters.problems.not_an_option',
  not_a_number: 'clusters.problems.not_a_number',
  too_small: 'clusters.problems.too_small',
  too_large: 'clusters.problems.too_large',
  not_a_date: 'clusters.problems.not_a_date',
  not_a_postal_code: 'clusters.problems.not_a_postal_code',
} as const satisfies Record<AnswerProblemCode, MessageKey>;

function problemText(lang: Lang, problem: AnswerProblem): string {
  return t(lang, ANSWER_PROBLEM_TEXT[problem.code], problem.params ?? {});
}

function Question({
  lang,
  question,
  value,
  problem,
}: {
  lang: Lang;
  question: ScreenerQuestion;
  value: unknown;
  problem?: AnswerProblem;
}) {
  const id = fieldId(question);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // The expected format is always said, even under a hint of the question's own (WCAG 3.3.2).
  const formatHint =
    question.type === 'date'
      ? t(lang, 'clusters.screener.dateHint')
      : question.type === 'postal_code'
        ? t(lang, 'clusters.screener.postalHint')
        : '';
  const hint = [question.hint ? local(question.hint, lang) : '', formatHint].filter(Boolean).join(' ');
  const describedBy = [hint ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {local(question.label, lang)}
      {question.required && <span class="meta"> {t(lang, 'clusters.screener.required')}</span>}
    </>
  );
  const error = problem && <FieldError lang={lang} id={errorId} message={problemText(lang, problem)} />;
  if (question.type === 'yes_no' || question.type === 'choice') {
    const options = choices(lang, question);
    const current = value === true ? 'yes' : value === false ? 'no' : typeof value === 'string' ? value : '';
    return (
      <div class={`field${problem ? ' field-invalid' : ''}`}>
        <fieldset id={id} aria-describedby={describedBy}>
          <legend>{label}</legend>
          {hint && (
            <p class="meta" id={hintId}>
              {hint}
            </p>
          )}
          {error}
          {options.map((option) => (
            <div class="choice" key={option.value}>
              <input
                type="radio"
                id={optionId(question, option.value)}
                name={question.id}
                value={option.value}
                checked={current === option.value}
                aria-invalid={problem ? 'true' : undefined}
              />
              <label for={optionId(question, option.value)}>{option.label}</label>
            </div>
          ))}
          {!question.required && (
            <div class="choice">
              <input
                type="radio"
                id={unansweredId(question)}
                name={question.id}
                value=""
                checked={current === ''}
              />
              <label for={unansweredId(question)}>{t(lang, 'clusters.screener.noAnswer')}</label>
            </div>
          )}
        </fieldset>
      </div>
    );
  }
  const inputValue = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return (
    <div class={`field${problem ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="meta" id={hintId}>
          {hint}
        </p>
      )}
      {error}
      <input
        id={id}
        name={question.id}
        type="text"
        inputMode={question.type === 'number' ? 'numeric' : undefined}
        autoComplete={question.type === 'postal_code' ? 'postal-code' : 'off'}
        value={inputValue}
        maxLength={200}
        class={question.type === 'postal_code' || question.type === 'number' ? 'input-short' : 'input-medium'}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

export interface ScreenerPageProps {
  lang: Lang;
  content: ClusterContent;
  /** The questions to show (all of them; `ask_if` is applied when the answers are read). */
  questions: readonly ScreenerQuestion[];
  values: Record<string, unknown>;
  problems: readonly AnswerProblem[];
}

export function ScreenerPage({ lang, content, questions, values, problems }: ScreenerPageProps) {
  const d = content.cluster.definition;
  const byQuestion = new Map(problems.map((problem) => [problem.question, problem]));
  // A group's error links to its first option, which takes the focus.
  const target = (question: ScreenerQuestion) => {
    const first = choices(lang, question)[0];
    return first ? optionId(question, first.value) : fieldId(question);
  };
  return (
    <>
      <h1>{t(lang, 'clusters.screener.title', { cluster: local(d.title, lang) })}</h1>
      <PilotNotice lang={lang} cluster={content.cluster} />
      <ErrorSummary
        heading={t(lang, 'clusters.screener.errorsHeading')}
        problems={problems.flatMap((problem) => {
          const question = questions.find((q) => q.id === problem.question);
          return question
            ? [
                {
                  target: target(question),
                  text: `${local(question.label, lang)} — ${problemText(lang, problem)}`,
                },
              ]
            : [];
        })}
      />
      <p>{t(lang, 'clusters.screener.intro')}</p>
      <form method="post" action={checklistPath(lang, d.slug[lang])} novalidate>
        {questions.map((question) => (
          <Question
            key={question.id}
            lang={lang}
            question={question}
            value={values[question.id]}
            problem={byQuestion.get(question.id)}
          />
        ))}
        <button type="submit">{t(lang, 'clusters.screener.submit')}</button>
      </form>
    </>
  );
}

export type EmailState = 'sent' | 'invalid' | 'unavailable' | 'failed' | undefined;

export interface ChecklistPageProps {
  lang: Lang;
  content: ClusterContent;
  checklist: Checklist;
  answers: Answers;
  questions: readonly ScreenerQuestion[];
  /** This page's own path (it holds the sealed answers). */
  path: string;
  emailEnabled: boolean;
  email: EmailState;
  emailValue?: string;
}

function answerText(lang: Lang, question: ScreenerQuestion, value: Answers[string]): string {
  if (typeof value === 'boolean') return t(lang, value ? 'clusters.screener.yes' : 'clusters.screener.no');
  if (question.type === 'choice') {
    const option = question.options?.find((o) => o.value === value);
    return option ? local(option.label, lang) : String(value);
  }
  return String(value);
}

export function ChecklistPage(props: ChecklistPageProps) {
  const { lang, content, checklist, answers, questions, path, emailEnabled, email } = props;
  const d = content.cluster.definition;
  const answered = questions.filter((q) => q.id in answers);
  const invalid = email === 'invalid';
  return (
    <article class="checklist">
      <h1>{t(lang, 'clusters.checklist.title', { cluster: local(d.title, lang) })}</h1>
      <PilotNotice lang={lang} cluster={content.cluster} />
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
      {answered.length > 0 && (
        <details class="answers">
          <summary>{t(lang, 'clusters.checklist.yourAnswers')}</summary>
          <dl>
            {answered.map((question) => (
              <div key={question.id}>
                <dt>{local(question.label, lang)}</dt>
                <dd>{answerText(lang, question, answers[question.id]!)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <p class="no-print">
        <a href={checklistPath(lang, d.slug[lang])}>{t(lang, 'clusters.checklist.change')}</a>
      </p>
      <StageList lang={lang} stages={checklist.stages} content={content} />
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
                maxLength={254}
                class="input-medium"
                value={invalid ? (props.emailValue ?? '') : ''}
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
