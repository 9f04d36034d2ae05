/** The cost-sharing report: a cluster's shared costs split by the agreement in force and measured volumes. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import {
  getCostSharingScreen,
  type CostSharingProblem,
  type CostSharingScreen,
} from '../../../../../domains/clusters/index.js';
import { mayOpenCostSharing } from '../../../../../domains/partnerships/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import {
  LANGUAGES,
  t,
  type Lang,
  type MessageKey,
  type MessageKeyUnder,
} from '../../../../../platform/i18n/index.js';
import { formatDate } from '../../../../../ui/format.js';
import { managePath } from '../../../../http/paths.js';
import { local } from '../../../views/text.js';
import { sendCsv } from '../../csv.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { CostSharingPage, type CostForm, type CostResult } from './Page.js';
import { CostQuery, type CostQueryProblem } from './schema.js';
import { isLabelled, PARTY_ROLE_LABEL } from '../../../../labels.js';

const SEGMENT = { en: 'cost-sharing', fr: 'partage-couts' } as const;

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

const FORM_PROBLEMS = {
  cluster: { path: 'cluster', message: 'partnerships.costs.problems.cluster' },
  unknownCluster: { path: 'cluster', message: 'partnerships.costs.problems.unknownCluster' },
  from: { path: 'from', message: 'partnerships.costs.problems.from' },
  to: { path: 'to', message: 'partnerships.costs.problems.to' },
  range: { path: 'to', message: 'partnerships.costs.problems.range' },
  total: { path: 'total', message: 'partnerships.costs.problems.total' },
} as const satisfies Record<CostQueryProblem, { path: string; message: MessageKey }>;

/** The form's problems and the report's, in the page's words. */
function problemsOf(
  lang: Lang,
  form: CostForm,
  found: CostQueryProblem[],
  problem: CostSharingProblem | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = found.map((code) => ({
    path: FORM_PROBLEMS[code].path,
    message: t(lang, FORM_PROBLEMS[code].message),
  }));
  if (problem === 'unknown_cluster')
    problems.push({ path: 'cluster', message: t(lang, 'partnerships.costs.problems.unknownCluster') });
  if (problem === 'no_agreement')
    problems.push({
      path: 'from',
      message: t(lang, 'partnerships.costs.problems.noAgreement', { date: formatDate(lang, form.from) }),
    });
  return problems;
}

/** The report as the page shows it, in one language. */
function resultOf(lang: Lang, screen: CostSharingScreen, csvHref: string): CostResult | undefined {
  const { result } = screen;
  if (!result) return undefined;
  return {
    report: result.report,
    partnership: result.partnership,
    agreement: result.agreement,
    clusterTitle: local(result.cluster_title, lang),
    lines: result.lines,
    csvHref,
  };
}

const partyNames = (lang: Lang, screen: CostSharingScreen) =>
  new Map((screen.result?.organizations ?? []).map((o) => [o.id, local(o.name, lang)]));

export async function costPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'costs',
    segment: SEGMENT,
    label: { en: t('en', 'partnerships.costs.section'), fr: t('fr', 'partnerships.costs.section') },
    visibleTo: mayOpenCostSharing,
  });

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { form, asked, problems: found, report } = CostQuery.parse(request.query ?? {});
      const screen = await getCostSharingScreen(db, actor, { report: asked ? report : undefined });
      const problems = asked ? problemsOf(lang, form, found, screen.problem) : [];
      const search = new URLSearchParams({ ...form }).toString();
      return sendManagePage(
        request,
        reply,
        {
          lang,
          title: t(lang, 'partnerships.costs.section'),
          alternatePath: `${managePath(other(lang), SEGMENT[other(lang)])}${asked ? `?${search}` : ''}`,
          current: 'costs',
          status: problems.length ? 400 : 200,
        },
        h(CostSharingPage, {
          lang,
          action: base,
          clusters: screen.clusters,
          form,
          problems,
          result: resultOf(lang, screen, `${base}/csv?${search}`),
          names: partyNames(lang, screen),
        }),
      );
    });

    app.get(`${base}/csv`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireStaff(request);
      const { form, report } = CostQuery.parse(request.query ?? {});
      const screen = await getCostSharingScreen(db, actor, { report });
      const { result } = screen;
      if (!result) {
        const params = new URLSearchParams({ ...form }).toString();
        return reply.redirect(`${base}?${params}`, 303);
      }
      const organizations = partyNames(lang, screen);
      const c = (key: MessageKeyUnder<'partnerships.costs'>) => t(lang, `partnerships.costs.${key}`);
      const dollars = (cents: number) => (cents / 100).toFixed(2);
      return sendCsv(reply, `cost-sharing-${result.report.cluster_key}-${form.from}-${form.to}.csv`, [
        [
          c('cluster'),
          c('from'),
          c('to'),
          t(lang, 'partnerships.agreement.formula'),
          c('party'),
          c('role'),
          c('volume'),
          c('share'),
          c('amount'),
        ],
        ...result.lines.map((line) => [
          result.report.cluster_key,
          form.from,
          form.to,
          result.report.formula,
          organizations.get(line.organization_id) ?? line.organization_id,
          isLabelled(PARTY_ROLE_LABEL, line.role) ? t(lang, PARTY_ROLE_LABEL[line.role]) : line.role,
          line.volume,
          (line.fraction * 100).toFixed(2),
          dollars(line.cents),
        ]),
        [
          result.report.cluster_key,
          form.from,
          form.to,
          result.report.formula,
          c('totalRow'),
          '',
          result.lines.reduce((sum, line) => sum + line.volume, 0),
          '100.00',
          dollars(result.lines.reduce((sum, line) => sum + line.cents, 0)),
        ],
      ]);
    });
  }
}
