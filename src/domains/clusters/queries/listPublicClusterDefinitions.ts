import type { Db, Tx } from '../../../platform/db/index.js';
import { findPublishedMany } from '../repository.js';
import type { PublishedCluster } from '../types.js';

/** Every public cluster with its published definition (for indexing and other channels), by key. */
export async function listPublicClusterDefinitions(db: Db | Tx): Promise<PublishedCluster[]> {
  return findPublishedMany(db, { all: true }, { publicOnly: true });
}
