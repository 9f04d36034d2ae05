import type { Db, Tx } from '../../../platform/db/index.js';
import { PUBLIC_STATUSES, toSummary, withPublishedVersion } from '../repository.js';
import type { ClusterKind } from '../schemas.js';
import type { ClusterSummary } from '../types.js';

/** Public clusters (pilot and production), optionally of one kind, in key order. */
export async function listPublicClusters(
  db: Db | Tx,
  options: { kind?: ClusterKind } = {},
): Promise<ClusterSummary[]> {
  let query = withPublishedVersion(db)
    .select([
      'cluster.key',
      'cluster.kind',
      'cluster.status',
      'cluster.pilot_ends_on',
      'cluster_version.definition',
    ])
    .where('cluster.status', 'in', [...PUBLIC_STATUSES])
    .orderBy('cluster.key');
  if (options.kind) query = query.where('cluster.kind', '=', options.kind);
  return (await query.execute()).map(toSummary);
}
