import type { FastifyInstance } from 'fastify';
import { getClusterPerformance, type ClusterPerformance } from '../../../../domains/insights/index.js';
import { isStitchError } from '../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../platform/i18n/index.js';
import { CLUSTER_SEGMENT, performancePath } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';
import { sendNotFoundPage } from '../../notFound.js';
import { toCsv } from '../../manage/csv.js';
import { local } from '../../views/text.js';
import { todayInToronto } from '../../manage/views/AuditTime.js';
import { HTML } from '../site.js';
import { PerformancePage } from './Page.js';
import { PerformanceParams, PerformancePageQuery } from './schema.js';
import { PUBLIC_CACHE } from '../../../http/caching.js';

const SEGMENT = { en: 'performance', fr: 'rendement' } as const;
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** The performance of a public cluster for the period asked, or undefined when the slug names none. */
async function performanceFor(
  app: FastifyInstance,
  lang: Lang,
  slug: string,
  query: ReturnType<typeof PerformancePageQuery.parse>,
): Promise<{ performance: ClusterPerformance; periodProblem: boolean } | undefined> {
  try {
    const performance = await getClusterPerformance(app.deps.db, {
      slug,
      lang,
      today: todayInToronto(),
      ...query.period,
    });
    return { performance, periodProblem: query.periodProblem };
  } catch (error) {
    if (isStitchError(error) && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** /{lang}/situations/:slug/performance — a cluster's public performance, with every figure as CSV. */
export async function performancePage(app: FastifyInstance): Promise<void> {
  for (const lang of LANGUAGES) {
    const base = `/${lang}/${CLUSTER_SEGMENT}/:slug/${SEGMENT[lang]}`;
    app.get(base, { schema: { hide: true }, config: PUBLIC_CACHE }, async (request, reply) => {
      const params = PerformanceParams.safeParse(request.params);
      if (!params.success) return sendNotFoundPage(reply, lang, request.url);
      const found = await performanceFor(
        app,
        lang,
        params.data.slug,
        PerformancePageQuery.parse(request.query),
      );
      if (!found) return sendNotFoundPage(reply, lang, request.url);
      const { performance } = found;
      const here = performancePath(lang, performance.cluster.slug[lang]);
      return reply.type(HTML).send(
        renderHtml(
          lang,
          t(lang, 'results.public.heading', { cluster: local(performance.cluster.title, lang) }),
          performancePath(other(lang), performance.cluster.slug[other(lang)]),
          <PerformancePage
            lang={lang}
            performance={performance}
            periodProblem={found.periodProblem}
            links={{
              csv: `${here}/csv?from=${performance.period.from}&to=${performance.period.to}`,
              json: `/api/v1/measures/clusters/${performance.cluster.key}?from=${performance.period.from}&to=${performance.period.to}`,
            }}
          />,
          { demo: app.deps.demoData },
        ),
      );
    });

    app.get(`${base}/csv`, { schema: { hide: true }, config: PUBLIC_CACHE }, async (request, reply) => {
      const params = PerformanceParams.safeParse(request.params);
      if (!params.success) return sendNotFoundPage(reply, lang, request.url);
      const found = await performanceFor(
        app,
        lang,
        params.data.slug,
        PerformancePageQuery.parse(request.query),
      );
      if (!found) return sendNotFoundPage(reply, lang, request.url);
      const p = found.performance;
      const r = (key: 'month' | 'volume') => t(lang, `results.public.${key}`);
      const cell = (value: number | null) => (value === null ? '' : Number(value.toFixed(4)));
      return reply
        .header(
          'content-disposition',
          `attachment; filename="performance-${p.cluster.key}-${p.period.from}-${p.period.to}.csv"`,
        )
        .type('text/csv; charset=utf-8')
        .send(
          toCsv([
            [
              r('month'),
              r('volume'),
              t(lang, 'results.measures.selfServe'),
              t(lang, 'results.measures.completion'),
              t(lang, 'results.measures.satisfaction'),
              t(lang, 'results.measures.cost'),
            ],
            ...p.byMonth.map((month) => [
              month.month,
              month.transactions,
              cell(month.selfServeShare),
              cell(month.completionRate),
              cell(month.satisfiedShare),
              cell(month.costPerTransaction),
            ]),
          ]),
        );
    });
  }
}
