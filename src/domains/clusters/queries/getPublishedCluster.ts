import type { Db, Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { ClusterNotFoundError } from '../errors.js';
import { findPublished } from '../repository.js';
import type { PublishedCluster } from '../types.js';

/** The version clients see of a public (pilot or production) cluster, by its key. */
export async function getPublicCluster(db: Db | Tx, key: string): Promise<PublishedCluster> {
  const cluster = await findPublished(db, { key }, { publicOnly: true });
  if (!cluster) throw new ClusterNotFoundError(key);
  return cluster;
}

/** The version clients see of a public cluster, by its slug in one language. */
export async function getPublicClusterBySlug(
  db: Db | Tx,
  lang: Lang,
  slug: string,
): Promise<PublishedCluster> {
  const cluster = await findPublished(db, { slug, lang }, { publicOnly: true });
  if (!cluster) throw new ClusterNotFoundError(slug);
  return cluster;
}

/** The current published version whatever the status, for people who manage the cluster. */
export async function getPublishedCluster(db: Db | Tx, key: string): Promise<PublishedCluster> {
  const cluster = await findPublished(db, { key }, { publicOnly: false });
  if (!cluster) throw new ClusterNotFoundError(key);
  return cluster;
}
