import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Paged, PageQuery, TaxonomyTerm } from '../types.js';
import { offset, textMatches } from './filters.js';
import { asTerm, TERM_COLUMNS } from './plain.js';

export interface TaxonomyTermListQuery extends PageQuery {
  taxonomyId?: string | undefined;
  parentId?: string | undefined;
  /** Only terms without a parent. */
  topOnly?: boolean | undefined;
  search?: string | undefined;
}

/** Taxonomy terms, paged, ordered by code, English name, then id. */
export async function listTaxonomyTerms(
  db: Db | Tx,
  query: TaxonomyTermListQuery,
): Promise<Paged<TaxonomyTerm>> {
  const base = db.selectFrom('taxonomy_term').where((eb) => {
    const conditions = textMatches('taxonomy_term', ['name', 'description'], query.search);
    if (query.taxonomyId) conditions.push(eb('taxonomy_term.taxonomy_id', '=', query.taxonomyId));
    if (query.parentId) conditions.push(eb('taxonomy_term.parent_id', '=', query.parentId));
    if (query.topOnly) conditions.push(eb('taxonomy_term.parent_id', 'is', null));
    return eb.and(conditions);
  });
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    base
      .select(TERM_COLUMNS.map((c) => `taxonomy_term.${c}` as const))
      .orderBy('taxonomy_term.code')
      .orderBy(sql`taxonomy_term.name->>'en'`)
      .orderBy('taxonomy_term.id')
      .limit(query.perPage)
      .offset(offset(query))
      .execute(),
  ]);
  return { items: rows.map(asTerm), total: Number(count?.n ?? 0), page: query.page, perPage: query.perPage };
}
