import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import {
  ONLINE_STAGES,
  VOLUME_CHANNELS,
  type OnlineStage,
  type VolumeChannel,
} from '../serviceInventory/types.js';

/** The channels an application is counted in, as the inventory publishes them (its total column aside). */
export type ApplicationChannel = Exclude<VolumeChannel, 'total'>;
export const APPLICATION_CHANNELS: readonly ApplicationChannel[] = VOLUME_CHANNELS.filter(
  (channel): channel is ApplicationChannel => channel !== 'total',
);

/**
 * One service's published figures for one fiscal year, as the inventory gave them: a figure is a number
 * only where the cell was one (empty, ND and NA cells are null, never zero).
 */
export interface ServiceInventoryFacts {
  serviceId: string;
  fiscalYear: string;
  /** The department's key (`aafc-aac`, …): one per organisation. */
  organizationKey: string;
  /** The service's scope codes, upper case (`EXTERN`, `INTERN`, `ENTERPRISE`, …). */
  scope: string[];
  applications: Record<ApplicationChannel, number | null>;
  phoneEnquiries: number | null;
  webVisits: number | null;
  /** The year's service standards of this service, and how many met their target (`target_met` = Y). */
  standards: { total: number; met: number };
  /** Each standard's result that year: shares from 0 to 1 (null where the source gave none). */
  standardResults: StandardResult[];
  /** Whether each stage can be done online: Y, N, NA as published, null when the cell was none of them. */
  onlineStages: Record<OnlineStage, 'Y' | 'N' | 'NA' | null>;
}

export interface StandardResult {
  standardId: string;
  target: number | null;
  performance: number | null;
  targetMet: 'Y' | 'N' | 'NA' | null;
}

interface FactsRow {
  service_id: string;
  fiscal_year: string;
  organization_key: string;
  scope: string;
  volumes: Record<string, string | number> | string | null;
  standards_total: string | number;
  standards_met: string | number;
  results: RawResult[] | string | null;
  stages: Record<string, string | null> | string | null;
}

interface RawResult {
  standard_id: string;
  target: string | number | null;
  performance: string | number | null;
  target_met: 'Y' | 'N' | 'NA' | null;
}

const json = <T>(value: T | string | null): T | null =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;
const share = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * Every service's figures for a fiscal year (or for one service, every year), one row per service and
 * year: the facts the results framework computes its published-data measures from.
 */
export async function listServiceInventoryFacts(
  db: Db | Tx,
  query: { fiscalYear?: string; serviceId?: string },
): Promise<ServiceInventoryFacts[]> {
  const where = [
    query.fiscalYear === undefined ? sql`true` : sql`r.fiscal_year = ${query.fiscalYear}`,
    query.serviceId === undefined ? sql`true` : sql`r.service_id = ${query.serviceId}`,
  ];
  const { rows } = await sql<FactsRow>`
    select r.service_id, r.fiscal_year, r.organization_key,
           coalesce(r.raw->>'service_scope', r.raw->>'external_internal', '') as scope,
           (select jsonb_object_agg(v.channel || ':' || v.metric, v.value)
              from service_volume v
             where v.service_id = r.service_id and v.fiscal_year = r.fiscal_year and v.status = 'number') as volumes,
           (select count(*) from service_standard_result s
             where s.service_id = r.service_id and s.fiscal_year = r.fiscal_year) as standards_total,
           (select count(*) from service_standard_result s
             where s.service_id = r.service_id and s.fiscal_year = r.fiscal_year and s.target_met = 'Y') as standards_met,
           (select jsonb_agg(jsonb_build_object('standard_id', s.standard_id, 'target', s.target,
                     'performance', s.performance, 'target_met', s.target_met) order by s.standard_id)
              from service_standard_result s
             where s.service_id = r.service_id and s.fiscal_year = r.fiscal_year) as results,
           (select jsonb_object_agg(o.stage, o.value)
              from service_online_stage o
             where o.service_id = r.service_id and o.fiscal_year = r.fiscal_year) as stages
      from service_inventory_record r
     where ${sql.join(where, sql` and `)}
     order by r.fiscal_year, r.service_id`.execute(db);
  return rows.map((row) => {
    const volumes = (
      typeof row.volumes === 'string' ? JSON.parse(row.volumes) : (row.volumes ?? {})
    ) as Record<string, string | number>;
    const figure = (key: string) => (volumes[key] === undefined ? null : Number(volumes[key]));
    return {
      serviceId: row.service_id,
      fiscalYear: row.fiscal_year,
      organizationKey: row.organization_key,
      scope: row.scope
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
      applications: Object.fromEntries(
        APPLICATION_CHANNELS.map((channel) => [channel, figure(`${channel}:applications`)]),
      ) as Record<ApplicationChannel, number | null>,
      phoneEnquiries: figure('phone:enquiries'),
      webVisits: figure('online:web_visits'),
      standards: { total: Number(row.standards_total), met: Number(row.standards_met) },
      standardResults: (json(row.results) ?? []).map((result) => ({
        standardId: result.standard_id,
        target: share(result.target),
        performance: share(result.performance),
        targetMet: result.target_met,
      })),
      onlineStages: Object.fromEntries(
        ONLINE_STAGES.map((stage) => [stage, (json(row.stages) ?? {})[stage] ?? null]),
      ) as Record<OnlineStage, 'Y' | 'N' | 'NA' | null>,
    };
  });
}

/** The fiscal years the inventory holds figures for, newest first. */
export async function listServiceInventoryYears(db: Db | Tx): Promise<string[]> {
  const rows = await db
    .selectFrom('service_inventory_record')
    .select('fiscal_year')
    .distinct()
    .orderBy('fiscal_year', 'desc')
    .execute();
  return rows.map((row) => row.fiscal_year);
}
