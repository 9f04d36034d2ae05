import type { FastifyInstance } from 'fastify';
import { agreementDay, getClusterPage } from '../../../../domains/clusters/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { CLUSTER_SEGMENT } from '../../../http/paths.js';
import { sendNotFoundPage } from '../../notFound.js';
import { PageCache } from '../../pageCache.js';
import { HTML } from '../site.js';
import { renderClusterPage } from './Page.js';
import { ClusterPageQuery, ClusterParams } from './schema.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

/** /{lang}/situations/:slug — a cluster step by step, in both languages. */
export async function clusterPage(app: FastifyInstance): Promise<void> {
  // Rendered pages are kept encoded for a short while: a 60 kB page is turned into bytes once.
  const cache = new PageCache<Buffer>();
  for (const lang of LANGUAGES) {
    app.get(
      `/${lang}/${CLUSTER_SEGMENT}/:slug`,
      { schema: { hide: true }, config: PUBLIC_CACHE },
      async (request, reply) => {
        const params = ClusterParams.safeParse(request.params);
        if (!params.success) return sendNotFoundPage(reply, lang, request.url);
        const { feedback } = ClusterPageQuery.parse(request.query);
        const now = new Date();
        const cluster = await getClusterPage(app.deps.db, {
          slug: params.data.slug,
          lang,
          now,
          channel: 'web',
        });
        const thanked = feedback === 'thanks';
        const html = await cache.get(
          `${lang}:${cluster.key}:${cluster.version}:${agreementDay(now)}:${thanked}`,
          async () =>
            Buffer.from(
              renderClusterPage(cluster, {
                origin: app.siteOrigin(),
                thanked,
                demo: app.deps.demoData,
              }),
            ),
        );
        return reply.type(HTML).send(html);
      },
    );
  }
}
