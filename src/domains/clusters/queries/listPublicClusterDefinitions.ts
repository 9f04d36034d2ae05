import type { Db, Tx } from '../../../platform/db/index.js';
import { findPublished, PUBLIC_STATUSES } from '../repository.js';
import type { PublishedCluster } from '../types.js';

/** Every public cluster with its published definition (for indexing and other channels), by key. */
export async function listPublicClusterDefinitions(db: Db | Tx): Promise<PublishedCluster[]> {
  const keys = await db
    .selectFrom('cluster')
    .select('key')
    .where('status', 'in', [...PUBLIC_STATUSES])
    .where('published_version', 'is not', null)
    .orderBy('key')
    .execute();
  const clusters = await Promise.all(keys.map(({ key }) => findPublished(db, { key }, { publicOnly: true })));
  return clusters.filter((cluster): cluster is PublishedCluster => cluster !== undefined);
}
