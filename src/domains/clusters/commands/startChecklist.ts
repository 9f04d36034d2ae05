import { recordInteraction } from '../../measurement/index.js';
import { withTransaction, type Db } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { findPublicCluster, type ScreenChannel } from '../queries/getClusterPage.js';
import { screenerOf, type ScreenerView } from '../queries/getScreener.js';
import { screenAnswers, type AnswerProblem } from '../screener/answers.js';
import { sealChecklistLink } from '../screener/links.js';

export type StartedChecklist =
  | {
      started: true;
      key: string;
      /** The cluster's slugs, to address the checklist by name. */
      slug: { en: string; fr: string };
      /** The sealed answers: the personal checklist's own address, nothing of it readable. */
      token: string;
    }
  | {
      started: false;
      /** The screener to ask again, with what was given and what is wrong with it. */
      screener: ScreenerView;
      values: Record<string, unknown>;
      problems: AnswerProblem[];
    };

/**
 * Reads screener answers and, when they hold, seals them into the link of a personal checklist and
 * records the start on the person's channel, in one transaction. Nothing about the person is stored.
 */
export async function startChecklist(
  db: Db,
  input: { key?: string; slug?: string; lang: Lang; values: Record<string, unknown>; channel: ScreenChannel },
): Promise<StartedChecklist> {
  const cluster = await findPublicCluster(db, input);
  const screener = screenerOf(cluster, input.lang);
  const screened = screenAnswers(cluster.definition.screener, input.values);
  if (screened.problems.length > 0)
    return { started: false, screener, values: input.values, problems: screened.problems };
  return withTransaction(db, async (tx) => {
    const token = await sealChecklistLink(tx, {
      key: cluster.key,
      version: cluster.version,
      answers: screened.answers,
    });
    await recordInteraction(tx, {
      channel: input.channel,
      kind: 'start',
      lang: input.lang,
      cluster_key: cluster.key,
      outcome: 'checklist',
    });
    return { started: true as const, key: cluster.key, slug: screener.slug, token };
  });
}
