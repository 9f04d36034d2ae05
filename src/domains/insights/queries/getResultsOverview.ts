import {
  countServicesByOrganization,
  countServicesOutside,
  listServiceDeliveryFacts,
  loadOrganizations,
} from '../../catalog/index.js';
import { listPublicClusterDefinitions } from '../../clusters/index.js';
import { listServiceInventoryFacts, listServiceInventoryYears } from '../../interchange/index.js';
import { summariseInteractions } from '../../measurement/index.js';
import { listUnmetNeeds, type UnmetNeed } from '../../search/index.js';
import { organizationsWith, requireThat, type Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { parseInput, ValidationError } from '../../../platform/errors/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { computeKpis, kpisBy, standardsMet, type Channel, type Kpis } from '../kpis/computeKpis.js';
import { mayReadAllResults } from '../policy.js';
import { OverviewQuery } from '../schemas.js';
import {
  defaultPeriod,
  monthsOf,
  type ClusterDashboard,
  type DashboardPeriod,
} from './getClusterDashboard.js';
import {
  servesTheExternalPublic,
  summarise,
  type PublishedServiceSummary,
} from './getPublishedServiceSummary.js';
import { getRollupFreshness } from './getRollupFreshness.js';
import { serviceIdsOf } from './listResultsClusters.js';

/** The government-wide view, or one department's: the same measures as a cluster's, over all its services. */
export interface ResultsOverview {
  /** Departments and agencies the person may choose; empty for a partner (their own is chosen). */
  organizations: { id: string; name: LocalizedText }[];
  organization: { id: string; name: LocalizedText } | null;
  period: DashboardPeriod;
  channel: Channel | null;
  totals: Kpis;
  standards: ClusterDashboard['standards'];
  byChannel: { channel: Channel; kpis: Kpis }[];
  byMonth: ClusterDashboard['byMonth'];
  /** Interactions recorded in each cluster ('' for those recorded outside any cluster). */
  byCluster: { key: string; title: LocalizedText | null; kpis: Kpis }[];
  /** Government-wide only: each department's measures, most transactions first. */
  byOrganization: { organization_id: string; name: LocalizedText; kpis: Kpis }[];
  /** Government-wide only: what people searched for and did not find, most frequent first. */
  unmetNeeds: UnmetNeed[];
  /** The public services in no public cluster. */
  unclustered: { services: number; outside: number; examples: { id: string; name: LocalizedText }[] };
  /** The newest year of published service data (external services), for the same services. */
  published: (PublishedServiceSummary & { years: string[] }) | null;
  generatedShare: number;
  refreshedAt: Date | null;
}

const addDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The results of the whole of government, or of one department or agency, for a period: every measure of
 * the framework over all their interactions, by channel, month, cluster and department, with the needs
 * people did not find, the services in no cluster and the newest published service data. Analysts and
 * platform administrators read any; a partner's staff read their own organisation's.
 */
export async function getResultsOverview(
  db: Db | Tx,
  actor: Actor,
  input: {
    organization?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    channel?: string | undefined;
    today: string;
  },
): Promise<ResultsOverview> {
  const own = organizationsWith(actor, ['partner_admin', 'partner_editor']);
  const whole = mayReadAllResults(actor);
  requireThat(
    actor,
    whole || own.length > 0,
    'results.open',
    { entity_type: 'organization' },
    'only analysts, platform administrators and partners’ staff',
  );
  const query = parseInput(OverviewQuery, input, 'Invalid results filters');
  const organizationId = whole ? query.organization : (query.organization ?? own[0]);
  if (!whole)
    requireThat(
      actor,
      !!organizationId && own.includes(organizationId),
      'results.read',
      { entity_type: 'organization', entity_id: organizationId ?? null },
      'a partner reads its own organisation’s results only',
    );
  const counts = await countServicesByOrganization(db);
  if (organizationId && !counts.has(organizationId))
    throw new ValidationError('Invalid results filters', [
      { path: 'organization', message: 'No organisation with public services has this id' },
    ]);
  const period = {
    ...defaultPeriod(input.today),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  if (period.from > period.to)
    throw new ValidationError('Invalid results filters', [
      { path: 'to', message: 'The period ends before it starts' },
    ]);
  const filter = {
    from: period.from,
    to: addDay(period.to),
    organizationIds: organizationId ? [organizationId] : undefined,
    channels: query.channel ? [query.channel] : undefined,
  };
  const [rows, clusterRows, clusters, refreshedAt] = await Promise.all([
    summariseInteractions(db, filter, ['month', 'channel', 'kind', 'service', 'organization']),
    summariseInteractions(db, filter, ['cluster', 'channel', 'kind']),
    listPublicClusterDefinitions(db),
    getRollupFreshness(db),
  ]);
  const serviceIds = [...new Set(rows.flatMap((row) => (row.service ? [row.service] : [])))];
  const services = await listServiceDeliveryFacts(db, serviceIds);
  const totals = computeKpis(rows, services);
  const byMonth = kpisBy(rows, 'month', services);
  const titles = new Map(clusters.map((cluster) => [cluster.key, cluster.definition.title]));
  const organizationIds = whole ? [...counts.keys()] : own;
  const names = new Map(
    (await loadOrganizations(db, organizationIds)).map((organization) => [
      organization.id,
      organization.name,
    ]),
  );
  const [unclustered, published, unmetNeeds] = await Promise.all([
    countServicesOutside(db, { inside: clusters.flatMap(serviceIdsOf), organizationId }),
    publishedFor(db, organizationId),
    organizationId ? Promise.resolve([]) : listUnmetNeeds(db, { limit: 20 }),
  ]);
  return {
    organizations: [...names]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.en.localeCompare(b.name.en)),
    organization: organizationId
      ? { id: organizationId, name: names.get(organizationId) ?? { en: organizationId, fr: organizationId } }
      : null,
    period,
    channel: query.channel ?? null,
    totals,
    standards: standardsMet(rows, services),
    byChannel: [...kpisBy(rows, 'channel', services)]
      .map(([channel, kpis]) => ({ channel: channel as Channel, kpis }))
      .sort((a, b) => b.kpis.transactions - a.kpis.transactions || a.channel.localeCompare(b.channel)),
    byMonth: monthsOf(period).map((month) => {
      const inMonth = rows.filter((row) => row.month === month);
      return {
        month,
        kpis: byMonth.get(month) ?? computeKpis([]),
        transactionsByChannel: Object.fromEntries(
          [...kpisBy(inMonth, 'channel')].map(([channel, kpis]) => [channel, kpis.transactions]),
        ),
      };
    }),
    byCluster: [...groupBy(clusterRows, (row) => row.cluster ?? '')]
      .map(([key, group]) => ({ key, title: titles.get(key) ?? null, kpis: computeKpis(group) }))
      .sort((a, b) => b.kpis.transactions - a.kpis.transactions || a.key.localeCompare(b.key)),
    byOrganization: organizationId
      ? []
      : [...kpisBy(rows, 'organization', services)]
          .filter(([id]) => id !== '')
          .map(([id, kpis]) => ({ organization_id: id, name: names.get(id) ?? { en: id, fr: id }, kpis }))
          .sort((a, b) => b.kpis.transactions - a.kpis.transactions),
    unmetNeeds,
    unclustered,
    published,
    generatedShare: totals.events > 0 ? totals.generatedEvents / totals.events : 0,
    refreshedAt,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const group = out.get(key(item)) ?? [];
    group.push(item);
    out.set(key(item), group);
  }
  return out;
}

/** The newest fiscal year of published data for external services, of one organisation or all. */
async function publishedFor(
  db: Db | Tx,
  organizationId: string | undefined,
): Promise<ResultsOverview['published']> {
  const years = await listServiceInventoryYears(db);
  const newest = years.at(-1);
  if (!newest) return null;
  let facts = (await listServiceInventoryFacts(db, { fiscalYear: newest })).filter(servesTheExternalPublic);
  if (organizationId) {
    const owners = await listServiceDeliveryFacts(
      db,
      facts.map((fact) => fact.serviceId),
    );
    facts = facts.filter((fact) => owners.get(fact.serviceId)?.organization_id === organizationId);
    if (facts.length === 0) return null;
  }
  return {
    source: 'gc-service-inventory',
    fiscalYear: newest,
    scope: 'external',
    years,
    ...summarise(facts),
  };
}
