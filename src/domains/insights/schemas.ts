import { z } from 'zod';

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
