import type { Db } from '../../../platform/db/index.js';
import { hsdsServices, hsdsServicesText, type HsdsPage, type ServiceListQuery } from '../hsds/read.js';
import type { Reader } from '../types.js';
import { recordSearch } from './recordSearch.js';

/** A page of services in the HSDS list form (or whole with `full`); a search is recorded with its count. */
export async function listHsdsServices(
  db: Db,
  query: ServiceListQuery & { reader: Reader },
): Promise<HsdsPage> {
  const page = await hsdsServices(db, query);
  recordSearch(db, query.reader, query, 'services', page.total_items);
  return page;
}

/**
 * The same page as JSON text, ready to send: the list form is built by the database (briefSql.ts),
 * the full form by the writer.
 */
export async function listHsdsServicesAsJson(
  db: Db,
  query: ServiceListQuery & { reader: Reader },
): Promise<string> {
  if (query.full) return JSON.stringify(await listHsdsServices(db, query));
  const page = await hsdsServicesText(db, query);
  recordSearch(db, query.reader, query, 'services', page.total);
  return page.body;
}
