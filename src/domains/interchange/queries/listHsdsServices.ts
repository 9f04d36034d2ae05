import type { Db } from '../../../platform/db/index.js';
import { hsdsServices, type HsdsPage, type ServiceListQuery } from '../hsds/read.js';
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
