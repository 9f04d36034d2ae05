import type { FastifyInstance } from 'fastify';
import { getServiceList } from '../../../../domains/catalog/index.js';
import { LANGUAGES, type Lang } from '../../../../platform/i18n/index.js';
import { renderServiceListPage } from './Page.js';
import { ServiceListQueryString } from './schema.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

/** The list of services and its search, `/en/services` and `/fr/services`. */
export async function serviceListPage(app: FastifyInstance): Promise<void> {
  const { db, demoData } = app.deps;
  for (const lang of LANGUAGES) {
    const other: Lang = lang === 'en' ? 'fr' : 'en';
    app.get(`/${lang}/services`, { schema: { hide: true }, config: PUBLIC_CACHE }, async (request, reply) => {
      const { q, page } = ServiceListQueryString.parse(request.query ?? {});
      const list = await getServiceList(db, { q, page, lang });
      const search = request.url.indexOf('?');
      const alternate = `/${other}/services${search >= 0 ? request.url.slice(search) : ''}`;
      return reply
        .type('text/html; charset=utf-8')
        .send(renderServiceListPage(lang, list, { alternate, demo: demoData }));
    });
  }
}
