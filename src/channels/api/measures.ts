/** GET /api/v1/measures/summary: the results framework's measures of published service data (DESIGN.md contract). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPublishedServiceSummary, PublishedSummaryQuery } from '../../domains/insights/index.js';
import { ErrorResponse } from './hsds/schema.js';

export const MeasuresSummaryQuerySchema = z.object({
  source: PublishedSummaryQuery.shape.source.meta({
    description: 'Where the figures were published: gc-service-inventory (the GC Service Inventory).',
  }),
  fiscal_year: PublishedSummaryQuery.shape.fiscalYear.meta({
    description: 'The fiscal year, April to March, written YYYY-YYYY (e.g. 2023-2024).',
  }),
  scope: PublishedSummaryQuery.shape.scope.meta({
    description:
      'external (default): services whose scope includes EXTERN, those serving people and businesses; all: every service.',
  }),
});

const count = (description: string) => z.number().int().min(0).meta({ description });

export const MeasuresSummarySchema = z.object({
  services: count('Services with figures that year, in scope.'),
  organisations: count('Departments and agencies those services belong to.'),
  applications_total: count('Applications on every channel: the sum of applications_by_channel.'),
  applications_by_channel: z
    .object({
      online: count('Applications online.'),
      phone: count('Applications by telephone (not enquiries).'),
      in_person: count('Applications in person.'),
      mail: count('Applications by mail.'),
      email: count('Applications by email.'),
      fax: count('Applications by fax.'),
      other: count('Applications on other channels.'),
    })
    .meta({
      description:
        'Each application counted once, in its channel; an empty, ND (no data) or NA (not applicable) cell counts as nothing.',
    }),
  online_share: z.number().min(0).max(1).nullable().meta({
    description: 'applications_by_channel.online / applications_total; null when no application was counted.',
  }),
  phone_enquiries: count('Telephone enquiries (calls), apart from applications by telephone.'),
  standards_total: count(
    'Service standards of that year belonging to a service in scope, whatever their result.',
  ),
  standards_met: count('Those whose target was met that year (target_met = Y).'),
});

export async function measuresRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/measures/summary',
    {
      schema: {
        tags: ['Measures'],
        summary: 'Published service data, summarised',
        description:
          'Government-wide measures of one fiscal year from published service data — volumes by channel, online ' +
          'share, telephone enquiries and service standards met — computed the same way as every other measure ' +
          'of the results framework. A year the source has no figures for answers 404, naming the years it has.',
        querystring: MeasuresSummaryQuerySchema,
        response: { 200: MeasuresSummarySchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const summary = await getPublishedServiceSummary(app.deps.db, {
        source: request.query.source,
        fiscalYear: request.query.fiscal_year,
        scope: request.query.scope,
      });
      return {
        services: summary.services,
        organisations: summary.organisations,
        applications_total: summary.applicationsTotal,
        applications_by_channel: summary.applicationsByChannel,
        online_share: summary.onlineShare,
        phone_enquiries: summary.phoneEnquiries,
        standards_total: summary.standardsTotal,
        standards_met: summary.standardsMet,
      };
    },
  );
}
