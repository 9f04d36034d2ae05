import type { Db, Tx } from '../../../platform/db/index.js';

/** True when no organisation is in the catalog yet: a first start, before any import or seed. */
export async function isCatalogEmpty(db: Db | Tx): Promise<boolean> {
  const any = await db.selectFrom('organization').select('id').limit(1).executeTakeFirst();
  return any === undefined;
}
