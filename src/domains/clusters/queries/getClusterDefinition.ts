import { recordView } from '../../measurement/index.js';
import type { Db } from '../../../platform/db/index.js';
import type { ClusterDefinition } from '../schemas.js';
import type { ScreenChannel } from './getClusterPage.js';
import { getPublicCluster } from './getPublishedCluster.js';
import { publicStatus, type BilingualClusterView } from './listClustersInBothLanguages.js';

/** A public cluster's published version in both languages, with its whole definition. */
export interface ClusterDefinitionView extends BilingualClusterView {
  version: number;
  publishedAt: Date;
  /** Stages, steps (services, responsible partner, optional, alternatives, rules) and screener. */
  definition: ClusterDefinition;
}

/**
 * A public cluster's published definition for a partner system or another channel that renders it
 * itself, recorded as a view on that channel.
 */
export async function getClusterDefinition(
  db: Db,
  query: { key: string; channel: ScreenChannel },
): Promise<ClusterDefinitionView> {
  const cluster = await getPublicCluster(db, query.key);
  recordView(db, { channel: query.channel, kind: 'view', cluster_key: cluster.key });
  const { definition } = cluster;
  return {
    key: cluster.key,
    kind: cluster.kind,
    status: publicStatus(cluster.status),
    pilotEndsOn: cluster.pilot_ends_on,
    title: definition.title,
    summary: definition.summary,
    slug: { en: definition.slug.en, fr: definition.slug.fr },
    version: cluster.version,
    publishedAt: cluster.published_at,
    definition,
  };
}
