import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { recordSatisfaction } from '../../../../domains/clusters/index.js';
import { ValidationError } from '../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../platform/i18n/index.js';
import { csrfToken } from '../../../http/access.js';
import { CLUSTER_SEGMENT, satisfactionPath, servicePath, surveyHref } from '../../../http/paths.js';
import { formFields } from '../../form.js';
import { HTML, otherLang } from '../site.js';
import { commentMaxText, renderSatisfactionPage, type SatisfactionPageProps } from './Page.js';
import { SatisfactionForm, SatisfactionQuery, SURVEY_FIELDS, type SatisfactionField } from './schema.js';

const SERVICE_PAGE = /^\/(en|fr)\/services\/([0-9a-f-]{36})$/;

/** The survey's address, with the page it is about when there is one. */
const surveyPath = (lang: Lang, page: string | undefined) =>
  page ? surveyHref(lang, page) : satisfactionPath(lang);

/** The same page in the other language, where its path says so (a cluster's slug differs: the site then). */
function pageInOtherLanguage(lang: Lang, page: string | undefined): string | undefined {
  const service = page ? SERVICE_PAGE.exec(page) : null;
  if (service) return servicePath(otherLang(lang), service[2]!);
  return page === `/${lang}` ? `/${otherLang(lang)}` : undefined;
}

function problemText(lang: Lang, field: SatisfactionField, code: string): string {
  if (field === 'overall') return t(lang, 'satisfaction.problems.overall');
  if (field === 'preferred_channel') return t(lang, 'satisfaction.problems.preferredChannel');
  if (field === 'comment')
    return code === 'too_big'
      ? t(lang, 'satisfaction.problems.commentTooLong', { max: commentMaxText(lang) })
      : t(lang, 'satisfaction.problems.invalid');
  return t(lang, 'satisfaction.problems.driver');
}

/** Each field's first problem, in the visitor's words; paths may carry the domain's `answers.` prefix. */
function problemsOf(
  lang: Lang,
  issues: readonly { path: string; code: string }[],
): SatisfactionPageProps['problems'] {
  const problems: SatisfactionPageProps['problems'] = {};
  for (const issue of issues) {
    const field = SURVEY_FIELDS.find((name) => issue.path.replace(/^answers\./, '') === name);
    if (field && !problems[field]) problems[field] = problemText(lang, field, issue.code);
  }
  return problems;
}

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code }));

/**
 * The satisfaction survey: GET /{lang}/satisfaction?page=… asks about that page's service, POST records
 * the answers through the clusters domain and sends the visitor to the thanks (303), or shows the form
 * again with its problems (400). Works without JavaScript.
 */
export async function satisfactionPage(app: FastifyInstance): Promise<void> {
  const { db, demoData } = app.deps;
  for (const lang of LANGUAGES) {
    app.get(satisfactionPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const query = SatisfactionQuery.parse(request.query ?? {});
      const props = {
        lang,
        page: query.page,
        values: {},
        problems: {},
        sent: query.sent === '1',
        csrfToken: csrfToken(request),
      };
      const alternatePath = surveyPath(otherLang(lang), pageInOtherLanguage(lang, query.page));
      return reply.type(HTML).send(renderSatisfactionPage(props, { alternatePath, demo: demoData }));
    });

    app.post(satisfactionPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const fields = formFields(request);
      const form = SatisfactionForm.safeParse(fields);
      const page = SatisfactionForm.shape.page.parse(fields.page);
      const sendBack = (problems: SatisfactionPageProps['problems']) => {
        const props: SatisfactionPageProps = {
          lang,
          page,
          values: Object.fromEntries(SURVEY_FIELDS.map((field) => [field, fields[field]])),
          problems,
          sent: false,
          csrfToken: csrfToken(request),
        };
        const alternatePath = surveyPath(otherLang(lang), pageInOtherLanguage(lang, page));
        return reply
          .status(400)
          .type(HTML)
          .send(renderSatisfactionPage(props, { alternatePath, demo: demoData }));
      };
      if (!form.success) return sendBack(problemsOf(lang, issuesOf(form.error)));
      const { page: _page, ...answers } = form.data;
      const clusterPrefix = `/${lang}/${CLUSTER_SEGMENT}/`;
      try {
        await recordSatisfaction(db, {
          channel: 'web',
          lang,
          page: page ?? `/${lang}`,
          clusterSlug: page?.startsWith(clusterPrefix) ? page.split('/')[3] : undefined,
          serviceId: page ? SERVICE_PAGE.exec(page)?.[2] : undefined,
          answers,
        });
      } catch (error) {
        // The edge holds the domain's limits, so this is a safety net, not the usual way.
        if (error instanceof ValidationError)
          return sendBack(
            problemsOf(
              lang,
              error.problems.map((p) => ({ path: p.path, code: 'invalid' })),
            ),
          );
        throw error;
      }
      return reply.redirect(`${surveyPath(lang, page)}${page ? '&' : '?'}sent=1`, 303);
    });
  }
}
