import type { FastifyInstance } from 'fastify';
import { getServicePageWithResults } from '../../../../domains/insights/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { sendNotFoundPage } from '../../notFound.js';
import { renderServicePage } from './Page.js';
import { ServicePageParams, ServicePageQueryString } from './schema.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

/** A service's page, `/en/services/:id` and `/fr/services/:id`. */
export async function servicePage(app: FastifyInstance): Promise<void> {
  const { db, demoData } = app.deps;
  for (const lang of LANGUAGES) {
    app.get(
      `/${lang}/services/:id`,
      { schema: { hide: true }, config: PUBLIC_CACHE },
      async (request, reply) => {
        const params = ServicePageParams.safeParse(request.params);
        if (!params.success) return sendNotFoundPage(reply, lang, request.url);
        const { feedback } = ServicePageQueryString.parse(request.query ?? {});
        const screen = await getServicePageWithResults(db, { id: params.data.id, lang });
        return reply.type('text/html; charset=utf-8').send(
          renderServicePage(lang, screen, {
            origin: `${request.protocol}://${request.host}`,
            thanked: feedback === 'thanks',
            demo: demoData,
          }),
        );
      },
    );
  }
}
