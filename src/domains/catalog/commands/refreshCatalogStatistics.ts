import { CompiledQuery } from 'kysely';
import type { Db } from '../../../platform/db/index.js';
import { TABLES } from '../tables.js';

/**
 * Brings the planner's statistics of every catalog table up to date. After a large import the planner
 * would otherwise cost child lookups on the table sizes it saw before (empty tables: a scan of the whole
 * table looks cheapest), and a server without autovacuum never corrects it.
 */
export async function refreshCatalogStatistics(db: Db): Promise<void> {
  const tables = Object.keys(TABLES).map((name) => `"${name}"`);
  await db.executeQuery(CompiledQuery.raw(`ANALYZE ${tables.join(', ')}`, []));
}
