/** SQL on the service inventory's own tables; what the import needs of the catalog it asks the catalog for. */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { NewRow } from '../../../platform/db/schema.js';

type Conn = Db | Tx;

const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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

/** The newest fiscal year with a result, for each of these standards that has one. */
export async function latestResultYears(db: Conn, standardIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const ids of chunks(standardIds)) {
    const rows = await db
      .selectFrom('service_standard_result')
      .select(['standard_id', sql<string>`max(fiscal_year)`.as('latest')])
      .where('standard_id', 'in', ids)
      .groupBy('standard_id')
      .execute();
    for (const row of rows) out.set(row.standard_id, row.latest);
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
