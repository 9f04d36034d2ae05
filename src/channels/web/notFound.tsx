import type { FastifyReply } from 'fastify';
import { t, type Lang } from '../../platform/i18n/index.js';
import { renderHtml } from './html.js';
import { NotFoundPage } from './views/ListPages.js';

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
