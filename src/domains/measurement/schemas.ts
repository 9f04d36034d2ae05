import { z } from 'zod';

export const INTERACTION_CHANNELS = [
  'web',
  'phone',
  'ivr',
  'walk_in',
  'kiosk',
  'mail',
  'email',
  'agent',
  'api',
] as const;
export const INTERACTION_KINDS = [
  'search',
  'view',
  'start',
  'complete',
  'abandon',
  'referral',
  'call',
  'visit',
  'mail_in',
  'survey',
  'feedback',
] as const;

/**
 * The kinds that end a transaction, each transaction counted once: completed online, referred to a
 * partner, or served by telephone, at a counter or by mail. A start and an abandon are steps of a web
 * transaction (they measure completion); views, searches, surveys and feedback give or ask information.
 */
export const TRANSACTION_KINDS = [
  'complete',
  'referral',
  'call',
  'visit',
  'mail_in',
] as const satisfies readonly (typeof INTERACTION_KINDS)[number][];

/**
 * One interaction on any channel. `session_id` is pseudonymous (a random or hashed token, never a
 * name, email or address); `detail` holds non-personal facts such as a result count.
 */
export const InteractionInput = z.object({
  channel: z.enum(INTERACTION_CHANNELS),
  kind: z.enum(INTERACTION_KINDS),
  occurred_at: z.date().optional(),
  cluster_key: z.string().max(200).nullish(),
  service_id: z.string().max(200).nullish(),
  organization_id: z.string().max(200).nullish(),
  outcome: z.string().max(100).nullish(),
  duration_ms: z.number().int().nonnegative().nullish(),
  session_id: z.string().max(128).nullish(),
  lang: z.enum(['en', 'fr']).nullish(),
  detail: z.record(z.string(), z.unknown()).nullish(),
});

export type InteractionInput = z.input<typeof InteractionInput>;

/**
 * The five drivers of satisfaction of the Common Measurements Tool, asked after the overall question:
 * the time it took, staff knowledge and competence, courtesy, fair treatment, and getting what was needed.
 */
export const SURVEY_DRIVERS = ['timeliness', 'knowledge', 'courtesy', 'fairness', 'outcome'] as const;
export type SurveyDriver = (typeof SURVEY_DRIVERS)[number];

/** The channels a person can be served on, offered when a survey asks which they would have preferred. */
export const PREFERABLE_CHANNELS = [
  'web',
  'phone',
  'walk_in',
  'kiosk',
  'mail',
  'email',
] as const satisfies readonly (typeof INTERACTION_CHANNELS)[number][];

export const SURVEY_COMMENT_MAX = 2000;

/** One answer on the five-point scale, 1 very dissatisfied to 5 very satisfied. */
export const SurveyScore = z.number().int().min(1).max(5);

/** A satisfaction survey's answers: overall is required, each driver may not apply. */
export const SurveyAnswers = z.object({
  overall: SurveyScore,
  timeliness: SurveyScore.optional(),
  knowledge: SurveyScore.optional(),
  courtesy: SurveyScore.optional(),
  fairness: SurveyScore.optional(),
  outcome: SurveyScore.optional(),
  preferred_channel: z.enum(INTERACTION_CHANNELS).optional(),
  comment: z.string().trim().max(SURVEY_COMMENT_MAX).optional(),
});

export type SurveyAnswers = z.input<typeof SurveyAnswers>;
