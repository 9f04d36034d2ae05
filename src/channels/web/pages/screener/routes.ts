import type { FastifyInstance } from 'fastify';
import { getScreener, startChecklist } from '../../../../domains/clusters/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { checklistPath, CLUSTER_SEGMENT } from '../../../http/paths.js';
import { sendNotFoundPage } from '../../notFound.js';
import { HTML } from '../site.js';
import { renderScreenerPage } from './Page.js';
import { ScreenerForm, ScreenerParams } from './schema.js';

/** The route of a cluster's screener in one language: /en/situations/:slug/checklist, /fr/…/liste. */
export const screenerRoute = (lang: 'en' | 'fr') =>
  `/${lang}/${CLUSTER_SEGMENT}/:slug/${lang === 'en' ? 'checklist' : 'liste'}`;

/** A cluster's screener: questions that turn the cluster into a personal checklist. */
export async function screenerPage(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  for (const lang of LANGUAGES) {
    app.get(screenerRoute(lang), { schema: { hide: true } }, async (request, reply) => {
      const params = ScreenerParams.safeParse(request.params);
      if (!params.success) return sendNotFoundPage(reply, lang, request.url);
      const screener = await getScreener(db, { slug: params.data.slug, lang });
      return reply
        .type(HTML)
        .send(renderScreenerPage({ screener, values: {}, problems: [] }, app.deps.demoData));
    });

    app.post(screenerRoute(lang), { schema: { hide: true } }, async (request, reply) => {
      const params = ScreenerParams.safeParse(request.params);
      if (!params.success) return sendNotFoundPage(reply, lang, request.url);
      const started = await startChecklist(db, {
        slug: params.data.slug,
        lang,
        values: ScreenerForm.parse(request.body),
        channel: 'web',
      });
      if (!started.started)
        return reply.status(400).type(HTML).send(renderScreenerPage(started, app.deps.demoData));
      return reply.redirect(`${checklistPath(lang, started.slug[lang])}/${started.token}`, 303);
    });
  }
}
