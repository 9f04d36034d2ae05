import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Paged, PageQuery, Taxonomy } from '../types.js';
import { offset } from './filters.js';
import { asTaxonomy, TAXONOMY_COLUMNS } from './plain.js';

/** Taxonomies, paged, ordered by English name then id. */
export async function listTaxonomies(db: Db | Tx, query: PageQuery): Promise<Paged<Taxonomy>> {
  const [count, rows] = await Promise.all([
    db
      .selectFrom('taxonomy')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    db
      .selectFrom('taxonomy')
      .select(TAXONOMY_COLUMNS)
      .orderBy(sql`name->>'en'`)
      .orderBy('id')
      .limit(query.perPage)
      .offset(offset(query))
      .execute(),
  ]);
  return {
    items: rows.map(asTaxonomy),
    total: Number(count?.n ?? 0),
    page: query.page,
    perPage: query.perPage,
  };
}
