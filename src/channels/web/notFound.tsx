import type { FastifyReply } from 'fastify';
import { t, type Lang } from '../../platform/i18n/index.js';
import { renderHtml } from './html.js';
import { AccessProblemPage, NotFoundPage } from './views/ListPages.js';

/** The "page not found" page, in the visitor's language, with a search box. */
export function sendNotFoundPage(reply: FastifyReply, lang: Lang, path: string): FastifyReply {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  return reply
    .status(404)
    .type('text/html; charset=utf-8')
    .send(
      renderHtml(
        lang,
        t(lang, 'web.notFound.title'),
        path.replace(/^\/(en|fr)/, `/${other}`),
        <NotFoundPage lang={lang} />,
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
): FastifyReply {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  return reply
    .status(ACCESS_STATUS[code])
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(
      renderHtml(
        lang,
        t(lang, `web.access.${code}.title`),
        path.split('?')[0]!.replace(/^\/(en|fr)/, `/${other}`),
        <AccessProblemPage lang={lang} code={code} path={path.split('?')[0]!} />,
      ),
    );
}
