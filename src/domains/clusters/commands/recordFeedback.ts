import { recordInteraction } from '../../measurement/index.js';
import { withTransaction, type Db } from '../../../platform/db/index.js';
import { isStitchError } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { findPublicCluster, type ScreenChannel } from '../queries/getClusterPage.js';

export interface FeedbackInput {
  channel: ScreenChannel;
  lang: Lang;
  useful: boolean;
  /** The page the answer is about, as the channel names it (kept as a non-personal detail). */
  page: string;
  /** The cluster the page shows, by its slug in `lang`, if any. */
  clusterSlug?: string | undefined;
  /** The service the page shows, if any. */
  serviceId?: string | undefined;
}

/**
 * Records a "was this useful?" answer against the cluster or service it is about. A slug that names no
 * public cluster is kept as the page alone: an answer is never refused.
 */
export async function recordFeedback(db: Db, input: FeedbackInput): Promise<void> {
  let clusterKey: string | null = null;
  if (input.clusterSlug) {
    try {
      clusterKey = (await findPublicCluster(db, { slug: input.clusterSlug, lang: input.lang })).key;
    } catch (error) {
      if (!isStitchError(error) || error.code !== 'NOT_FOUND') throw error;
    }
  }
  await withTransaction(db, (tx) =>
    recordInteraction(tx, {
      channel: input.channel,
      kind: 'feedback',
      lang: input.lang,
      outcome: input.useful ? 'useful' : 'not-useful',
      cluster_key: clusterKey,
      service_id: input.serviceId ?? null,
      detail: { page: input.page },
    }),
  );
}
