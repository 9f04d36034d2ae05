import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Taxonomy } from '../types.js';
import { asTaxonomy, TAXONOMY_COLUMNS } from './plain.js';

export async function getTaxonomy(db: Db | Tx, id: string): Promise<Taxonomy> {
  const row = await db
    .selectFrom('taxonomy')
    .select(TAXONOMY_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('taxonomy', id);
  return asTaxonomy(row);
}
