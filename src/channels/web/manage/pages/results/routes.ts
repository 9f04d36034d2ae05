/** The results dashboards: one cluster's measures for a period, with every figure downloadable. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import {
  getClusterDashboard,
  listReadableClusters,
  mayOpenResults,
  mayReadAllResults,
  type ClusterDashboard,
} from '../../../../../domains/insights/index.js';
import { organizationsWith, type Actor } from '../../../../../platform/auth/index.js';
import type { Db } from '../../../../../platform/db/index.js';
import { isStitchError, type FieldProblem } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../../platform/i18n/index.js';
import { managePath } from '../../../../http/paths.js';
import { sendCsv } from '../../csv.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { todayInToronto } from '../../views/AuditTime.js';
import { BUSINESS_CASE_SEGMENT } from '../business-case/routes.js';
import { PILOT_SEGMENT } from '../pilot-evaluation/routes.js';
import { dashboardRows } from './export.js';
import { ResultsPage } from './Page.js';
import { problemsInWords, ResultsQuery, type ResultsForm, type ResultsProblem } from './schema.js';

const SEGMENT = { en: 'results', fr: 'resultats' } as const;
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

type Outcome =
  | { dashboard: ClusterDashboard; problems: []; status: 200 }
  | { dashboard?: undefined; problems: FieldProblem[]; status: 200 | 400 | 404 };

/** The dashboard the filters ask for, or the problems to show on the form in the page's words. */
async function dashboardFor(
  db: Db,
  actor: Actor,
  lang: Lang,
  form: ResultsForm,
  found: ResultsProblem[],
  filters: ReturnType<typeof ResultsQuery.parse>['filters'],
): Promise<Outcome> {
  if (found.length)
    return {
      problems: problemsInWords(lang, found),
      status: 400,
    };
  try {
    const dashboard = await getClusterDashboard(db, actor, { ...filters, today: todayInToronto() });
    return { dashboard, problems: [], status: 200 };
  } catch (error) {
    if (!isStitchError(error)) throw error;
    if (error.code === 'NOT_FOUND')
      return {
        problems: [{ path: 'cluster', message: t(lang, 'results.problems.unknownCluster') }],
        status: 404,
      };
    if (error.code === 'VALIDATION_FAILED' && form.partner)
      return { problems: [{ path: 'partner', message: t(lang, 'results.problems.partner') }], status: 400 };
    throw error;
  }
}

/** The pilot evaluation of the cluster (when it has a pilot) and its business case over the same period. */
function relatedPages(lang: Lang, dashboard: ClusterDashboard) {
  const cluster = dashboard.cluster.key;
  const period = new URLSearchParams({ cluster, ...dashboard.period }).toString();
  return {
    pilot: dashboard.cluster.pilot
      ? `${managePath(lang, PILOT_SEGMENT[lang])}?${new URLSearchParams({ cluster }).toString()}`
      : undefined,
    businessCase: `${managePath(lang, BUSINESS_CASE_SEGMENT[lang])}?${period}`,
  };
}

export async function resultsPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'results',
    segment: SEGMENT,
    label: { en: t('en', 'results.section'), fr: t('fr', 'results.section') },
    visibleTo: mayOpenResults,
  });

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { form, problems: found, filters } = ResultsQuery.parse(request.query ?? {});
      // With no cluster asked for, the first the person may read; a dashboard names the others itself.
      const listed = form.cluster ? undefined : await listReadableClusters(db, actor);
      const chosen = form.cluster || listed?.[0]?.key || '';
      const outcome: Outcome = chosen
        ? await dashboardFor(db, actor, lang, { ...form, cluster: chosen }, found, {
            ...filters,
            cluster: chosen,
          })
        : { problems: [], status: 200 };
      const clusters = outcome.dashboard?.clusters ?? listed ?? (await listReadableClusters(db, actor));
      const search = new URLSearchParams({ ...form, cluster: chosen }).toString();
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'results.section'),
          alternatePath: `${managePath(other(lang), SEGMENT[other(lang)])}?${search}`,
          current: 'results',
          status: outcome.status,
        },
        h(ResultsPage, {
          lang,
          action: base,
          clusters,
          form: { ...form, cluster: chosen },
          problems: outcome.problems,
          dashboard: outcome.dashboard,
          overviewHref:
            mayReadAllResults(actor) || organizationsWith(actor, ['partner_admin', 'partner_editor']).length
              ? managePath(lang, SEGMENT[lang], lang === 'en' ? 'government' : 'gouvernement')
              : undefined,
          downloads: outcome.dashboard
            ? { csv: `${base}/csv?${search}`, json: `${base}/json?${search}` }
            : undefined,
          related: outcome.dashboard ? relatedPages(lang, outcome.dashboard) : undefined,
        }),
      );
    });

    for (const format of ['csv', 'json'] as const)
      app.get(`${base}/${format}`, { schema: { hide: true } }, async (request, reply) => {
        const actor = requireStaff(request);
        const { form, problems: found, filters } = ResultsQuery.parse(request.query ?? {});
        const outcome = await dashboardFor(
          db,
          actor,
          lang,
          form,
          form.cluster ? found : ['cluster'],
          filters,
        );
        if (!outcome.dashboard)
          return reply.redirect(`${base}?${new URLSearchParams({ ...form }).toString()}`, 303);
        const d = outcome.dashboard;
        const name = `results-${d.cluster.key}-${d.period.from}-${d.period.to}`;
        if (format === 'json') {
          const { clusters: _clusters, ...figures } = d;
          return reply
            .header('cache-control', 'no-store')
            .header('content-disposition', `attachment; filename="${name}.json"`)
            .type('application/json; charset=utf-8')
            .send(JSON.stringify(figures, null, 2));
        }
        const head = (key: 'section' | 'key' | 'measure' | 'value') => t(lang, `results.csvHeader.${key}`);
        return sendCsv(reply, `${name}.csv`, [
          [
            t(lang, 'results.filters.cluster'),
            t(lang, 'results.filters.from'),
            t(lang, 'results.filters.to'),
            head('section'),
            head('key'),
            head('measure'),
            head('value'),
          ],
          ...dashboardRows(d).map((row) => [d.cluster.key, d.period.from, d.period.to, ...row]),
        ]);
      });
  }
}
