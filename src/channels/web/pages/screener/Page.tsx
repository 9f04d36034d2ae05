import { ErrorSummary } from '../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../ui/components/FieldError/FieldError.js';
import type {
  AnswerProblem,
  AnswerProblemCode,
  ScreenerQuestionView,
  ScreenerView,
} from '../../../../domains/clusters/index.js';
import { t, type Lang, type MessageKey } from '../../../../platform/i18n/index.js';
import { PilotNotice } from '../../../../ui/components/ClusterPage/ClusterPage.js';
import { checklistPath } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';
import { otherLang } from '../site.js';

/*
 * Question ids have no hyphen and option values are kebab-case, so `q-<question>` and everything after it
 * (`-hint`, `-error`, `-unanswered`, `-option-<value>`) stay distinct across a whole screener.
 */
const fieldId = (question: ScreenerQuestionView) => `q-${question.id}`;
const optionId = (question: ScreenerQuestionView, value: string) => `${fieldId(question)}-option-${value}`;
const unansweredId = (question: ScreenerQuestionView) => `${fieldId(question)}-unanswered`;

/** The options of a yes/no or choice question, in order. */
function choices(lang: Lang, question: ScreenerQuestionView): { value: string; label: string }[] {
  return question.type === 'yes_no'
    ? [
        { value: 'yes', label: t(lang, 'clusters.screener.yes') },
        { value: 'no', label: t(lang, 'clusters.screener.no') },
      ]
    : question.options;
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
  question: ScreenerQuestionView;
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
  const hint = [question.hint ?? '', formatHint].filter(Boolean).join(' ');
  const describedBy = [hint ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {question.label}
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
  screener: ScreenerView;
  values: Record<string, unknown>;
  problems: readonly AnswerProblem[];
}

export function ScreenerPage({ screener, values, problems }: ScreenerPageProps) {
  const { lang, questions } = screener;
  const byQuestion = new Map(problems.map((problem) => [problem.question, problem]));
  // A group's error links to its first option, which takes the focus.
  const target = (question: ScreenerQuestionView) => {
    const first = choices(lang, question)[0];
    return first ? optionId(question, first.value) : fieldId(question);
  };
  return (
    <>
      <h1>{t(lang, 'clusters.screener.title', { cluster: screener.title })}</h1>
      <PilotNotice lang={lang} cluster={screener} />
      <ErrorSummary
        heading={t(lang, 'clusters.screener.errorsHeading')}
        problems={problems.flatMap((problem) => {
          const question = questions.find((q) => q.id === problem.question);
          return question
            ? [{ target: target(question), text: `${question.label} — ${problemText(lang, problem)}` }]
            : [];
        })}
      />
      <p>{t(lang, 'clusters.screener.intro')}</p>
      <form method="post" action={checklistPath(lang, screener.slug[lang])} novalidate>
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

/** The screener, blank or with the answers given and what is wrong with them. */
export function renderScreenerPage(props: ScreenerPageProps, demo: boolean | undefined): string {
  const { lang, title, slug } = props.screener;
  const heading = t(lang, 'clusters.screener.title', { cluster: title });
  return renderHtml(
    lang,
    props.problems.length > 0 ? `${t(lang, 'clusters.screener.errorsHeading')} – ${heading}` : heading,
    checklistPath(otherLang(lang), slug[otherLang(lang)]),
    <ScreenerPage {...props} />,
    { demo },
  );
}
