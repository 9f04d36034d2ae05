import type { FastifyInstance, FastifyReply } from 'fastify';
import { getChecklist, sendChecklistByEmail } from '../../../../domains/clusters/index.js';
import { LANGUAGES, type Lang } from '../../../../platform/i18n/index.js';
import { sendNotFoundPage } from '../../notFound.js';
import { screenerRoute } from '../screener/routes.js';
import { HTML } from '../site.js';
import { personalChecklistPath, renderChecklistPage, type EmailState } from './Page.js';
import { ChecklistEmailForm, ChecklistParams, ChecklistQuery } from './schema.js';

/** A personal checklist: the steps that apply to the screener's sealed answers, and emailing its link. */
export async function checklistPage(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;

  async function sendChecklist(
    reply: FastifyReply,
    lang: Lang,
    params: { slug: string; token: string },
    email: EmailState,
    emailValue?: string,
  ) {
    const checklist = await getChecklist(db, { ...params, lang, now: new Date() });
    return (
      reply
        .status(email === 'invalid' ? 400 : 200)
        // The address holds the person's answers: never sent on to another site, never kept in a cache.
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'private, no-store')
        .type(HTML)
        .send(
          renderChecklistPage(
            { checklist, emailEnabled: !!app.deps.mailer, email, emailValue },
            app.deps.demoData,
          ),
        )
    );
  }

  for (const lang of LANGUAGES) {
    app.get(`${screenerRoute(lang)}/:token`, { schema: { hide: true } }, async (request, reply) => {
      const params = ChecklistParams.safeParse(request.params);
      if (!params.success) return sendNotFoundPage(reply, lang, request.url);
      const { email } = ChecklistQuery.parse(request.query);
      return sendChecklist(reply, lang, params.data, email);
    });

    app.post(
      `${screenerRoute(lang)}/:token/email`,
      { schema: { hide: true }, config: { rateLimit: { max: 10, timeWindow: '1 hour' } } },
      async (request, reply) => {
        const params = ChecklistParams.safeParse(request.params);
        if (!params.success) return sendNotFoundPage(reply, lang, request.url);
        const { slug, token } = params.data;
        const path = personalChecklistPath(lang, slug, token);
        const sent = await sendChecklistByEmail(db, app.deps.mailer, {
          slug,
          lang,
          token,
          address: ChecklistEmailForm.parse(request.body).email,
          link: `${app.siteOrigin()}${path}`,
        });
        switch (sent.outcome) {
          case 'sent':
            return reply.redirect(`${path}?email=sent`, 303);
          case 'unavailable':
            return sendChecklist(reply, lang, params.data, undefined);
          case 'invalid':
            return sendChecklist(reply, lang, params.data, 'invalid', sent.address);
          case 'failed':
            request.log.warn({ err: sent.error }, 'checklist email failed');
            return sendChecklist(reply, lang, params.data, 'failed');
        }
      },
    );
  }
}
