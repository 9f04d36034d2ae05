import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { readDefinition } from '../repository.js';
import type { ClusterStatus } from '../schemas.js';

/** A cluster as other domains refer to it: who governs it (its partnership) and what it is called. */
export interface ClusterRef {
  id: string;
  key: string;
  status: ClusterStatus;
  partnership_id: string | null;
  /** From the published version when there is one, else from the draft. */
  title: LocalizedText;
}

/**
 * Every cluster (or those of `keys`), whatever its status, by key. Other domains keep records about a
 * cluster (insights' indicators) and need its partnership to decide who may change them, without
 * reading the clusters tables themselves.
 */
export async function listClusterRefs(db: Db | Tx, keys?: readonly string[]): Promise<ClusterRef[]> {
  if (keys && keys.length === 0) return [];
  let query = db
    .selectFrom('cluster')
    .leftJoin('cluster_version', (join) =>
      join
        .onRef('cluster_version.cluster_id', '=', 'cluster.id')
        .onRef('cluster_version.version', '=', 'cluster.published_version'),
    )
    .select([
      'cluster.id',
      'cluster.key',
      'cluster.status',
      'cluster.partnership_id',
      'cluster.draft',
      'cluster_version.definition',
    ]);
  if (keys) query = query.where('cluster.key', 'in', [...keys]);
  const rows = await query.orderBy('cluster.key').execute();
  return rows.flatMap((row) => {
    const stored = row.definition ?? row.draft;
    if (!stored) return [];
    return [
      {
        id: row.id,
        key: row.key,
        status: row.status,
        partnership_id: row.partnership_id,
        title: readDefinition(stored).title,
      },
    ];
  });
}

/** One cluster by key, or undefined. */
export async function findClusterRef(db: Db | Tx, key: string): Promise<ClusterRef | undefined> {
  return (await listClusterRefs(db, [key]))[0];
}
