/** The government-wide and department results: the framework's measures over every service of either. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import {
  getResultsOverview,
  mayReadAllResults,
  type ResultsOverview,
} from '../../../../../domains/insights/index.js';
import { organizationsWith, type Actor } from '../../../../../platform/auth/index.js';
import type { Db } from '../../../../../platform/db/index.js';
import { isStitchError, type FieldProblem } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang } from '../../../../../platform/i18n/index.js';
import { managePath } from '../../../../http/paths.js';
import { sendCsv } from '../../csv.js';
import { requireStaff, sendManagePage } from '../../shell.js';
import { todayInToronto } from '../../views/AuditTime.js';
import { measuresOf } from '../results/export.js';
import { problemsInWords } from '../results/schema.js';
import { OverviewPage } from './Page.js';
import { OverviewPageQuery, type OverviewForm } from './schema.js';

const SEGMENT = { en: ['results', 'government'], fr: ['resultats', 'gouvernement'] } as const;
const CLUSTER_SEGMENT = { en: 'results', fr: 'resultats' } as const;
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

async function overviewFor(
  db: Db,
  actor: Actor,
  lang: Lang,
  query: ReturnType<typeof OverviewPageQuery.parse>,
): Promise<{ overview?: ResultsOverview; problems: FieldProblem[]; status: 200 | 400 }> {
  if (query.problems.length)
    return {
      problems: problemsInWords(lang, query.problems),
      status: 400,
    };
  try {
    return {
      overview: await getResultsOverview(db, actor, { ...query.filters, today: todayInToronto() }),
      problems: [],
      status: 200,
    };
  } catch (error) {
    if (isStitchError(error) && error.code === 'VALIDATION_FAILED')
      return {
        problems: [{ path: 'organization', message: t(lang, 'results.overview.problems.organization') }],
        status: 400,
      };
    throw error;
  }
}

const search = (form: OverviewForm) => new URLSearchParams({ ...form }).toString();

export async function overviewPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  for (const lang of LANGUAGES) {
    const base = managePath(lang, ...SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const query = OverviewPageQuery.parse(request.query ?? {});
      const outcome = await overviewFor(db, actor, lang, query);
      const whole = mayReadAllResults(actor);
      const choices = outcome.overview?.organizations ?? [];
      const params = search(query.form);
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'results.overview.section'),
          alternatePath: `${managePath(other(lang), ...SEGMENT[other(lang)])}?${params}`,
          current: 'results',
          status: outcome.status,
        },
        h(OverviewPage, {
          lang,
          action: base,
          clusterResults: managePath(lang, CLUSTER_SEGMENT[lang]),
          form: {
            ...query.form,
            organization: query.form.organization || outcome.overview?.organization?.id || '',
          },
          problems: outcome.problems,
          overview: outcome.overview,
          choices:
            whole || choices.length
              ? choices
              : organizationsWith(actor, ['partner_admin', 'partner_editor']).map((id) => ({
                  id,
                  name: { en: id, fr: id },
                })),
          wholeAllowed: whole,
          downloads: outcome.overview
            ? { csv: `${base}/csv?${params}`, json: `${base}/json?${params}` }
            : undefined,
        }),
      );
    });

    for (const format of ['csv', 'json'] as const)
      app.get(`${base}/${format}`, { schema: { hide: true } }, async (request, reply) => {
        const actor = requireStaff(request);
        const query = OverviewPageQuery.parse(request.query ?? {});
        const { overview } = await overviewFor(db, actor, lang, query);
        if (!overview) return reply.redirect(`${base}?${search(query.form)}`, 303);
        const scope = overview.organization?.id ?? 'government';
        const name = `results-${scope}-${overview.period.from}-${overview.period.to}`;
        if (format === 'json') {
          const { organizations: _choices, ...figures } = overview;
          return reply
            .header('cache-control', 'no-store')
            .header('content-disposition', `attachment; filename="${name}.json"`)
            .type('application/json; charset=utf-8')
            .send(JSON.stringify(figures, null, 2));
        }
        const rows: (string | number | null)[][] = [];
        const group = (section: string, key: string, kpis: ResultsOverview['totals']) => {
          for (const [measure, value] of measuresOf(kpis)) rows.push([section, key, measure, value]);
        };
        group('total', '', overview.totals);
        for (const entry of overview.byChannel) group('channel', entry.channel, entry.kpis);
        for (const entry of overview.byMonth) group('month', entry.month, entry.kpis);
        for (const entry of overview.byCluster) group('cluster', entry.key, entry.kpis);
        for (const entry of overview.byOrganization) group('organization', entry.organization_id, entry.kpis);
        rows.push(['unclustered', '', 'services', overview.unclustered.services]);
        rows.push(['unclustered', '', 'outside', overview.unclustered.outside]);
        for (const need of overview.unmetNeeds)
          rows.push(['unmet_need', `${need.lang}:${need.need}`, 'searches', need.occurrences]);
        const head = (key: 'section' | 'key' | 'measure' | 'value') => t(lang, `results.csvHeader.${key}`);
        return sendCsv(reply, `${name}.csv`, [
          [
            t(lang, 'results.overview.organization'),
            t(lang, 'results.filters.from'),
            t(lang, 'results.filters.to'),
            head('section'),
            head('key'),
            head('measure'),
            head('value'),
          ],
          ...rows.map((row) => [scope, overview.period.from, overview.period.to, ...row]),
        ]);
      });
  }
}
