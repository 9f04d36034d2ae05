/** The cost-sharing report: a cluster's shared costs split by the agreement in force and measured volumes. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { loadOrganizations } from '../../../../../domains/catalog/index.js';
import { getPublishedCluster, listPublicClusters } from '../../../../../domains/clusters/index.js';
import {
  getClusterAgreement,
  mayReadCostSharing,
  reportCostSharing,
} from '../../../../../domains/partnerships/index.js';
import {
  hasRole,
  isPlatformAdmin,
  managedPartnerships,
  requireThat,
  type Actor,
} from '../../../../../platform/auth/index.js';
import { isStitchError, type FieldProblem } from '../../../../../platform/errors/index.js';
import { LANGUAGES, t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { formatDate } from '../../../../../ui/format.js';
import { managePath } from '../../../../http/paths.js';
import { local } from '../../../views/text.js';
import { sendCsv } from '../../csv.js';
import { addManageSection, requireStaff, sendManagePage } from '../../shell.js';
import { CostSharingPage, costLines, type CostForm, type CostResult } from './Page.js';
import { CostQuery, parseDollars } from './schema.js';
import { isLabelled, PARTY_ROLE_LABEL } from '../../../../labels.js';

const SEGMENT = { en: 'cost-sharing', fr: 'partage-couts' } as const;
const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** Platform administrators, analysts and cluster managers read cost-sharing reports. */
export const mayOpenCosts = (actor: Actor) =>
  isPlatformAdmin(actor) || hasRole(actor, 'analyst') || managedPartnerships(actor).length > 0;

const validDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const nextDay = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function costPages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;
  addManageSection({
    key: 'costs',
    segment: SEGMENT,
    label: { en: t('en', 'partnerships.costs.section'), fr: t('fr', 'partnerships.costs.section') },
    visibleTo: mayOpenCosts,
  });

  /** The report for the form, or the problems that stop it (never a 500 for bad input). */
  async function compute(
    lang: Lang,
    actor: Actor,
    form: CostForm,
  ): Promise<{ problems: FieldProblem[]; result?: Omit<CostResult, 'csvHref'> }> {
    const problems: FieldProblem[] = [];
    const c = (key: MessageKeyUnder<'partnerships.costs.problems'>, params?: Record<string, unknown>) =>
      t(lang, `partnerships.costs.problems.${key}`, params);
    if (!form.cluster) problems.push({ path: 'cluster', message: c('cluster') });
    else if (!KEY.test(form.cluster)) problems.push({ path: 'cluster', message: c('unknownCluster') });
    if (!validDate(form.from)) problems.push({ path: 'from', message: c('from') });
    if (!validDate(form.to)) problems.push({ path: 'to', message: c('to') });
    else if (validDate(form.from) && form.to < form.from) problems.push({ path: 'to', message: c('range') });
    const totalCents = parseDollars(form.total);
    if (totalCents === undefined) problems.push({ path: 'total', message: c('total') });
    if (problems.length) return { problems };

    let cluster;
    try {
      cluster = await getPublishedCluster(db, form.cluster);
    } catch (error) {
      if (isStitchError(error) && error.code === 'NOT_FOUND')
        return { problems: [{ path: 'cluster', message: c('unknownCluster') }] };
      throw error;
    }
    const found = await getClusterAgreement(db, cluster.key, form.from);
    if (!found)
      return {
        problems: [{ path: 'from', message: c('noAgreement', { date: formatDate(lang, form.from) }) }],
      };
    requireThat(
      actor,
      mayReadCostSharing(actor, found.partnership.id),
      'cost_sharing.read',
      { entity_type: 'partnership', entity_id: found.partnership.id },
      'only platform administrators, analysts and the partnership’s cluster managers',
    );
    const serviceIds = cluster.definition.stages.flatMap((stage) =>
      stage.steps.flatMap((step) => step.service_ids),
    );
    try {
      const report = await reportCostSharing(db, {
        partnershipKey: found.partnership.key,
        clusterKey: cluster.key,
        serviceIds,
        from: form.from,
        to: nextDay(form.to),
        totalCents: totalCents!,
      });
      return {
        problems: [],
        result: {
          report,
          partnership: found.partnership,
          agreement: found.agreement,
          clusterTitle: local(cluster.definition.title, lang),
          lines: costLines(report, found.partnership),
        },
      };
    } catch (error) {
      if (isStitchError(error) && error.code === 'CONFLICT')
        return {
          problems: [{ path: 'from', message: c('noAgreement', { date: formatDate(lang, form.from) }) }],
        };
      throw error;
    }
  }

  function requireReader(request: FastifyRequest): Actor {
    const actor = requireStaff(request);
    requireThat(
      actor,
      mayOpenCosts(actor),
      'cost_sharing.open',
      { entity_type: 'partnership' },
      'only platform administrators, analysts and cluster managers',
    );
    return actor;
  }

  for (const lang of LANGUAGES) {
    const base = managePath(lang, SEGMENT[lang]);

    app.get(base, { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
      const actor = requireReader(request);
      const { form, asked } = CostQuery.parse(request.query ?? {});
      const { problems, result } = asked ? await compute(lang, actor, form) : { problems: [] };
      const names = new Map(
        result
          ? (
              await loadOrganizations(
                db,
                result.lines.map((line) => line.organization_id),
              )
            ).map((o) => [o.id, local(o.name, lang)])
          : [],
      );
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
          clusters: await listPublicClusters(db),
          form,
          problems,
          result: result && { ...result, csvHref: `${base}/csv?${search}` },
          names,
        }),
      );
    });

    app.get(`${base}/csv`, { schema: { hide: true } }, async (request, reply) => {
      const actor = requireReader(request);
      const { form } = CostQuery.parse(request.query ?? {});
      const { result } = await compute(lang, actor, form);
      if (!result) {
        const params = new URLSearchParams({ ...form }).toString();
        return reply.redirect(`${base}?${params}`, 303);
      }
      const organizations = new Map(
        (
          await loadOrganizations(
            db,
            result.lines.map((line) => line.organization_id),
          )
        ).map((o) => [o.id, local(o.name, lang)]),
      );
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
