import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Service } from '../schemas.js';
import type { Paged, PageQuery } from '../types.js';
import { offset, serviceMatches, type ServiceFilter } from './filters.js';
import { loadServices } from './load.js';

export interface ServiceListQuery extends PageQuery, ServiceFilter {}

/**
 * Services, paged, ordered by English name then id. `search` matches every word in the names and
 * descriptions of either language, ignoring case and accents; records awaiting translation are left out
 * unless `includePending`.
 */
export async function listServices(db: Db | Tx, query: ServiceListQuery): Promise<Paged<Service>> {
  const base = db.selectFrom('service').where(serviceMatches(query));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    base
      .select('service.id')
      .orderBy(sql`service.name->>'en'`)
      .orderBy('service.id')
      .limit(query.perPage)
      .offset(offset(query))
      .execute(),
  ]);
  const items = await loadServices(
    db,
    rows.map((r) => r.id),
  );
  return { items, total: Number(count?.n ?? 0), page: query.page, perPage: query.perPage };
}
