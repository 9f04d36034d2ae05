import type { FastifyInstance } from 'fastify';
import { getOfficeFinder } from '../../../../domains/catalog/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { officesPath } from '../../../http/paths.js';
import { renderOfficeFinderPage } from './Page.js';
import { OfficeFinderQueryString } from './schema.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

/** The office finder: GET /en/offices and /fr/bureaux, `?near=` a postal code or a place name. */
export async function officeFinderPage(app: FastifyInstance): Promise<void> {
  const { db, demoData } = app.deps;
  for (const lang of LANGUAGES) {
    app.get(officesPath(lang), { schema: { hide: true }, config: PUBLIC_CACHE }, async (request, reply) => {
      const { near } = OfficeFinderQueryString.parse(request.query ?? {});
      const finder = await getOfficeFinder(db, { near, lang });
      return reply
        .status(finder.error ? 400 : 200)
        .type('text/html; charset=utf-8')
        .send(renderOfficeFinderPage(lang, finder, { demo: demoData }));
    });
  }
}
