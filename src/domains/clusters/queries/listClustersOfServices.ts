import type { Db, Tx } from '../../../platform/db/index.js';
import { PUBLIC_STATUSES, toSummary, withPublishedVersion } from '../repository.js';
import type { ClusterSummary } from '../types.js';

/** For each service, the public clusters whose published version uses it ("part of"). */
export async function listClustersOfServices(
  db: Db | Tx,
  serviceIds: readonly string[],
): Promise<Map<string, ClusterSummary[]>> {
  const result = new Map<string, ClusterSummary[]>();
  if (serviceIds.length === 0) return result;
  const rows = await withPublishedVersion(db)
    .innerJoin('cluster_service', 'cluster_service.cluster_id', 'cluster.id')
    .select([
      'cluster_service.service_id',
      'cluster.key',
      'cluster.kind',
      'cluster.status',
      'cluster.pilot_ends_on',
      'cluster_version.definition',
    ])
    .distinct()
    .where('cluster_service.service_id', 'in', [...new Set(serviceIds)])
    .where('cluster.status', 'in', [...PUBLIC_STATUSES])
    .orderBy('cluster.key')
    .execute();
  for (const row of rows) {
    const list = result.get(row.service_id) ?? [];
    if (!list.some((summary) => summary.key === row.key)) list.push(toSummary(row));
    result.set(row.service_id, list);
  }
  return result;
}
