import type { FastifyInstance } from 'fastify';
import { getOrganizationPage, getPartnerList } from '../../../../domains/catalog/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { sendNotFoundPage } from '../../notFound.js';
import { renderOrganizationListPage, renderOrganizationPage } from './Page.js';
import { OrganizationPageParams } from './schema.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

const HTML = 'text/html; charset=utf-8';

/** The partners, `/en/organizations`, and each partner's page, `/en/organizations/:id` (same in French). */
export async function partnerPages(app: FastifyInstance): Promise<void> {
  const { db, demoData } = app.deps;
  for (const lang of LANGUAGES) {
    app.get(
      `/${lang}/organizations`,
      { schema: { hide: true }, config: PUBLIC_CACHE },
      async (_request, reply) => {
        const list = await getPartnerList(db);
        return reply.type(HTML).send(renderOrganizationListPage(lang, list, { demo: demoData }));
      },
    );

    app.get(
      `/${lang}/organizations/:id`,
      { schema: { hide: true }, config: PUBLIC_CACHE },
      async (request, reply) => {
        const params = OrganizationPageParams.safeParse(request.params);
        if (!params.success) return sendNotFoundPage(reply, lang, request.url);
        const page = await getOrganizationPage(db, { id: params.data.id, lang });
        return reply.type(HTML).send(renderOrganizationPage(lang, page, { demo: demoData }));
      },
    );
  }
}
