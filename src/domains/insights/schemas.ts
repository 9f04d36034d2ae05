import { z } from 'zod';
import { INTERACTION_CHANNELS } from '../measurement/index.js';
import { LocalizedTextSchema } from '../../platform/i18n/index.js';

/** Sources of published service data the framework reads. */
export const PUBLISHED_SOURCES = ['gc-service-inventory'] as const;

/** Which services a published-data measure counts: those serving people outside government, or all. */
export const SCOPES = ['external', 'all'] as const;

export const FiscalYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'A fiscal year is written YYYY-YYYY, e.g. 2023-2024')
  .refine((year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1, {
    message: 'A fiscal year spans two consecutive years, e.g. 2023-2024',
  });

export const PublishedSummaryQuery = z.object({
  source: z.enum(PUBLISHED_SOURCES, { error: `The source must be one of: ${PUBLISHED_SOURCES.join(', ')}` }),
  fiscalYear: FiscalYear,
  scope: z.enum(SCOPES, { error: `The scope must be one of: ${SCOPES.join(', ')}` }).default('external'),
});
export type PublishedSummaryQuery = z.input<typeof PublishedSummaryQuery>;

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is written YYYY-MM-DD')
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
      new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'Not a day of the calendar',
  );

/** The longest period a dashboard adds up: five years of days. */
export const MAX_PERIOD_DAYS = 5 * 366;

/** A period's rules: its last day is not before its first, and it spans at most five years. */
function withPeriodRules<T extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(
  schema: T,
) {
  return schema
    .refine((query) => !query.from || !query.to || query.from <= query.to, {
      message: 'The period ends before it starts',
      path: ['to'],
    })
    .refine(
      (query) =>
        !query.from ||
        !query.to ||
        Date.parse(query.to) - Date.parse(query.from) <= MAX_PERIOD_DAYS * 86_400_000,
      { message: 'A period is at most five years', path: ['to'] },
    );
}

const ClusterKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A cluster key such as having-a-baby')
  .max(100);

/** The channels interactions are recorded on, as a dashboard filter. */
export const DASHBOARD_CHANNELS = INTERACTION_CHANNELS;

/**
 * A dashboard's filters: the cluster, the period's first and last days (both counted), a channel and a
 * partner. The period defaults to the last twelve months up to today.
 */
export const DashboardQuery = withPeriodRules(
  z.object({
    cluster: ClusterKey,
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    channel: z
      .enum(DASHBOARD_CHANNELS, { error: `The channel must be one of: ${DASHBOARD_CHANNELS.join(', ')}` })
      .optional(),
    partner: z.string().max(100).optional(),
  }),
);
export type DashboardQuery = z.input<typeof DashboardQuery>;

/** A public performance page's period: first and last days, both optional (the last twelve months). */
export const PerformanceQuery = withPeriodRules(z.object({ from: IsoDay.optional(), to: IsoDay.optional() }));

/** The government-wide or department view's filters: an organisation, the period, a channel. */
export const OverviewQuery = withPeriodRules(
  z.object({
    organization: z.string().max(100).optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    channel: z
      .enum(DASHBOARD_CHANNELS, { error: `The channel must be one of: ${DASHBOARD_CHANNELS.join(', ')}` })
      .optional(),
  }),
);

/** A pilot evaluation: the cluster only; its periods follow from the cluster's pilot and today. */
export const PilotEvaluationQuery = z.object({ cluster: ClusterKey });
export type PilotEvaluationQuery = z.input<typeof PilotEvaluationQuery>;

/** A business case: the cluster and the period's first and last days (the last twelve months by default). */
export const BusinessCaseQuery = withPeriodRules(
  z.object({ cluster: ClusterKey, from: IsoDay.optional(), to: IsoDay.optional() }),
);

// ─── A cluster's own results indicators ──────────────────────────────────────────────────────────────

export const INDICATOR_UNITS = ['count', 'percent', 'days', 'dollars'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** The longest texts an indicator keeps, per language. */
export const INDICATOR_LIMITS = { key: 60, name: 150, description: 1000, note: 500 } as const;

/**
 * Rules an indicator or a value can break besides a field's own shape. Channels recognise them by these
 * messages to word them in the person's language; the messages themselves are for logs and the API.
 */
export const INDICATOR_RULES = {
  targetAfterBaseline: 'The target day comes after the baseline day',
  towardsTarget: 'The target lies in the direction the indicator should move from its baseline',
  percentRange: 'A percentage is between 0 and 100',
  notNegative: 'The value cannot be negative',
  wholeCount: 'A count is a whole number',
  beforeBaseline: 'A value is measured on or after the indicator’s baseline day',
  inTheFuture: 'A value is measured on a day that has passed',
  valuesBeforeBaseline: 'Values are recorded before this baseline day',
  valuesOutOfRange: 'Values already recorded do not fit this unit',
} as const;

const text = (max: number) =>
  z.object({
    en: LocalizedTextSchema.shape.en.max(max, `At most ${max} characters`),
    fr: LocalizedTextSchema.shape.fr.max(max, `At most ${max} characters`),
  });

export const IndicatorKey = z
  .string({ error: 'An indicator key such as compliant-employer-accounts' })
  .trim()
  .min(1, 'An indicator key such as compliant-employer-accounts')
  .max(INDICATOR_LIMITS.key, `At most ${INDICATOR_LIMITS.key} characters`)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Lower-case letters, digits and hyphens, e.g. compliant-employer-accounts',
  );

const Amount = z.number({ error: 'A number is required' });

/** A value's problem for the unit it is counted in, or undefined when it fits. */
export function unitProblem(unit: IndicatorUnit, value: number): string | undefined {
  if (value < 0) return INDICATOR_RULES.notNegative;
  if (unit === 'percent' && value > 100) return INDICATOR_RULES.percentRange;
  if (unit === 'count' && !Number.isInteger(value)) return INDICATOR_RULES.wholeCount;
  return undefined;
}

/**
 * An indicator as its cluster's partnership defines it: what it counts, in which unit, which way is
 * better, where it started (baseline) and where it should be by when (target).
 */
export const IndicatorInput = z
  .object({
    cluster: ClusterKey,
    key: IndicatorKey,
    name: text(INDICATOR_LIMITS.name),
    description: text(INDICATOR_LIMITS.description).nullish(),
    unit: z.enum(INDICATOR_UNITS, { error: `The unit must be one of: ${INDICATOR_UNITS.join(', ')}` }),
    direction: z.enum(INDICATOR_DIRECTIONS, {
      error: `The direction must be one of: ${INDICATOR_DIRECTIONS.join(', ')}`,
    }),
    baseline_value: Amount,
    baseline_on: IsoDay,
    target_value: Amount,
    target_on: IsoDay,
  })
  .superRefine((input, context) => {
    for (const field of ['baseline_value', 'target_value'] as const) {
      const problem = unitProblem(input.unit, input[field]);
      if (problem) context.addIssue({ code: 'custom', path: [field], message: problem });
    }
    if (input.target_on <= input.baseline_on)
      context.addIssue({ code: 'custom', path: ['target_on'], message: INDICATOR_RULES.targetAfterBaseline });
    // A target equal to the baseline, or on the wrong side of it, would make progress meaningless.
    const rise = input.target_value - input.baseline_value;
    if (input.direction === 'increase' ? rise <= 0 : rise >= 0)
      context.addIssue({ code: 'custom', path: ['target_value'], message: INDICATOR_RULES.towardsTarget });
  });
export type IndicatorInput = z.input<typeof IndicatorInput>;
export type Indicator = z.output<typeof IndicatorInput>;

/** Names one indicator of a cluster. */
export const IndicatorRef = z.object({ cluster: ClusterKey, key: IndicatorKey });
export type IndicatorRef = z.input<typeof IndicatorRef>;

/** The value of an indicator on one day, with a note on how it was measured. */
export const IndicatorValueInput = IndicatorRef.extend({
  measured_on: IsoDay,
  value: Amount,
  note: text(INDICATOR_LIMITS.note).nullish(),
});
export type IndicatorValueInput = z.input<typeof IndicatorValueInput>;

/** One recorded value: the indicator and its day. */
export const IndicatorValueRef = IndicatorRef.extend({ measured_on: IsoDay });
export type IndicatorValueRef = z.input<typeof IndicatorValueRef>;

export type BusinessCaseQuery = z.input<typeof BusinessCaseQuery>;
