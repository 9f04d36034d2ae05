import type { Db, Tx } from '../../../platform/db/index.js';

/** When the interaction rollup last took in new interactions (null: never). */
export async function getRollupFreshness(db: Db | Tx): Promise<Date | null> {
  const row = await db
    .selectFrom('rollup_state')
    .select('refreshed_at')
    .where('name', '=', 'interaction_daily')
    .executeTakeFirst();
  return row?.refreshed_at ? new Date(row.refreshed_at) : null;
}
