import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { TaxonomyTerm } from '../types.js';
import { asTerm, TERM_COLUMNS } from './plain.js';

export async function getTaxonomyTerm(db: Db | Tx, id: string): Promise<TaxonomyTerm> {
  const row = await db
    .selectFrom('taxonomy_term')
    .select(TERM_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('taxonomy_term', id);
  return asTerm(row);
}
