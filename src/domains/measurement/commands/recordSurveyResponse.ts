import { z } from 'zod';
import type { Db, Tx } from '../../../platform/db/index.js';
import { withTransaction } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { redactPersonalData } from '../redactPersonalData.js';
import type { SurveyResponseTable } from '../../../platform/db/schema.js';
import {
  INTERACTION_CHANNELS,
  SURVEY_COMMENT_MAX,
  SURVEY_DRIVERS,
  SurveyAnswers,
  type SurveyDriver,
} from '../schemas.js';
import { recordInteraction } from './recordInteraction.js';

type Score = SurveyResponseTable['overall'];

const SurveyResponseInput = z.object({
  channel: z.enum(INTERACTION_CHANNELS),
  lang: z.enum(['en', 'fr']),
  cluster_key: z.string().max(200).nullish(),
  service_id: z.string().max(200).nullish(),
  organization_id: z.string().max(200).nullish(),
  session_id: z.string().max(128).nullish(),
  /** Non-personal facts about where the survey was answered, such as the page it was about. */
  detail: z.record(z.string(), z.unknown()).nullish(),
  answers: SurveyAnswers,
});

export type SurveyResponseInput = z.input<typeof SurveyResponseInput>;

/** The outcome of a survey interaction: the questions were answered. */
export const SURVEY_ANSWERED = 'answered';

/**
 * Records a satisfaction survey answered on any channel: a `survey` interaction and its answers, in one
 * transaction, so neither is ever counted without the other. The comment is stored with personal data
 * replaced by a marker; answers out of range are refused with a ValidationError and nothing is written.
 */
export async function recordSurveyResponse(
  db: Tx | Db,
  input: SurveyResponseInput,
): Promise<{ interactionId: number }> {
  const value = parseInput(SurveyResponseInput, input, 'Invalid survey response');
  const { answers } = value;
  const comment = answers.comment ? storedComment(answers.comment, value.lang) : null;
  return withTransaction(db, async (tx) => {
    const interactionId = await recordInteraction(tx, {
      channel: value.channel,
      kind: 'survey',
      outcome: SURVEY_ANSWERED,
      lang: value.lang,
      cluster_key: value.cluster_key ?? null,
      service_id: value.service_id ?? null,
      organization_id: value.organization_id ?? null,
      session_id: value.session_id ?? null,
      detail: value.detail ?? null,
    });
    const drivers = Object.fromEntries(
      SURVEY_DRIVERS.map((driver) => [driver, (answers[driver] ?? null) as Score | null]),
    ) as Record<SurveyDriver, Score | null>;
    await tx
      .insertInto('survey_response')
      .values({
        interaction_id: interactionId,
        // The schema held each score to an integer from 1 to 5.
        overall: answers.overall as Score,
        ...drivers,
        preferred_channel: answers.preferred_channel ?? null,
        comment,
      })
      .execute();
    return { interactionId };
  });
}

/**
 * The comment as kept: redacted, then cut to the column's limit, since a marker can be longer than
 * what it replaces. Counted in code points, as PostgreSQL counts characters.
 */
function storedComment(comment: string, lang: 'en' | 'fr'): string | null {
  const redacted = Array.from(redactPersonalData(comment, lang)).slice(0, SURVEY_COMMENT_MAX).join('');
  return redacted.trim() || null;
}
