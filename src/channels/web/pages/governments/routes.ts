import type { FastifyInstance } from 'fastify';
import { getJurisdictionList } from '../../../../domains/catalog/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { governmentsPath } from '../../../http/paths.js';
import { renderJurisdictionsPage } from './Page.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

/** The partners by level of government, `/en/governments` and `/fr/gouvernements`. */
export async function governmentsPage(app: FastifyInstance): Promise<void> {
  const { db, demoData } = app.deps;
  for (const lang of LANGUAGES) {
    app.get(
      governmentsPath(lang),
      { schema: { hide: true }, config: PUBLIC_CACHE },
      async (_request, reply) => {
        const list = await getJurisdictionList(db);
        return reply
          .type('text/html; charset=utf-8')
          .send(renderJurisdictionsPage(lang, list, { demo: demoData }));
      },
    );
  }
}
