import type { FastifyInstance } from 'fastify';
import { getHomePage } from '../../../../domains/clusters/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { PageCache } from '../../pageCache.js';
import { HTML } from '../site.js';
import { renderHomePage } from './Page.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

/** The front door, /en and /fr: the need search and every public cluster by kind. */
export async function homePage(app: FastifyInstance): Promise<void> {
  // Kept encoded: the page is turned into bytes once, not on every request.
  const cache = new PageCache<Buffer>();
  for (const lang of LANGUAGES) {
    app.get(`/${lang}`, { schema: { hide: true }, config: PUBLIC_CACHE }, async (_request, reply) => {
      const html = await cache.get(`home:${lang}`, async () =>
        Buffer.from(renderHomePage(await getHomePage(app.deps.db, { lang }), app.deps.demoData)),
      );
      return reply.type(HTML).send(html);
    });
  }
}
