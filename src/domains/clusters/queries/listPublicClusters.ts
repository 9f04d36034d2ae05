import type { Db, Tx } from '../../../platform/db/index.js';
import { PUBLIC_STATUSES, readDefinition } from '../repository.js';
import type { ClusterKind } from '../schemas.js';
import type { ClusterSummary } from '../types.js';

/** Public clusters (pilot and production), optionally of one kind, in key order. */
export async function listPublicClusters(
  db: Db | Tx,
  options: { kind?: ClusterKind } = {},
): Promise<ClusterSummary[]> {
  let query = db
    .selectFrom('cluster')
    .innerJoin('cluster_version', (join) =>
      join
        .onRef('cluster_version.cluster_id', '=', 'cluster.id')
        .onRef('cluster_version.version', '=', 'cluster.published_version'),
    )
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
  const rows = await query.execute();
  return rows.map((row) => {
    const definition = readDefinition(row.definition);
    return {
      key: row.key,
      kind: row.kind,
      status: row.status,
      pilot_ends_on: row.pilot_ends_on,
      title: definition.title,
      summary: definition.summary,
      slug: definition.slug,
    };
  });
}
