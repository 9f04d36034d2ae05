import { sql } from 'kysely';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';

export interface RemovedActivity {
  /** Generated interactions deleted (their survey responses go with them). */
  events: number;
  /** Rollup rows deleted: the days and combinations that held generated events. */
  rollupRows: number;
}

/**
 * Deletes every generated interaction and takes it out of the daily rollup, in one transaction.
 *
 * `generated` is part of the rollup's key, so each rollup row holds generated events only or measured
 * events only: deleting the generated rows subtracts exactly what the generated events added, without
 * reading the measured events again (a rebuild would re-read them all). Generated events above the
 * watermark were never added and are simply gone. The watermark row is locked first, so a refresh
 * running meanwhile waits and then carries on from where it was.
 */
export async function removeGeneratedActivity(db: Db | Tx): Promise<RemovedActivity> {
  return withTransaction(db, async (tx) => {
    await tx
      .selectFrom('rollup_state')
      .select('last_id')
      .where('name', '=', 'interaction_daily')
      .forUpdate()
      .execute();
    // Responses first, in one statement, so the cascade from each deleted interaction finds nothing to do.
    await sql`DELETE FROM survey_response r USING interaction i
      WHERE r.interaction_id = i.id AND i.generated`.execute(tx);
    const events = await tx.deleteFrom('interaction').where('generated', '=', true).executeTakeFirst();
    const rollup = await tx.deleteFrom('interaction_daily').where('generated', '=', true).executeTakeFirst();
    return { events: Number(events.numDeletedRows), rollupRows: Number(rollup.numDeletedRows) };
  });
}
