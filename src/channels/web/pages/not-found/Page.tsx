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

export function ErrorPage({ lang }: { lang: Lang }) {
  return (
    <>
      <h1>{t(lang, 'web.error.title')}</h1>
      <p>{t(lang, 'web.error.body')}</p>
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
