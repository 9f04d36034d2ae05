import { CompiledQuery } from 'kysely';
import type { Db } from '../../../platform/db/index.js';
import { TABLES, type CatalogTableName } from '../tables.js';

/**
 * Brings the planner's statistics of the catalog tables up to date: those given (the tables an import
 * wrote), or every one. After a large import the planner would otherwise cost child lookups on the table
 * sizes it saw before (empty tables: a scan of the whole table looks cheapest), and a server without
 * autovacuum never corrects it.
 */
export async function refreshCatalogStatistics(
  db: Db,
  tables: readonly CatalogTableName[] = Object.keys(TABLES) as CatalogTableName[],
): Promise<void> {
  if (tables.length === 0) return;
  const names = tables.filter((name) => Object.hasOwn(TABLES, name)).map((name) => `"${name}"`);
  await db.executeQuery(CompiledQuery.raw(`ANALYZE ${names.join(', ')}`, []));
}
