import type { Db, Tx } from '../../../platform/db/index.js';
import type { TaxonomyTerm } from '../types.js';
import { asTerm, TERM_COLUMNS } from './plain.js';

/** The taxonomy terms with these ids, ordered by id; unknown ids are left out. */
export async function loadTaxonomyTerms(db: Db | Tx, ids: readonly string[]): Promise<TaxonomyTerm[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('taxonomy_term')
    .select(TERM_COLUMNS)
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id')
    .execute();
  return rows.map(asTerm);
}
