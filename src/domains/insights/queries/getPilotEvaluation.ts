import { listServiceDeliveryFacts, type ServiceDeliveryFacts } from '../../catalog/index.js';
import { listPublicClusterDefinitions } from '../../clusters/index.js';
import { summariseInteractions, type RollupRow } from '../../measurement/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { NoPilotError } from '../errors.js';
import { computeKpis, type Kpis } from '../kpis/computeKpis.js';
import { PilotEvaluationQuery } from '../schemas.js';
import { getRollupFreshness } from './getRollupFreshness.js';
import { serviceIdsOf } from './listResultsClusters.js';
import { addDays, baselineOf, daysIn, openResultsCluster } from './openResultsCluster.js';

/** Below this many survey answers a satisfaction figure is shown but said not to be reliable. */
export const MIN_RELIABLE_RESPONSES = 30;

/** The measures a pilot is judged on, in the order shown. */
export const PILOT_MEASURES = [
  'transactions',
  'self_serve_share',
  'completion_rate',
  'satisfied_share',
  'satisfaction_mean',
  'cost_per_transaction',
  'time_within_standard',
  'duplicates_avoided',
] as const;
export type PilotMeasureKey = (typeof PILOT_MEASURES)[number];

/** count: a number of transactions; share: 0–1; score: out of 5; dollars: per transaction. */
export type PilotMeasureUnit = 'count' | 'share' | 'score' | 'dollars';

const UNIT: Record<PilotMeasureKey, PilotMeasureUnit> = {
  transactions: 'count',
  self_serve_share: 'share',
  completion_rate: 'share',
  satisfied_share: 'share',
  satisfaction_mean: 'score',
  cost_per_transaction: 'dollars',
  time_within_standard: 'share',
  duplicates_avoided: 'count',
};

const FROM_SURVEYS = new Set<PilotMeasureKey>(['satisfied_share', 'satisfaction_mean']);

/** One measure for the pilot, its baseline and the other clusters, with the change from the baseline. */
export interface PilotMeasure {
  key: PilotMeasureKey;
  unit: PilotMeasureUnit;
  /** Lower is better for cost per transaction; higher for the others. */
  higherIsBetter: boolean;
  /** None (null) when the period measured nothing for it. */
  pilot: number | null;
  baseline: number | null;
  others: number | null;
  /** Pilot − baseline, in the measure's unit; for a share, in percentage points (0.25 → 0.40 is +15). */
  change: number | null;
  /** (Pilot − baseline) ÷ baseline; none for a share (its change is in points) or a zero baseline. */
  relativeChange: number | null;
  /** Survey measures with fewer than MIN_RELIABLE_RESPONSES answers are not reliable; others always are. */
  reliable: { pilot: boolean; baseline: boolean; others: boolean };
}

/** A period compared, with how much was measured in it. */
export interface ComparedPeriod {
  from: string;
  /** The last day counted. */
  to: string;
  days: number;
  /** Every interaction counted (information, steps, transactions, surveys); 0 means no data. */
  events: number;
  transactions: number;
  responses: number;
}

export interface PilotEvaluation {
  /** Clusters the person may open, for the chooser, with whether each has a pilot period. */
  clusters: { key: string; title: LocalizedText; hasPilot: boolean }[];
  cluster: { key: string; title: LocalizedText; status: string };
  /** `partner`: every figure is the person's own organisation's. */
  scope: 'whole' | 'partner';
  /** The pilot as planned and the part of it measured: up to today while it runs. */
  pilot: ComparedPeriod & { startsOn: string; endsOn: string; running: boolean };
  /** The same number of days just before the pilot started. */
  baseline: ComparedPeriod;
  /** Every other public cluster over the pilot's days, added together. */
  others: ComparedPeriod & { clusters: number };
  measures: PilotMeasure[];
  minResponses: number;
  /** Share of the pilot period's events made by the activity generator (0 when none). */
  generatedShare: number;
  refreshedAt: Date | null;
}

function valueOf(key: PilotMeasureKey, kpis: Kpis): number | null {
  switch (key) {
    case 'transactions':
      return kpis.transactions;
    case 'self_serve_share':
      return kpis.selfServeShare;
    case 'completion_rate':
      return kpis.completionRate;
    case 'satisfied_share':
      return kpis.satisfaction.satisfiedShare;
    case 'satisfaction_mean':
      return kpis.satisfaction.mean;
    case 'cost_per_transaction':
      return kpis.cost.perTransaction;
    case 'time_within_standard':
      return kpis.timeToService.withinShare;
    case 'duplicates_avoided':
      return kpis.duplicatesAvoided;
  }
}

/** Each measure of the three periods; a period with no interaction at all has no value, not zero. */
export function compareMeasures(pilot: Kpis, baseline: Kpis, others: Kpis): PilotMeasure[] {
  const value = (key: PilotMeasureKey, kpis: Kpis) => (kpis.events > 0 ? valueOf(key, kpis) : null);
  const reliable = (key: PilotMeasureKey, kpis: Kpis) =>
    !FROM_SURVEYS.has(key) || kpis.satisfaction.responses >= MIN_RELIABLE_RESPONSES;
  return PILOT_MEASURES.map((key) => {
    const p = value(key, pilot);
    const b = value(key, baseline);
    const share = UNIT[key] === 'share';
    const difference = p === null || b === null ? null : p - b;
    return {
      key,
      unit: UNIT[key],
      higherIsBetter: key !== 'cost_per_transaction',
      pilot: p,
      baseline: b,
      others: value(key, others),
      // Rounded so a share's points read as computed (0.4 − 0.25 is 15, not 15.000000000000002).
      change: difference === null ? null : share ? round(difference * 100, 6) : round(difference, 6),
      relativeChange: share || difference === null || b === 0 || b === null ? null : difference / b,
      reliable: {
        pilot: reliable(key, pilot),
        baseline: reliable(key, baseline),
        others: reliable(key, others),
      },
    };
  });
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

const BY = ['channel', 'kind', 'service'] as const;

/**
 * A cluster's pilot evaluation: every measure over the pilot (up to today while it runs) against its
 * baseline, the same number of days just before it started, and against every other public cluster over
 * the pilot's days. A cluster with no pilot period, or whose pilot has not started, is refused with
 * NoPilotError. Access as on the dashboard; a partner's staff see their own organisation's figures, in
 * the other clusters too.
 */
export async function getPilotEvaluation(
  db: Db | Tx,
  actor: Actor,
  input: PilotEvaluationQuery & { today: string },
): Promise<PilotEvaluation> {
  const query = parseInput(PilotEvaluationQuery, input, 'Invalid pilot evaluation');
  const { readable, entry } = await openResultsCluster(db, actor, query.cluster);
  const { cluster } = entry;
  if (!cluster.pilot_starts_on || !cluster.pilot_ends_on) throw new NoPilotError(query.cluster, 'no_pilot');
  if (cluster.pilot_starts_on > input.today)
    throw new NoPilotError(query.cluster, 'pilot_not_started', cluster.pilot_starts_on);
  const running = cluster.pilot_ends_on >= input.today;
  const pilotPeriod = { from: cluster.pilot_starts_on, to: running ? input.today : cluster.pilot_ends_on };
  const baselinePeriod = baselineOf(pilotPeriod);
  const organizationIds = entry.access.kind === 'partner' ? entry.access.organizationIds : undefined;
  const filter = (period: { from: string; to: string }) => ({
    from: period.from,
    to: addDays(period.to, 1),
    organizationIds,
  });
  const own = { key: cluster.key, serviceIds: entry.serviceIds };

  const otherClusters = (await listPublicClusterDefinitions(db)).filter((other) => other.key !== cluster.key);
  const otherKeys = new Set(otherClusters.map((other) => other.key));
  // An interaction outside any cluster on a service of the piloted cluster belongs to the pilot, so the
  // other clusters' side leaves those services' unclustered interactions out: nothing counts on both sides.
  const ownServices = new Set(entry.serviceIds);
  const otherServices = new Set(otherClusters.flatMap(serviceIdsOf).filter((id) => !ownServices.has(id)));
  const [pilotRows, baselineRows, allRows, otherFacts, refreshedAt] = await Promise.all([
    summariseInteractions(db, { ...filter(pilotPeriod), cluster: own }, BY),
    summariseInteractions(db, { ...filter(baselinePeriod), cluster: own }, BY),
    summariseInteractions(db, filter(pilotPeriod), ['cluster', ...BY]),
    listServiceDeliveryFacts(db, [...otherServices]),
    getRollupFreshness(db),
  ]);
  const otherRows = allRows.filter((row: RollupRow) =>
    row.cluster ? otherKeys.has(row.cluster) : otherServices.has(row.service ?? ''),
  );
  const services = new Map<string, ServiceDeliveryFacts>([...otherFacts, ...entry.services]);
  const pilot = computeKpis(pilotRows, entry.services);
  const baseline = computeKpis(baselineRows, entry.services);
  const others = computeKpis(otherRows, services);
  const facts = (period: { from: string; to: string }, kpis: Kpis): ComparedPeriod => ({
    ...period,
    days: daysIn(period),
    events: kpis.events,
    transactions: kpis.transactions,
    responses: kpis.satisfaction.responses,
  });
  return {
    clusters: readable.map((candidate) => ({
      key: candidate.cluster.key,
      title: candidate.cluster.definition.title,
      hasPilot: Boolean(candidate.cluster.pilot_starts_on && candidate.cluster.pilot_ends_on),
    })),
    cluster: { key: cluster.key, title: cluster.definition.title, status: cluster.status },
    scope: entry.access.kind,
    pilot: {
      ...facts(pilotPeriod, pilot),
      startsOn: cluster.pilot_starts_on,
      endsOn: cluster.pilot_ends_on,
      running,
    },
    baseline: facts(baselinePeriod, baseline),
    others: { ...facts(pilotPeriod, others), clusters: otherClusters.length },
    measures: compareMeasures(pilot, baseline, others),
    minResponses: MIN_RELIABLE_RESPONSES,
    generatedShare: pilot.events > 0 ? pilot.generatedEvents / pilot.events : 0,
    refreshedAt,
  };
}
