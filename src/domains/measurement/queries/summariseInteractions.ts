import { sql, type RawBuilder } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import { SURVEY_DRIVERS } from '../schemas.js';
import type { INTERACTION_CHANNELS, INTERACTION_KINDS } from '../schemas.js';

type Channel = (typeof INTERACTION_CHANNELS)[number];
type Kind = (typeof INTERACTION_KINDS)[number];

/** What the rollup can be broken down by. `month` is the first day of the month (ISO date). */
export const ROLLUP_DIMENSIONS = [
  'month',
  'channel',
  'kind',
  'outcome',
  'service',
  'organization',
  'cluster',
  'preferred_channel',
] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

const DIMENSION_SQL: Record<RollupDimension, string> = {
  month: `to_char(date_trunc('month', day), 'YYYY-MM-DD')`,
  channel: 'channel',
  kind: 'kind',
  outcome: 'outcome',
  service: 'service_id',
  organization: 'organization_id',
  cluster: 'cluster_key',
  preferred_channel: 'preferred_channel',
};

/**
 * Which interactions to add up. Days are ISO dates, `to` excluded. A cluster's figures are the
 * interactions recorded in it plus those of its services recorded outside any cluster (a call to a
 * service's line names no cluster); an empty `organizations` or `channels` list means all.
 */
export interface RollupFilter {
  from: string;
  to: string;
  cluster?: { key: string; serviceIds: readonly string[] } | undefined;
  serviceIds?: readonly string[] | undefined;
  organizationIds?: readonly string[] | undefined;
  channels?: readonly Channel[] | undefined;
  kinds?: readonly Kind[] | undefined;
}

export interface DriverSum {
  sum: number;
  n: number;
}

/** The added-up measures of one group; the dimensions asked for are set, the others absent. */
export interface RollupRow {
  month?: string;
  channel?: Channel;
  kind?: Kind;
  outcome?: string;
  service?: string;
  organization?: string;
  cluster?: string;
  preferred_channel?: string;
  events: number;
  generatedEvents: number;
  durationMsSum: number;
  durations: number;
  withStandard: number;
  withinStandard: number;
  duplicatesAvoided: number;
  surveys: number;
  satisfied: number;
  overallSum: number;
  drivers: Record<(typeof SURVEY_DRIVERS)[number], DriverSum>;
}

const MEASURES = [
  'sum(events) AS events',
  'sum(events) FILTER (WHERE generated) AS generated_events',
  'sum(duration_ms_sum) AS duration_ms_sum',
  'sum(durations) AS durations',
  'sum(with_standard) AS with_standard',
  'sum(within_standard) AS within_standard',
  'sum(duplicates_avoided) AS duplicates_avoided',
  'sum(surveys) AS surveys',
  'sum(satisfied) AS satisfied',
  'sum(overall_sum) AS overall_sum',
  ...SURVEY_DRIVERS.flatMap((driver) => [
    `sum(${driver}_sum) AS ${driver}_sum`,
    `sum(${driver}_n) AS ${driver}_n`,
  ]),
].join(', ');

const list = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`));

/**
 * Adds up the daily rollup (see `refreshInteractionRollup`) over a period, broken down by the dimensions
 * asked for. Reads only the rollup, so its cost follows the number of days and combinations, not of events.
 */
export async function summariseInteractions(
  db: Db | Tx,
  filter: RollupFilter,
  by: readonly RollupDimension[] = [],
): Promise<RollupRow[]> {
  const conditions: RawBuilder<unknown>[] = [sql`day >= ${filter.from}::date`, sql`day < ${filter.to}::date`];
  if (filter.cluster) {
    const services = filter.cluster.serviceIds;
    conditions.push(
      services.length > 0
        ? sql`(cluster_key = ${filter.cluster.key} OR (cluster_key = '' AND service_id IN (${list(services)})))`
        : sql`cluster_key = ${filter.cluster.key}`,
    );
  }
  if (filter.serviceIds) {
    if (filter.serviceIds.length === 0) return [];
    conditions.push(sql`service_id IN (${list(filter.serviceIds)})`);
  }
  if (filter.organizationIds?.length)
    conditions.push(sql`organization_id IN (${list(filter.organizationIds)})`);
  if (filter.channels?.length) conditions.push(sql`channel IN (${list(filter.channels)})`);
  if (filter.kinds?.length) conditions.push(sql`kind IN (${list(filter.kinds)})`);
  const dimensions = by.map((dimension) => sql.raw(`${DIMENSION_SQL[dimension]} AS ${dimension}`));
  const groups = by.map((_, index) => sql.raw(String(index + 1)));
  const result = await sql<Record<string, unknown>>`
    SELECT ${sql.join([...dimensions, sql.raw(MEASURES)])}
    FROM interaction_daily
    WHERE ${sql.join(conditions, sql` AND `)}
    ${groups.length ? sql`GROUP BY ${sql.join(groups)} ORDER BY ${sql.join(groups)}` : sql``}`.execute(db);
  return result.rows
    .filter((row) => row.events !== null)
    .map((row) => {
      const out: RollupRow = {
        events: Number(row.events ?? 0),
        generatedEvents: Number(row.generated_events ?? 0),
        durationMsSum: Number(row.duration_ms_sum ?? 0),
        durations: Number(row.durations ?? 0),
        withStandard: Number(row.with_standard ?? 0),
        withinStandard: Number(row.within_standard ?? 0),
        duplicatesAvoided: Number(row.duplicates_avoided ?? 0),
        surveys: Number(row.surveys ?? 0),
        satisfied: Number(row.satisfied ?? 0),
        overallSum: Number(row.overall_sum ?? 0),
        drivers: Object.fromEntries(
          SURVEY_DRIVERS.map((driver) => [
            driver,
            { sum: Number(row[`${driver}_sum`] ?? 0), n: Number(row[`${driver}_n`] ?? 0) },
          ]),
        ) as RollupRow['drivers'],
      };
      for (const dimension of by) (out as unknown as Record<string, unknown>)[dimension] = row[dimension];
      return out;
    });
}
