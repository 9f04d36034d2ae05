import type { Db, Tx } from '../../../platform/db/index.js';
import type { Jurisdiction } from '../types.js';
import { asJurisdiction, JURISDICTION_COLUMNS } from './plain.js';

/** The jurisdiction with this short code (`ca`, `ca-on`), if the catalog holds it. */
export async function findJurisdictionByCode(db: Db | Tx, code: string): Promise<Jurisdiction | undefined> {
  const row = await db
    .selectFrom('jurisdiction')
    .select(JURISDICTION_COLUMNS)
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? asJurisdiction(row) : undefined;
}
