import type { Tx } from '../../../platform/db/index.js';

/**
 * Needs nobody met are kept as people typed them, for partners to see what is missing; a need not asked
 * again since `before` is forgotten, words and counts alike.
 */
export async function purgeOldUnmetNeeds(tx: Tx, before: Date): Promise<number> {
  const result = await tx.deleteFrom('search_unmet_need').where('last_seen', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
