import type { Db, Tx } from '../../../platform/db/index.js';

/** True before the first index build (a fresh install, or one upgraded from before search existed). */
export async function isSearchIndexEmpty(db: Db | Tx): Promise<boolean> {
  const row = await db.selectFrom('search_document').select('ref').limit(1).executeTakeFirst();
  return row === undefined;
}
