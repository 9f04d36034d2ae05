import type { FastifyInstance } from 'fastify';
import { recordFeedback } from '../../../../domains/clusters/index.js';
import { LANGUAGES } from '../../../../platform/i18n/index.js';
import { CLUSTER_SEGMENT } from '../../../http/paths.js';
import { FeedbackForm } from './schema.js';

const SERVICE_PAGE = /^\/(en|fr)\/services\/([0-9a-f-]{36})$/;

/** POST /{lang}/feedback: "was this page useful?" recorded, then back to the page, thanked. */
export async function feedbackRoute(app: FastifyInstance): Promise<void> {
  for (const lang of LANGUAGES) {
    app.post(`/${lang}/feedback`, { schema: { hide: true } }, async (request, reply) => {
      const form = FeedbackForm.parse(request.body);
      // Only a page of this site: never an open redirect.
      const page = form.page ?? `/${lang}`;
      if (form.useful) {
        const clusterPrefix = `/${lang}/${CLUSTER_SEGMENT}/`;
        await recordFeedback(app.deps.db, {
          channel: 'web',
          lang,
          useful: form.useful === 'yes',
          page,
          clusterSlug: page.startsWith(clusterPrefix) ? page.split('/')[3] : undefined,
          serviceId: SERVICE_PAGE.exec(page)?.[2],
        });
      }
      return reply.redirect(`${page}?feedback=thanks#feedback`, 303);
    });
  }
}
