import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Organization } from '../schemas.js';
import type { Paged, PageQuery } from '../types.js';
import { offset, textMatches } from './filters.js';
import { loadOrganizations } from './load.js';

export interface OrganizationListQuery extends PageQuery {
  search?: string | undefined;
  jurisdictionId?: string | undefined;
  includePending?: boolean | undefined;
}

/** Organizations, paged, ordered by English name then id. */
export async function listOrganizations(
  db: Db | Tx,
  query: OrganizationListQuery,
): Promise<Paged<Organization>> {
  const base = db.selectFrom('organization').where((eb) => {
    const conditions = textMatches('organization', ['name', 'alternate_name', 'description'], query.search);
    if (!query.includePending) conditions.push(eb('organization.translation_pending', '=', false));
    if (query.jurisdictionId) conditions.push(eb('organization.jurisdiction_id', '=', query.jurisdictionId));
    return eb.and(conditions);
  });
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    base
      .select('organization.id')
      .orderBy(sql`organization.name->>'en'`)
      .orderBy('organization.id')
      .limit(query.perPage)
      .offset(offset(query))
      .execute(),
  ]);
  const items = await loadOrganizations(
    db,
    rows.map((r) => r.id),
  );
  return { items, total: Number(count?.n ?? 0), page: query.page, perPage: query.perPage };
}
