import { loadOrganizations } from '../../catalog/index.js';
import { getPublicCluster } from '../../clusters/index.js';
import { summariseInteractions, type RollupRow } from '../../measurement/index.js';
import { getClusterAgreement, type Agreement } from '../../partnerships/index.js';

type Commitment = Agreement['clauses']['commitments'][number];
import { requireThat, type Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { parseInput, ValidationError } from '../../../platform/errors/index.js';
import {
  computeKpis,
  kpisBy,
  preferenceMatrix,
  standardsMet,
  type Channel,
  type Kpis,
} from '../kpis/computeKpis.js';
import { mayOpenResults } from '../policy.js';
import { DashboardQuery } from '../schemas.js';
import { listClusterIndicators, type IndicatorView } from './listClusterIndicators.js';
import { listResultsClusters, type ResultsCluster } from './listResultsClusters.js';
import { getRollupFreshness } from './getRollupFreshness.js';

/** A commitment of the agreement with the value measured over the period, in the commitment's unit. */
export interface CommitmentView {
  kpi: string;
  description: LocalizedText;
  target: number;
  unit: Commitment['unit'];
  /** null when the period measured nothing for it, or the framework has no measure of that name. */
  measured: number | null;
  /** Whether the measure is one the framework computes (`completion_rate`, `satisfaction`, …). */
  known: boolean;
  met: boolean | null;
}

export interface DashboardPeriod {
  from: string;
  /** The last day counted. */
  to: string;
}

export interface ClusterDashboard {
  /** Clusters the person may open, for the filter. */
  clusters: { key: string; title: LocalizedText }[];
  cluster: { key: string; title: LocalizedText; status: string; pilot: DashboardPeriod | null };
  period: DashboardPeriod;
  channel: Channel | null;
  partner: string | null;
  /** `partner`: the person reads only their own organisation's figures. */
  scope: 'whole' | 'partner';
  /** Partners of the cluster the person may filter by. */
  partners: { id: string; name: LocalizedText }[];
  totals: Kpis;
  standards: { measured: number; met: number; unmeasured: number };
  byChannel: { channel: Channel; kpis: Kpis }[];
  byMonth: { month: string; kpis: Kpis; transactionsByChannel: Partial<Record<Channel, number>> }[];
  byPartner: { organization_id: string; name: LocalizedText; kpis: Kpis }[];
  preference: { preferred: Channel; used: Channel; responses: number }[];
  commitments: CommitmentView[];
  indicators: IndicatorView[];
  /** Share of the period's events made by the activity generator (0 when none). */
  generatedShare: number;
  /** When the rollup last took in new interactions. */
  refreshedAt: Date | null;
}

const addDay = (day: string, days = 1) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first day of each month the period touches. */
export function monthsOf(period: DashboardPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  for (;;) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > period.to) return months;
    months.push(first);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** The twelve months up to today: from the first day of the month eleven months back. */
export function defaultPeriod(today: string): DashboardPeriod {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  return { from: start, to: today };
}

/** A commitment's measure over the period, in its unit (percent as 0–100). */
export function measureOf(
  kpi: string,
  kpis: Kpis,
  standards: ClusterDashboard['standards'],
): number | null | undefined {
  const percent = (share: number | null) => (share === null ? null : share * 100);
  switch (kpi) {
    case 'completion_rate':
      return percent(kpis.completionRate);
    case 'satisfaction':
      return percent(kpis.satisfaction.satisfiedShare);
    case 'self_serve_share':
    case 'digital_take_up':
      return percent(kpis.selfServeShare);
    case 'cost_per_transaction':
      return kpis.cost.perTransaction;
    case 'time_to_service':
      return percent(kpis.timeToService.withinShare);
    case 'standards_met':
      return percent(standards.measured > 0 ? standards.met / standards.measured : null);
    case 'transactions':
    case 'volume':
      return kpis.transactions;
    case 'duplicates_avoided':
      return kpis.duplicatesAvoided;
    default:
      return undefined;
  }
}

/** Lower is better for these measures; higher for the others. */
const LOWER_IS_BETTER = new Set(['cost_per_transaction']);

function commitmentViews(
  commitments: readonly Commitment[],
  kpis: Kpis,
  standards: ClusterDashboard['standards'],
) {
  return commitments.map((commitment): CommitmentView => {
    const value = measureOf(commitment.kpi, kpis, standards);
    const measured = value ?? null;
    return {
      kpi: commitment.kpi,
      description: commitment.description,
      target: commitment.target,
      unit: commitment.unit,
      measured,
      known: value !== undefined,
      met:
        measured === null
          ? null
          : LOWER_IS_BETTER.has(commitment.kpi)
            ? measured <= commitment.target
            : measured >= commitment.target,
    };
  });
}

/**
 * The results dashboard of one cluster: every measure of the framework for the period, by channel, month
 * and partner, the preference matrix, the agreement's commitments with their measured values and the
 * cluster's own indicators. Read from the daily rollup. A partner's staff see their own figures only.
 */
export async function getClusterDashboard(
  db: Db | Tx,
  actor: Actor,
  input: DashboardQuery & { today: string },
): Promise<ClusterDashboard> {
  requireThat(
    actor,
    mayOpenResults(actor),
    'results.open',
    { entity_type: 'cluster' },
    'only analysts, platform administrators, cluster managers and partners’ staff',
  );
  const query = parseInput(DashboardQuery, input, 'Invalid dashboard filters');
  const period = { ...defaultPeriod(input.today), ...pick(query) };
  if (period.from > period.to) throw periodProblem();
  const readable = await listResultsClusters(db, actor);
  const chosen = readable.find((entry) => entry.cluster.key === query.cluster);
  if (!chosen) {
    await getPublicCluster(db, query.cluster); // Not found when there is no such public cluster.
    requireThat(
      actor,
      false,
      'results.read',
      { entity_type: 'cluster', entity_id: query.cluster },
      'not a reader of this cluster’s results',
    );
  }
  const entry = chosen as ResultsCluster;
  const partnerIds = entry.access.kind === 'partner' ? entry.access.organizationIds : entry.organizationIds;
  if (query.partner && !partnerIds.includes(query.partner)) {
    if (entry.organizationIds.includes(query.partner))
      requireThat(
        actor,
        false,
        'results.read',
        { entity_type: 'organization', entity_id: query.partner },
        'a partner reads its own figures only',
      );
    throw new ValidationError('Invalid dashboard filters', [
      { path: 'partner', message: 'This partner takes no part in the cluster' },
    ]);
  }
  const organizationIds = query.partner
    ? [query.partner]
    : entry.access.kind === 'partner'
      ? entry.access.organizationIds
      : undefined;
  // The commitments of the agreement in force on the period's last day, or today if that is later.
  const agreementDay = period.to < input.today ? period.to : input.today;
  const [rows, indicators, refreshedAt, names, found] = await Promise.all([
    summariseInteractions(
      db,
      {
        from: period.from,
        to: addDay(period.to),
        cluster: { key: entry.cluster.key, serviceIds: entry.serviceIds },
        organizationIds,
        channels: query.channel ? [query.channel] : undefined,
      },
      ['month', 'channel', 'kind', 'service', 'organization', 'preferred_channel'],
    ),
    listClusterIndicators(db, entry.cluster.key),
    getRollupFreshness(db),
    organizationNames(db, partnerIds),
    getClusterAgreement(db, entry.cluster.key, agreementDay),
  ]);
  const totals = computeKpis(rows, entry.services);
  const standards = standardsMet(rows, entry.services);
  const byMonth = kpisBy(rows, 'month', entry.services);
  return {
    clusters: readable.map(({ cluster }) => ({ key: cluster.key, title: cluster.definition.title })),
    cluster: {
      key: entry.cluster.key,
      title: entry.cluster.definition.title,
      status: entry.cluster.status,
      pilot:
        entry.cluster.pilot_starts_on && entry.cluster.pilot_ends_on
          ? { from: entry.cluster.pilot_starts_on, to: entry.cluster.pilot_ends_on }
          : null,
    },
    period,
    channel: query.channel ?? null,
    partner: query.partner ?? null,
    scope: entry.access.kind,
    partners: partnerIds.map((id) => ({ id, name: names.get(id) ?? { en: id, fr: id } })),
    totals,
    standards,
    byChannel: [...kpisBy(rows, 'channel', entry.services)]
      .map(([channel, kpis]) => ({ channel: channel as Channel, kpis }))
      .sort((a, b) => b.kpis.transactions - a.kpis.transactions || a.channel.localeCompare(b.channel)),
    byMonth: monthsOf(period).map((month) => ({
      month,
      kpis: byMonth.get(month) ?? computeKpis([]),
      transactionsByChannel: transactionsByChannel(rows.filter((row) => row.month === month)),
    })),
    byPartner: [...kpisBy(rows, 'organization', entry.services)]
      .filter(([id]) => id !== '')
      .map(([id, kpis]) => ({ organization_id: id, name: names.get(id) ?? { en: id, fr: id }, kpis })),
    preference: preferenceMatrix(rows),
    commitments: commitmentViews(found?.agreement.clauses.commitments ?? [], totals, standards),
    indicators,
    generatedShare: totals.events > 0 ? totals.generatedEvents / totals.events : 0,
    refreshedAt,
  };
}

function pick(query: { from?: string | undefined; to?: string | undefined }): Partial<DashboardPeriod> {
  const out: Partial<DashboardPeriod> = {};
  if (query.from) out.from = query.from;
  if (query.to) out.to = query.to;
  return out;
}

function periodProblem() {
  return new ValidationError('Invalid dashboard filters', [
    { path: 'to', message: 'The period ends before it starts' },
  ]);
}

function transactionsByChannel(rows: readonly RollupRow[]): Partial<Record<Channel, number>> {
  const out: Partial<Record<Channel, number>> = {};
  for (const [channel, kpis] of kpisBy(rows, 'channel')) out[channel as Channel] = kpis.transactions;
  return out;
}

async function organizationNames(db: Db | Tx, ids: readonly string[]): Promise<Map<string, LocalizedText>> {
  const organizations = await loadOrganizations(db, [...ids]);
  return new Map(organizations.map((organization) => [organization.id, organization.name]));
}
