import type { Lang } from '../../../platform/i18n/index.js';

export interface ErrorSummaryProblem {
  /** The id of the field the problem is about: the item links there. Without it the item is plain text. */
  target?: string | undefined;
  text: string;
  /** The text's own language, when it may differ from the page's (a message passed through from data). */
  lang?: Lang | undefined;
}

export interface ErrorSummaryProps {
  /** "There is a problem", in the page's words. */
  heading: string;
  /** A sentence under the heading, when the page has more to say than the list. */
  intro?: string | undefined;
  problems: readonly ErrorSummaryProblem[];
}

/**
 * The problems of a submitted form, above it: announced at once (role="alert"), focusable, and each problem
 * a link to its field. Renders nothing when there is no problem.
 */
export function ErrorSummary({ heading, intro, problems }: ErrorSummaryProps) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{heading}</h2>
      {intro && <p>{intro}</p>}
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.target ?? ''}:${index}`}>
            {problem.target ? (
              <a href={`#${problem.target}`} lang={problem.lang}>
                {problem.text}
              </a>
            ) : (
              problem.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
