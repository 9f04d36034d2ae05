import type { Db, Tx } from '../../../platform/db/index.js';
import { ClusterNotFoundError } from '../errors.js';
import { diffDefinitions, type ClusterChange } from '../governance/diff.js';
import { findClusterRow, readDefinition } from '../repository.js';
import { getClusterVersion } from './listClusterVersions.js';

/**
 * The readable changes from one published version to another, or to the working draft. Versions are
 * frozen, so the same two numbers always give the same list.
 */
export async function diffClusterVersions(
  db: Db | Tx,
  key: string,
  fromVersion: number,
  toVersion: number | 'draft',
): Promise<ClusterChange[]> {
  const before = await getClusterVersion(db, key, fromVersion);
  if (toVersion !== 'draft') return diffDefinitions(before, await getClusterVersion(db, key, toVersion));
  const cluster = await findClusterRow(db, key);
  if (!cluster?.draft) throw new ClusterNotFoundError(`${key} draft`);
  return diffDefinitions(before, readDefinition(cluster.draft));
}
