import type { Db } from '../../../platform/db/index.js';
import { hsdsServiceAtLocations, type HsdsPage, type ServiceAtLocationListQuery } from '../hsds/read.js';
import type { Reader } from '../types.js';
import { recordSearch } from './recordSearch.js';

/** A page of services at locations in the HSDS list form; a search is recorded with its count. */
export async function listHsdsServiceAtLocations(
  db: Db,
  query: ServiceAtLocationListQuery & { reader: Reader },
): Promise<HsdsPage> {
  const page = await hsdsServiceAtLocations(db, query);
  recordSearch(db, query.reader, query, 'service_at_locations', page.total_items);
  return page;
}
