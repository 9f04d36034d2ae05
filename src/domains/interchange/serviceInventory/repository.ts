/** SQL on the service inventory's own tables, and the few catalog reads the import needs to merge. */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { NewRow } from '../../../platform/db/schema.js';
import type { ServiceStandardInput } from '../../catalog/index.js';
import { SOURCE } from './mapping.js';

type Conn = Db | Tx;

const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function federalJurisdictionId(db: Conn): Promise<string | undefined> {
  const row = await db.selectFrom('jurisdiction').select('id').where('code', '=', 'ca').executeTakeFirst();
  return row?.id;
}

export interface StoredRecord {
  service_id: string;
  fiscal_year: string;
  format: 'services-yearly' | 'services-2024';
  source_file: string;
  source_row: number;
  raw: Record<string, string>;
}

/** The newest record of each of these services. */
export async function latestRecords(db: Conn, serviceIds: string[]): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  for (const ids of chunks(serviceIds)) {
    const rows = await db
      .selectFrom('service_inventory_record')
      .select(['service_id', 'fiscal_year', 'format', 'source_file', 'source_row', 'raw'])
      .where('service_id', 'in', ids)
      .orderBy('service_id')
      .orderBy('fiscal_year', 'desc')
      .execute();
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.service_id)) continue;
      seen.add(row.service_id);
      out.push({
        ...row,
        raw: (typeof row.raw === 'string' ? JSON.parse(row.raw) : row.raw) as Record<string, string>,
      });
    }
  }
  return out;
}

/** Which of these record keys (service, year) exist already: to tell created from updated. */
export async function existingRecordKeys(db: Conn, serviceIds: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const ids of chunks(serviceIds)) {
    const rows = await db
      .selectFrom('service_inventory_record')
      .select(['service_id', 'fiscal_year'])
      .where('service_id', 'in', ids)
      .execute();
    for (const row of rows) out.add(`${row.service_id}|${row.fiscal_year}`);
  }
  return out;
}

export async function existingStandards(
  db: Conn,
  serviceIds: string[],
): Promise<Map<string, { input: ServiceStandardInput; latestYear: string | null }[]>> {
  const out = new Map<string, { input: ServiceStandardInput; latestYear: string | null }[]>();
  for (const ids of chunks(serviceIds)) {
    const rows = await db
      .selectFrom('service_standard as s')
      .leftJoin(
        db
          .selectFrom('service_standard_result')
          .select(['standard_id', sql<string>`max(fiscal_year)`.as('latest')])
          .groupBy('standard_id')
          .as('r'),
        'r.standard_id',
        's.id',
      )
      .select([
        's.id',
        's.service_id',
        's.channel_kind',
        's.name',
        's.description',
        's.standard_type',
        's.threshold_value',
        's.threshold_unit',
        's.target',
        's.url',
        's.external_id',
        'r.latest',
      ])
      .where('s.service_id', 'in', ids)
      .where('s.source', '=', SOURCE)
      .execute();
    for (const row of rows) {
      const list = out.get(row.service_id) ?? [];
      list.push({
        input: {
          id: row.id,
          channel_kind: row.channel_kind,
          name: row.name,
          description: row.description,
          standard_type: row.standard_type,
          threshold_value: row.threshold_value,
          threshold_unit: row.threshold_unit,
          target: row.target,
          url: row.url,
          external_id: row.external_id,
        },
        latestYear: row.latest ?? null,
      });
      out.set(row.service_id, list);
    }
  }
  return out;
}

export async function existingPrograms(db: Conn, organizationIds: string[]) {
  const out = new Map<
    string,
    {
      id: string;
      name: { en: string; fr: string };
      alternate_name: { en: string; fr: string } | null;
      description: { en: string; fr: string };
    }[]
  >();
  for (const ids of chunks(organizationIds)) {
    const rows = await db
      .selectFrom('program')
      .select(['id', 'organization_id', 'name', 'alternate_name', 'description'])
      .where('organization_id', 'in', ids)
      .execute();
    for (const row of rows) {
      const list = out.get(row.organization_id) ?? [];
      list.push({
        id: row.id,
        name: row.name,
        alternate_name: row.alternate_name,
        description: row.description,
      });
      out.set(row.organization_id, list);
    }
  }
  return out;
}

export async function existingServiceKeys(db: Conn, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const list of chunks(keys)) {
    const rows = await db
      .selectFrom('service')
      .select('external_id')
      .where('source', '=', SOURCE)
      .where('external_id', 'in', list)
      .execute();
    for (const row of rows) if (row.external_id) out.add(row.external_id);
  }
  return out;
}

export async function existingServiceIds(db: Conn, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const list of chunks(ids)) {
    const rows = await db.selectFrom('service').select('id').where('id', 'in', list).execute();
    for (const row of rows) out.add(row.id);
  }
  return out;
}

export async function upsertRecords(tx: Tx, rows: NewRow<'service_inventory_record'>[]): Promise<void> {
  for (const list of chunks(rows, 200)) {
    await tx
      .insertInto('service_inventory_record')
      .values(list)
      .onConflict((oc) =>
        oc.columns(['service_id', 'fiscal_year']).doUpdateSet((eb) => ({
          format: eb.ref('excluded.format'),
          source_file: eb.ref('excluded.source_file'),
          source_row: eb.ref('excluded.source_row'),
          inventory_id: eb.ref('excluded.inventory_id'),
          organization_key: eb.ref('excluded.organization_key'),
          raw: eb.ref('excluded.raw'),
          imported_at: sql`now()`,
        })),
      )
      .execute();
  }
}

export async function upsertVolumes(tx: Tx, rows: NewRow<'service_volume'>[]): Promise<void> {
  for (const list of chunks(rows, 1000)) {
    await tx
      .insertInto('service_volume')
      .values(list)
      .onConflict((oc) =>
        oc.columns(['service_id', 'fiscal_year', 'channel', 'metric']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          status: eb.ref('excluded.status'),
          raw: eb.ref('excluded.raw'),
          source_column: eb.ref('excluded.source_column'),
        })),
      )
      .execute();
  }
}

export async function upsertStages(tx: Tx, rows: NewRow<'service_online_stage'>[]): Promise<void> {
  for (const list of chunks(rows, 1000)) {
    await tx
      .insertInto('service_online_stage')
      .values(list)
      .onConflict((oc) =>
        oc.columns(['service_id', 'fiscal_year', 'stage']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          raw: eb.ref('excluded.raw'),
          source_column: eb.ref('excluded.source_column'),
        })),
      )
      .execute();
  }
}

export async function upsertResults(tx: Tx, rows: NewRow<'service_standard_result'>[]): Promise<void> {
  for (const list of chunks(rows, 300)) {
    await tx
      .insertInto('service_standard_result')
      .values(list)
      .onConflict((oc) =>
        oc.columns(['standard_id', 'fiscal_year']).doUpdateSet((eb) => ({
          service_id: eb.ref('excluded.service_id'),
          target: eb.ref('excluded.target'),
          target_raw: eb.ref('excluded.target_raw'),
          volume_meeting_target: eb.ref('excluded.volume_meeting_target'),
          volume_meeting_target_raw: eb.ref('excluded.volume_meeting_target_raw'),
          total_volume: eb.ref('excluded.total_volume'),
          total_volume_raw: eb.ref('excluded.total_volume_raw'),
          performance: eb.ref('excluded.performance'),
          performance_raw: eb.ref('excluded.performance_raw'),
          target_met: eb.ref('excluded.target_met'),
          channel: eb.ref('excluded.channel'),
          source_file: eb.ref('excluded.source_file'),
          source_row: eb.ref('excluded.source_row'),
          raw: eb.ref('excluded.raw'),
        })),
      )
      .execute();
  }
}
