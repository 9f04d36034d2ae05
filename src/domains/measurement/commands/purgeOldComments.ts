import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';

/**
 * Survey comments are free text, redacted as they arrive but still a person's own words: past the
 * retention period the words go and the scores stay, so every figure computed from them is unchanged.
 */
export async function purgeOldComments(tx: Tx, before: Date): Promise<number> {
  const result = await sql`
    UPDATE survey_response r SET comment = NULL
    FROM interaction i
    WHERE i.id = r.interaction_id AND r.comment IS NOT NULL AND i.occurred_at < ${before}`.execute(tx);
  return Number(result.numAffectedRows ?? 0);
}
