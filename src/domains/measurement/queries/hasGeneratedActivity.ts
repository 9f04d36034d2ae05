import type { Db, Tx } from '../../../platform/db/index.js';

/** Whether any generated interaction is stored: what the demo checks before generating its activity. */
export async function hasGeneratedActivity(db: Db | Tx): Promise<boolean> {
  const row = await db
    .selectFrom('interaction')
    .select('id')
    .where('generated', '=', true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
