import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Partnership } from '../types.js';
import { listPartnerships } from './listPartnerships.js';

/**
 * The partnership a cluster belongs to, whether or not an agreement is in force today: the cluster's
 * link, else the partnership of the latest signed agreement whose scope names the cluster.
 */
export async function getClusterPartnership(
  db: Db | Tx,
  clusterKey: string,
): Promise<Partnership | undefined> {
  const link = await db
    .selectFrom('cluster')
    .select('partnership_id')
    .where('key', '=', clusterKey)
    .executeTakeFirst();
  let id = link?.partnership_id ?? undefined;
  if (!id) {
    const row = await db
      .selectFrom('agreement')
      .select('partnership_id')
      .where('status', '=', 'signed')
      .where(sql<boolean>`clauses -> 'scope' -> 'clusters' @> ${JSON.stringify([clusterKey])}::jsonb`)
      .orderBy('signed_at', 'desc')
      .executeTakeFirst();
    id = row?.partnership_id;
  }
  if (!id) return undefined;
  const [partnership] = await listPartnerships(db, { ids: [id] });
  return partnership;
}
