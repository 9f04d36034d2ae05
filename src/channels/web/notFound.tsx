import type { FastifyReply } from 'fastify';
import { t, type Lang } from '../../platform/i18n/index.js';
import { managePath, manageSegment } from '../http/paths.js';
import { renderHtml } from './html.js';
import { ACCESS_TEXT, AccessProblemPage, NotFoundPage } from './pages/not-found/Page.js';

/**
 * The same place in the other language, for pages that cannot know their translated address: the
 * back office's segments differ by language, so its pages fall back to the other back-office home.
 */
function otherLanguagePath(lang: Lang, path: string): string {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const bare = path.split('?')[0]!;
  if (bare === managePath(lang) || bare.startsWith(`/${lang}/${manageSegment(lang)}/`))
    return managePath(other);
  return bare.replace(/^\/(en|fr)/, `/${other}`);
}

/** The "page not found" page, in the visitor's language, with a search box. */
export function sendNotFoundPage(reply: FastifyReply, lang: Lang, path: string): FastifyReply {
  return reply
    .status(404)
    .type('text/html; charset=utf-8')
    .send(
      renderHtml(
        lang,
        t(lang, 'web.notFound.title'),
        otherLanguagePath(lang, path),
        <NotFoundPage lang={lang} />,
        { demo: reply.server.deps.demoData },
      ),
    );
}

const ACCESS_STATUS = { FORBIDDEN: 403, CSRF_FAILED: 403, UNAUTHENTICATED: 401 } as const;

/** Refused: not allowed (403), a stale or foreign form (403), or signed out meanwhile (401). */
export function sendAccessProblemPage(
  reply: FastifyReply,
  lang: Lang,
  path: string,
  code: keyof typeof ACCESS_STATUS,
  signedIn = false,
): FastifyReply {
  return reply
    .status(ACCESS_STATUS[code])
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(
      renderHtml(
        lang,
        t(lang, ACCESS_TEXT[code].title),
        otherLanguagePath(lang, path),
        <AccessProblemPage lang={lang} code={code} path={path.split('?')[0]!} signedIn={signedIn} />,
        { demo: reply.server.deps.demoData },
      ),
    );
}
