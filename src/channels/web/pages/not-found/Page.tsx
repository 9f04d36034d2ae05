import { t, type Lang, type MessageKey } from '../../../../platform/i18n/index.js';
import { managePath, signInPath } from '../../../http/paths.js';
import { NeedSearchForm } from '../search/NeedSearchForm.js';

/** The words of the access problem page, by the error code that led there. */
export const ACCESS_TEXT = {
  FORBIDDEN: { title: 'web.access.FORBIDDEN.title', body: 'web.access.FORBIDDEN.body' },
  CSRF_FAILED: { title: 'web.access.CSRF_FAILED.title', body: 'web.access.CSRF_FAILED.body' },
  UNAUTHENTICATED: { title: 'web.access.UNAUTHENTICATED.title', body: 'web.access.UNAUTHENTICATED.body' },
} as const satisfies Record<
  'FORBIDDEN' | 'CSRF_FAILED' | 'UNAUTHENTICATED',
  { title: MessageKey; body: MessageKey }
>;

export function NotFoundPage({ lang }: { lang: Lang }) {
  return (
    <>
      <h1>{t(lang, 'web.notFound.title')}</h1>
      <p>{t(lang, 'web.notFound.body')}</p>
      <p>{t(lang, 'web.notFound.search')}</p>
      <NeedSearchForm lang={lang} />
    </>
  );
}

export function ErrorPage({ lang, requestId }: { lang: Lang; requestId?: string }) {
  return (
    <>
      <h1>{t(lang, 'web.error.title')}</h1>
      <p>{t(lang, 'web.error.body')}</p>
      {requestId && <p>{t(lang, 'web.error.reference', { id: requestId })}</p>}
    </>
  );
}

/** Why a request was refused, and the way forward: sign in again or go back. */
export function AccessProblemPage({
  lang,
  code,
  path,
  signedIn,
}: {
  lang: Lang;
  code: keyof typeof ACCESS_TEXT;
  path: string;
  signedIn?: boolean;
}) {
  return (
    <>
      <h1>{t(lang, ACCESS_TEXT[code].title)}</h1>
      <p>{t(lang, ACCESS_TEXT[code].body)}</p>
      <p>
        {signedIn ? (
          <a href={managePath(lang)}>{t(lang, 'web.access.backOffice')}</a>
        ) : (
          <a href={`${signInPath(lang)}?return_to=${encodeURIComponent(path)}`}>
            {t(lang, 'web.access.signIn')}
          </a>
        )}
      </p>
    </>
  );
}

/** The request problems a page names, by status; any other 4xx reads as 400. */
export const REQUEST_PROBLEMS = [400, 413, 415, 429, 503] as const;
export type RequestProblem = (typeof REQUEST_PROBLEMS)[number];

const PROBLEM_TEXT = {
  400: { title: 'web.requestProblem.400.title', body: 'web.requestProblem.400.body' },
  413: { title: 'web.requestProblem.413.title', body: 'web.requestProblem.413.body' },
  415: { title: 'web.requestProblem.415.title', body: 'web.requestProblem.415.body' },
  429: { title: 'web.requestProblem.429.title', body: 'web.requestProblem.429.body' },
  503: { title: 'web.requestProblem.503.title', body: 'web.requestProblem.503.body' },
} as const satisfies Record<RequestProblem, { title: MessageKey; body: MessageKey }>;

export const requestProblemTitle = (lang: Lang, problem: RequestProblem) =>
  t(lang, PROBLEM_TEXT[problem].title);

/** A request the site could not take (unreadable, too large, not a form, too many): what to do next. */
export function RequestProblemPage({
  lang,
  problem,
  retryAfterSeconds,
}: {
  lang: Lang;
  problem: RequestProblem;
  /** For 429: how long until the next request is taken. */
  retryAfterSeconds?: number;
}) {
  const wait =
    problem !== 429 || retryAfterSeconds === undefined
      ? undefined
      : retryAfterSeconds <= 60
        ? t(lang, 'web.requestProblem.waitWithinMinute')
        : t(lang, 'web.requestProblem.waitMinutes', { minutes: Math.ceil(retryAfterSeconds / 60) });
  return (
    <>
      <h1>{requestProblemTitle(lang, problem)}</h1>
      <p>{t(lang, PROBLEM_TEXT[problem].body)}</p>
      {wait ? <p>{wait}</p> : null}
      <p>
        <a href={`/${lang}`}>{t(lang, 'web.requestProblem.home')}</a>
      </p>
    </>
  );
}
