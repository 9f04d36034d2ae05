import { z } from 'zod';
import { INTERACTION_CHANNELS } from '../measurement/index.js';

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

/** The channels interactions are recorded on, as a dashboard filter. */
export const DASHBOARD_CHANNELS = INTERACTION_CHANNELS;

/**
 * A dashboard's filters: the cluster, the period's first and last days (both counted), a channel and a
 * partner. The period defaults to the last twelve months up to today.
 */
export const DashboardQuery = z
  .object({
    cluster: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A cluster key such as having-a-baby')
      .max(100),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    channel: z
      .enum(DASHBOARD_CHANNELS, { error: `The channel must be one of: ${DASHBOARD_CHANNELS.join(', ')}` })
      .optional(),
    partner: z.string().max(100).optional(),
  })
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
export type DashboardQuery = z.input<typeof DashboardQuery>;

/** A public performance page's period: first and last days, both optional (the last twelve months). */
export const PerformanceQuery = z
  .object({ from: IsoDay.optional(), to: IsoDay.optional() })
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

const ClusterKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A cluster key such as having-a-baby')
  .max(100);

/** A pilot evaluation: the cluster only; its periods follow from the cluster's pilot and today. */
export const PilotEvaluationQuery = z.object({ cluster: ClusterKey });
export type PilotEvaluationQuery = z.input<typeof PilotEvaluationQuery>;

/** A business case: the cluster and the period's first and last days (the last twelve months by default). */
export const BusinessCaseQuery = z
  .object({ cluster: ClusterKey, from: IsoDay.optional(), to: IsoDay.optional() })
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
export type BusinessCaseQuery = z.input<typeof BusinessCaseQuery>;
