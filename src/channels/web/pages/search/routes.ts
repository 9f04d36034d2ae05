import type { FastifyInstance } from 'fastify';
import { searchForNeed } from '../../../../domains/search/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { actorOf } from '../../../http/access.js';
import { searchPath } from '../../../http/paths.js';
import { HTML } from '../site.js';
import { renderSearchPage } from './Page.js';
import { NeedPageQuery } from './schema.js';

/** /en/search and /fr/recherche: needs in people's words, clusters first. */
export async function searchPage(app: FastifyInstance): Promise<void> {
  for (const lang of LANGUAGES) {
    app.get(searchPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const { q, truncated, exact } = NeedPageQuery.parse(request.query);
      const search = await searchForNeed(app.deps.db, actorOf(request), {
        q,
        lang,
        exact,
        limit: 20,
        channel: 'web',
      });
      return reply.type(HTML).send(renderSearchPage(search, truncated, app.deps.demoData));
    });
  }
}
