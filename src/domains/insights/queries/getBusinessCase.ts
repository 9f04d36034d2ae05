import { loadOrganizations } from '../../catalog/index.js';
import { summariseInteractions, type RollupRow } from '../../measurement/index.js';
import {
  getClusterAgreement,
  mayReadCostSharing,
  reportCostSharing,
  type Agreement,
  type CostSharingReport,
  type Partnership,
} from '../../partnerships/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { isStitchError, parseInput, ValidationError } from '../../../platform/errors/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { computeKpis, kpisBy, SELF_SERVE_CHANNELS, type Channel, type Kpis } from '../kpis/computeKpis.js';
import { BusinessCaseQuery } from '../schemas.js';
import { defaultPeriod, type DashboardPeriod } from './getClusterDashboard.js';
import { getRollupFreshness } from './getRollupFreshness.js';
import { addDays, baselineOf, daysIn, openResultsCluster } from './openResultsCluster.js';

/** What a group of transactions cost: transactions × the partners' unit costs, in dollars. */
export interface CostLine {
  transactions: number;
  /** Transactions whose service and channel had a unit cost. */
  costedTransactions: number;
  /** Dollars, to the cent. */
  cost: number;
  perTransaction: number | null;
  /** Share of the transactions with no unit cost stated, so not in `cost`; none with no transaction. */
  uncostedShare: number | null;
}

/** Transactions that moved from serviced channels to self-service, and what that is worth. */
export interface ChannelShift {
  baselineShare: number | null;
  periodShare: number | null;
  /** Period share − baseline share, in percentage points. */
  points: number | null;
  /** (Period share − baseline share) × the period's transactions; negative when they moved the other way. */
  transactions: number | null;
  /** Average unit cost of the period's costed transactions on serviced channels and on self-serve ones. */
  servicedUnitCost: number | null;
  selfServeUnitCost: number | null;
  /** Shifted transactions × (serviced − self-serve average unit cost): positive is money not spent. */
  costDifference: number | null;
}

/** Each party's share of the period's measured cost under the agreement's formula. */
export interface AgreementShare {
  partnership: Partnership;
  agreement: Agreement;
  report: CostSharingReport;
  lines: {
    organization_id: string;
    name: LocalizedText;
    role: string;
    /** Transactions on the party's services in the period: the by-volume formula's basis. */
    volume: number;
    fraction: number;
    cents: number;
  }[];
}

/** Why there is no split: no agreement in force on the first day, or the person may not read it. */
export type AgreementShareProblem = 'no_agreement' | 'not_readable';

export interface BusinessCase {
  clusters: { key: string; title: LocalizedText }[];
  cluster: { key: string; title: LocalizedText; status: string };
  scope: 'whole' | 'partner';
  period: DashboardPeriod & { days: number };
  /** The same number of days just before the period. */
  baseline: DashboardPeriod & { days: number; transactions: number };
  total: CostLine;
  byPartner: (CostLine & { organization_id: string; name: LocalizedText })[];
  byChannel: (CostLine & { channel: Channel; selfServe: boolean })[];
  shift: ChannelShift;
  duplicates: { avoided: number; unitCost: number | null; avoidedCost: number | null };
  agreement: AgreementShare | null;
  agreementProblem: AgreementShareProblem | null;
  generatedShare: number;
  refreshedAt: Date | null;
}

const cents = (dollars: number) => Math.round(dollars * 100);
const toCents = (value: number) => Math.round(value * 100) / 100;

function costLine(kpis: Kpis): CostLine {
  return {
    transactions: kpis.transactions,
    costedTransactions: kpis.cost.costedTransactions,
    cost: kpis.cost.total,
    perTransaction: kpis.cost.perTransaction,
    uncostedShare: kpis.cost.coverage === null ? null : 1 - kpis.cost.coverage,
  };
}

const SELF_SERVE = new Set<string>(SELF_SERVE_CHANNELS);

/**
 * The shift to self-service: the change in self-serve share from the baseline, applied to the period's
 * transactions, priced at the period's average serviced and self-serve unit costs.
 */
export function channelShift(period: Kpis, baseline: Kpis, selfServe: Kpis, serviced: Kpis): ChannelShift {
  const points =
    period.selfServeShare === null || baseline.selfServeShare === null
      ? null
      : period.selfServeShare - baseline.selfServeShare;
  const transactions = points === null ? null : Math.round(points * period.transactions * 100) / 100;
  const servicedUnitCost = serviced.cost.perTransaction;
  const selfServeUnitCost = selfServe.cost.perTransaction;
  return {
    baselineShare: baseline.selfServeShare,
    periodShare: period.selfServeShare,
    points: points === null ? null : Math.round(points * 100 * 1e6) / 1e6,
    transactions,
    servicedUnitCost,
    selfServeUnitCost,
    costDifference:
      transactions === null || servicedUnitCost === null || selfServeUnitCost === null
        ? null
        : toCents(transactions * (servicedUnitCost - selfServeUnitCost)),
  };
}

/**
 * A cluster's business case for a period (the last twelve months by default): what its transactions
 * cost by partner and channel, the transactions that moved to self-service since the baseline period
 * (the same number of days just before) and the cost that represents, the duplicate transactions
 * avoided and what they would have cost, and each party's share of the measured cost under the
 * agreement in force on the period's first day, split by partnerships' cost-sharing report. Access as
 * on the dashboard; a partner's staff read their own figures and not the split, which is for analysts,
 * platform administrators and the partnership's cluster managers.
 */
export async function getBusinessCase(
  db: Db | Tx,
  actor: Actor,
  input: BusinessCaseQuery & { today: string },
): Promise<BusinessCase> {
  const query = parseInput(BusinessCaseQuery, input, 'Invalid business case period');
  const { readable, entry } = await openResultsCluster(db, actor, query.cluster);
  const period = { ...defaultPeriod(input.today), ...(query.from ? { from: query.from } : {}) };
  if (query.to) period.to = query.to;
  if (period.from > period.to)
    throw new ValidationError('Invalid business case period', [
      { path: 'to', message: 'The period ends before it starts' },
    ]);
  const baselinePeriod = baselineOf(period);
  const organizationIds = entry.access.kind === 'partner' ? entry.access.organizationIds : undefined;
  const cluster = { key: entry.cluster.key, serviceIds: entry.serviceIds };
  const by = ['channel', 'kind', 'service', 'organization'] as const;
  const [rows, baselineRows, refreshedAt] = await Promise.all([
    summariseInteractions(db, { from: period.from, to: addDays(period.to, 1), cluster, organizationIds }, by),
    summariseInteractions(db, { from: baselinePeriod.from, to: period.from, cluster, organizationIds }, [
      'channel',
      'kind',
    ]),
    getRollupFreshness(db),
  ]);
  const services = entry.services;
  const totals = computeKpis(rows, services);
  const baseline = computeKpis(baselineRows);
  const isSelfServe = (row: RollupRow) => SELF_SERVE.has(row.channel!);
  const shift = channelShift(
    totals,
    baseline,
    computeKpis(rows.filter(isSelfServe), services),
    computeKpis(
      rows.filter((row) => !isSelfServe(row)),
      services,
    ),
  );
  const byOrganization = kpisBy(rows, 'organization', services);
  // Names only: the cluster's partners and parties, and any organisation its interactions name.
  const organizations = await loadOrganizations(db, [
    ...new Set([...entry.organizationIds, ...byOrganization.keys()].filter(Boolean)),
  ]);
  const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
  const nameOf = (id: string): LocalizedText => names.get(id) ?? { en: id, fr: id };
  const share = await agreementShare(db, actor, entry.cluster.key, entry.serviceIds, period, totals, nameOf);
  return {
    clusters: readable.map(({ cluster: c }) => ({ key: c.key, title: c.definition.title })),
    cluster: { key: entry.cluster.key, title: entry.cluster.definition.title, status: entry.cluster.status },
    scope: entry.access.kind,
    period: { ...period, days: daysIn(period) },
    baseline: { ...baselinePeriod, days: daysIn(baselinePeriod), transactions: baseline.transactions },
    total: costLine(totals),
    byPartner: [...byOrganization]
      .filter(([id]) => id !== '')
      .map(([id, kpis]) => ({ organization_id: id, name: nameOf(id), ...costLine(kpis) }))
      .sort((a, b) => b.cost - a.cost || a.organization_id.localeCompare(b.organization_id)),
    byChannel: [...kpisBy(rows, 'channel', services)]
      .map(([channel, kpis]) => ({
        channel: channel as Channel,
        selfServe: SELF_SERVE.has(channel),
        ...costLine(kpis),
      }))
      .filter((line) => line.transactions > 0)
      .sort((a, b) => b.cost - a.cost || a.channel.localeCompare(b.channel)),
    shift,
    duplicates: {
      avoided: totals.duplicatesAvoided,
      unitCost: totals.cost.perTransaction,
      avoidedCost:
        totals.cost.perTransaction === null
          ? null
          : toCents(totals.duplicatesAvoided * totals.cost.perTransaction),
    },
    ...share,
    generatedShare: totals.events > 0 ? totals.generatedEvents / totals.events : 0,
    refreshedAt,
  };
}

/**
 * The measured cost split under the agreement in force on the period's first day, by partnerships'
 * cost-sharing report (the same split as the cost-sharing page, with the measured cost as the total).
 */
async function agreementShare(
  db: Db | Tx,
  actor: Actor,
  clusterKey: string,
  serviceIds: readonly string[],
  period: DashboardPeriod,
  totals: Kpis,
  nameOf: (id: string) => LocalizedText,
): Promise<{ agreement: AgreementShare | null; agreementProblem: AgreementShareProblem | null }> {
  const found = await getClusterAgreement(db, clusterKey, period.from);
  if (!found) return { agreement: null, agreementProblem: 'no_agreement' };
  if (!mayReadCostSharing(actor, found.partnership.id))
    return { agreement: null, agreementProblem: 'not_readable' };
  let report: CostSharingReport;
  try {
    report = await reportCostSharing(db, {
      partnershipKey: found.partnership.key,
      clusterKey,
      serviceIds,
      from: period.from,
      to: addDays(period.to, 1),
      totalCents: cents(totals.cost.total),
    });
  } catch (error) {
    if (isStitchError(error) && error.code === 'CONFLICT')
      return { agreement: null, agreementProblem: 'no_agreement' };
    throw error;
  }
  const basis = report.shares.reduce((sum, line) => sum + line.basis, 0);
  return {
    agreementProblem: null,
    agreement: {
      partnership: found.partnership,
      agreement: found.agreement,
      report,
      lines: report.shares.map((line) => ({
        organization_id: line.organization_id,
        name: nameOf(line.organization_id),
        role:
          found.partnership.parties.find((party) => party.organization_id === line.organization_id)?.role ??
          'member',
        volume: report.volumes[line.organization_id] ?? 0,
        fraction:
          report.split === 'not_split' ? 0 : basis > 0 ? line.basis / basis : 1 / report.shares.length,
        cents: line.cents,
      })),
    },
  };
}
