import { recordView } from '../../measurement/index.js';
import type { Db } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { PUBLIC_STATUSES } from '../repository.js';
import type { ClusterKind, ClusterStatus } from '../schemas.js';
import type { ClusterSummary } from '../types.js';
import type { ScreenChannel } from './getClusterPage.js';
import { listPublicClusters } from './listPublicClusters.js';

export type PublicClusterStatus = (typeof PUBLIC_STATUSES)[number];

/** A public cluster as a line of a list in both languages, for systems that show either. */
export interface BilingualClusterView {
  key: string;
  kind: ClusterKind;
  status: PublicClusterStatus;
  pilotEndsOn: string | null;
  title: LocalizedText;
  summary: LocalizedText;
  slug: { en: string; fr: string };
}

export interface BilingualClusterListView {
  clusters: BilingualClusterView[];
}

/** Only public clusters are listed: anything that is not a pilot is shown as in production. */
export function publicStatus(status: ClusterStatus): PublicClusterStatus {
  return status === 'pilot' ? 'pilot' : 'production';
}

export function bilingualCluster(cluster: ClusterSummary): BilingualClusterView {
  return {
    key: cluster.key,
    kind: cluster.kind,
    status: publicStatus(cluster.status),
    pilotEndsOn: cluster.pilot_ends_on,
    title: cluster.title,
    summary: cluster.summary,
    slug: { en: cluster.slug.en, fr: cluster.slug.fr },
  };
}

/**
 * The public clusters (pilot and production), optionally of one kind, in key order and in both
 * languages; the list read is recorded as a view on the reader's channel with its length.
 */
export async function listClustersInBothLanguages(
  db: Db,
  query: { kind?: ClusterKind | undefined; channel: ScreenChannel },
): Promise<BilingualClusterListView> {
  const clusters = await listPublicClusters(db, { kind: query.kind });
  recordView(db, {
    channel: query.channel,
    kind: 'view',
    detail: { resource: 'clusters', results: clusters.length },
  });
  return { clusters: clusters.map(bilingualCluster) };
}
