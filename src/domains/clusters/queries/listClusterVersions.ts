import type { Db, Tx } from '../../../platform/db/index.js';
import { ClusterNotFoundError } from '../errors.js';
import { findClusterRow, readDefinition } from '../repository.js';
import type { ClusterDefinition } from '../schemas.js';
import type { ClusterVersionSummary } from '../types.js';

/** Every published version of a cluster, newest first. */
export async function listClusterVersions(db: Db | Tx, key: string): Promise<ClusterVersionSummary[]> {
  const cluster = await findClusterRow(db, key);
  if (!cluster) throw new ClusterNotFoundError(key);
  return db
    .selectFrom('cluster_version')
    .select(['version', 'published_at', 'published_by', 'note'])
    .where('cluster_id', '=', cluster.id)
    .orderBy('version', 'desc')
    .execute();
}

/** One published version as it was frozen. */
export async function getClusterVersion(
  db: Db | Tx,
  key: string,
  version: number,
): Promise<ClusterDefinition> {
  const row = await db
    .selectFrom('cluster_version')
    .innerJoin('cluster', 'cluster.id', 'cluster_version.cluster_id')
    .select('cluster_version.definition')
    .where('cluster.key', '=', key)
    .where('cluster_version.version', '=', version)
    .executeTakeFirst();
  if (!row) throw new ClusterNotFoundError(`${key}@${version}`);
  return readDefinition(row.definition);
}
