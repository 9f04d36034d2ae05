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

/** The catalog's channel kinds, the channels a service can offer and the activity generator can use. */
export const SERVICE_CHANNELS = ['web', 'phone', 'walk_in', 'kiosk', 'mail', 'email'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'not a date');

/**
 * What the activity generator covers: each service with its partner, the public clusters it belongs to
 * and the channels it offers (the caller reads them from the catalog and the clusters, since measurement
 * imports no other domain), and the clusters whose services are delivered together (tell us once).
 * The period is `from` to `to` (excluded; by default the last 24 months up to today); `events` is a
 * target, met within a few percent; the same `seed` and input write the same events.
 */
export const ActivityInput = z
  .object({
    services: z
      .array(
        z.object({
          id: z.string().min(1).max(200),
          organization_id: z.string().min(1).max(200),
          cluster_keys: z.array(z.string().min(1).max(200)).max(100).default([]),
          channels: z.array(z.enum(SERVICE_CHANNELS)).min(1),
        }),
      )
      .min(1)
      .max(200_000),
    tell_us_once: z.array(z.string().min(1).max(200)).max(1000).default([]),
    from: isoDate.optional(),
    to: isoDate.optional(),
    events: z.number().int().min(1).max(200_000_000).default(100_000),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
  })
  .refine((input) => !input.from || !input.to || input.from < input.to, {
    message: '`from` must come before `to`',
    path: ['from'],
  });

export type ActivityInput = z.input<typeof ActivityInput>;
