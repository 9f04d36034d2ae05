import { z } from 'zod';
import { PREFERABLE_CHANNELS, SURVEY_DRIVERS, SurveyAnswers } from '../../../../domains/measurement/index.js';
import { SITE_PAGE } from '../feedback/schema.js';

/** The page a survey is about: a page of this site only, so the way back is never an open redirect. */
const SurveyedPage = z.string().max(300).regex(SITE_PAGE);

/** `?page=` the page asked about, `?sent=1` once the answers are in; anything else is neither. */
export const SatisfactionQuery = z.object({
  page: SurveyedPage.optional().catch(undefined),
  sent: z.literal('1').optional().catch(undefined),
});

/** An unanswered radio group or an empty box is no answer. */
const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
/** A score arrives as text; digits become the number the domain checks, anything else stays to be refused. */
const asScore = (value: unknown) => {
  const given = blank(value);
  return typeof given === 'string' && /^\d{1,2}$/.test(given) ? Number(given) : given;
};
const score = <S extends z.ZodType>(schema: S) => z.preprocess(asScore, schema);

/**
 * The survey as the form sends it, every limit the domain's (`SurveyAnswers`); the channels offered
 * are the ones a person can be served on. A page elsewhere is none.
 */
export const SatisfactionForm = z.object({
  page: SurveyedPage.optional().catch(undefined),
  overall: score(SurveyAnswers.shape.overall),
  timeliness: score(SurveyAnswers.shape.timeliness),
  knowledge: score(SurveyAnswers.shape.knowledge),
  courtesy: score(SurveyAnswers.shape.courtesy),
  fairness: score(SurveyAnswers.shape.fairness),
  outcome: score(SurveyAnswers.shape.outcome),
  preferred_channel: z.preprocess(blank, z.enum(PREFERABLE_CHANNELS).optional()),
  comment: z.preprocess(blank, SurveyAnswers.shape.comment),
});

export type SatisfactionField = Exclude<keyof z.output<typeof SatisfactionForm>, 'page'>;

/** The survey's questions in the order the form asks them. */
export const SURVEY_FIELDS = [
  'overall',
  ...SURVEY_DRIVERS,
  'preferred_channel',
  'comment',
] as const satisfies readonly SatisfactionField[];
