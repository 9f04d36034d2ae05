import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Location } from '../schemas.js';
import type { Paged, PageQuery } from '../types.js';
import { offset, textMatches } from './filters.js';
import { loadLocations } from './load.js';

export interface LocationListQuery extends PageQuery {
  search?: string | undefined;
  organizationId?: string | undefined;
  includePending?: boolean | undefined;
}

/** Locations, paged, ordered by English name then id. */
export async function listLocations(db: Db | Tx, query: LocationListQuery): Promise<Paged<Location>> {
  const base = db.selectFrom('location').where((eb) => {
    const conditions = textMatches('location', ['name', 'alternate_name', 'description'], query.search);
    if (!query.includePending) conditions.push(eb('location.translation_pending', '=', false));
    if (query.organizationId) conditions.push(eb('location.organization_id', '=', query.organizationId));
    return eb.and(conditions);
  });
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    base
      .select('location.id')
      .orderBy(sql`location.name->>'en'`)
      .orderBy('location.id')
      .limit(query.perPage)
      .offset(offset(query))
      .execute(),
  ]);
  const items = await loadLocations(
    db,
    rows.map((r) => r.id),
  );
  return { items, total: Number(count?.n ?? 0), page: query.page, perPage: query.perPage };
}
