import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Jurisdiction } from '../types.js';
import { asJurisdiction, JURISDICTION_COLUMNS } from './plain.js';

export async function getJurisdiction(db: Db | Tx, id: string): Promise<Jurisdiction> {
  const row = await db
    .selectFrom('jurisdiction')
    .select(JURISDICTION_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('jurisdiction', id);
  return asJurisdiction(row);
}
