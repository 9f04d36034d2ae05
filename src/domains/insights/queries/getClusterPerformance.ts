import { listServiceDeliveryFacts } from '../../catalog/index.js';
import { getPublicCluster, getPublicClusterBySlug } from '../../clusters/index.js';
import { summariseInteractions } from '../../measurement/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import type { Lang, LocalizedText } from '../../../platform/i18n/index.js';
import { computeKpis, kpisBy, type Channel } from '../kpis/computeKpis.js';
import { PerformanceQuery } from '../schemas.js';
import { defaultPeriod, monthsOf, type DashboardPeriod } from './getClusterDashboard.js';
import { getRollupFreshness } from './getRollupFreshness.js';
import { serviceIdsOf } from './listResultsClusters.js';

/** The measures a cluster publishes, GOV.UK performance pages being the model. */
export interface PublicMeasures {
  transactions: number;
  selfServeShare: number | null;
  completionRate: number | null;
  satisfiedShare: number | null;
  satisfactionResponses: number;
  costPerTransaction: number | null;
}

export interface ClusterPerformance {
  cluster: { key: string; title: LocalizedText; slug: { en: string; fr: string }; status: string };
  period: DashboardPeriod;
  totals: PublicMeasures;
  byMonth: ({ month: string } & PublicMeasures)[];
  byChannel: { channel: Channel; transactions: number }[];
  generatedShare: number;
  refreshedAt: Date | null;
}

const addDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A public cluster's performance for anyone to read: volume, self-service (digital take-up),
 * completion, satisfaction and cost per transaction over the period (the last twelve months by
 * default), month by month and by channel. Only the cluster as a whole: no partner's own figures.
 */
export async function getClusterPerformance(
  db: Db | Tx,
  input: ({ key: string } | { slug: string; lang: Lang }) & { from?: string; to?: string; today: string },
): Promise<ClusterPerformance> {
  const query = parseInput(
    PerformanceQuery,
    { from: input.from, to: input.to },
    'Invalid performance period',
  );
  const cluster =
    'key' in input
      ? await getPublicCluster(db, input.key)
      : await getPublicClusterBySlug(db, input.lang, input.slug);
  const period = {
    ...defaultPeriod(input.today),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  const serviceIds = serviceIdsOf(cluster);
  const [rows, services, refreshedAt] = await Promise.all([
    summariseInteractions(
      db,
      { from: period.from, to: addDay(period.to), cluster: { key: cluster.key, serviceIds } },
      ['month', 'channel', 'kind', 'service'],
    ),
    listServiceDeliveryFacts(db, serviceIds),
    getRollupFreshness(db),
  ]);
  const publicMeasures = (kpis: ReturnType<typeof computeKpis>): PublicMeasures => ({
    transactions: kpis.transactions,
    selfServeShare: kpis.selfServeShare,
    completionRate: kpis.completionRate,
    satisfiedShare: kpis.satisfaction.satisfiedShare,
    satisfactionResponses: kpis.satisfaction.responses,
    costPerTransaction: kpis.cost.perTransaction,
  });
  const totals = computeKpis(rows, services);
  const byMonth = kpisBy(rows, 'month', services);
  return {
    cluster: {
      key: cluster.key,
      title: cluster.definition.title,
      slug: cluster.definition.slug,
      status: cluster.status,
    },
    period,
    totals: publicMeasures(totals),
    byMonth: monthsOf(period).map((month) => ({
      month,
      ...publicMeasures(byMonth.get(month) ?? computeKpis([])),
    })),
    byChannel: [...kpisBy(rows, 'channel')]
      .map(([channel, kpis]) => ({ channel: channel as Channel, transactions: kpis.transactions }))
      .filter((entry) => entry.transactions > 0)
      .sort((a, b) => b.transactions - a.transactions),
    generatedShare: totals.events > 0 ? totals.generatedEvents / totals.events : 0,
    refreshedAt,
  };
}
