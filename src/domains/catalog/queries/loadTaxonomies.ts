import type { Db, Tx } from '../../../platform/db/index.js';
import type { Taxonomy } from '../types.js';
import { asTaxonomy, TAXONOMY_COLUMNS } from './plain.js';

/** The taxonomies with these ids, ordered by id; unknown ids are left out. */
export async function loadTaxonomies(db: Db | Tx, ids: readonly string[]): Promise<Taxonomy[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('taxonomy')
    .select(TAXONOMY_COLUMNS)
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id')
    .execute();
  return rows.map(asTaxonomy);
}
