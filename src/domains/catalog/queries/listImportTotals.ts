import { sql } from 'kysely';
import type { Db } from '../../../platform/db/index.js';

export interface ImportTotals {
  /** Where the records came from, as the import recorded it (`hsds`, `gc-service-inventory`, `demo`, …). */
  source: string;
  imports: number;
  created: number;
  updated: number;
  rejected: number;
  lastAt: Date;
}

/**
 * Every import the audit trail holds, summed by source: what an operator's dashboard shows beside the
 * request figures. Imports run in the CLI as often as in the server, so the trail, not a process, counts.
 */
export async function listImportTotals(db: Db): Promise<ImportTotals[]> {
  const count = (field: string) =>
    sql<number>`coalesce(sum(nullif(detail->>${field}, '')::bigint), 0)`.as(field);
  const rows = await db
    .selectFrom('audit_log')
    .where('action', '=', 'catalog.import')
    .select([
      sql<string>`coalesce(detail->>'source', 'unknown')`.as('source'),
      (eb) => eb.fn.countAll<number>().as('imports'),
      count('created'),
      count('updated'),
      count('rejected'),
      (eb) => eb.fn.max('occurred_at').as('lastAt'),
    ])
    .groupBy(sql`1`)
    .orderBy('source')
    .execute();
  return rows.map((row) => ({
    source: row.source,
    imports: Number(row.imports),
    created: Number(row.created),
    updated: Number(row.updated),
    rejected: Number(row.rejected),
    lastAt: new Date(row.lastAt as unknown as string),
  }));
}
