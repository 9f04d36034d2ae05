import type { Db } from '../../../platform/db/index.js';
import { hsdsOrganizations, type HsdsPage, type OrganizationListQuery } from '../hsds/read.js';
import type { Reader } from '../types.js';
import { recordSearch } from './recordSearch.js';

/** A page of organizations in the HSDS list form; a search is recorded with its count. */
export async function listHsdsOrganizations(
  db: Db,
  query: OrganizationListQuery & { reader: Reader },
): Promise<HsdsPage> {
  const page = await hsdsOrganizations(db, query);
  recordSearch(db, query.reader, query, 'organizations', page.total_items);
  return page;
}
