import { z } from 'zod';
import { getServiceOwners } from '../../catalog/index.js';
import { recordSurveyResponse, SurveyAnswers } from '../../measurement/index.js';
import { withTransaction, type Db } from '../../../platform/db/index.js';
import { isStitchError, parseInput } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { findPublicCluster, type ScreenChannel } from '../queries/getClusterPage.js';

// Problems are named `answers.<field>`, as measurement names them.
const AnswersOnly = z.object({ answers: SurveyAnswers });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SatisfactionInput {
  channel: ScreenChannel;
  lang: Lang;
  /** The page (or screen) the survey is about, as the channel names it (kept as a non-personal detail). */
  page: string;
  /** The cluster that page shows, by its slug in `lang`, if any. */
  clusterSlug?: string | undefined;
  /** The service that page shows, if any. */
  serviceId?: string | undefined;
  answers: SurveyAnswers;
}

/**
 * Records a satisfaction survey about a cluster or service page, on any channel, against the cluster,
 * the service and its owner. Invalid answers are refused with a ValidationError (paths `answers.<field>`)
 * before anything is read; a slug or service that names nothing public is kept as the page alone.
 */
export async function recordSatisfaction(db: Db, input: SatisfactionInput): Promise<void> {
  const { answers } = parseInput(AnswersOnly, { answers: input.answers }, 'Invalid survey answers');
  let clusterKey: string | null = null;
  if (input.clusterSlug) {
    try {
      clusterKey = (await findPublicCluster(db, { slug: input.clusterSlug, lang: input.lang })).key;
    } catch (error) {
      if (!isStitchError(error) || error.code !== 'NOT_FOUND') throw error;
    }
  }
  const serviceId = input.serviceId && UUID.test(input.serviceId) ? input.serviceId : undefined;
  const owner = serviceId ? (await getServiceOwners(db, [serviceId])).get(serviceId) : undefined;
  await withTransaction(db, (tx) =>
    recordSurveyResponse(tx, {
      channel: input.channel,
      lang: input.lang,
      cluster_key: clusterKey,
      service_id: owner ? serviceId : null,
      organization_id: owner?.organization_id ?? null,
      detail: { page: input.page },
      answers,
    }),
  );
}
