/** GET /api/v1/measures/summary: the results framework's measures of published service data (DESIGN.md contract). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DASHBOARD_CHANNELS,
  getClusterPerformance,
  getPublishedServiceResults,
  getPublishedServiceSummary,
  PublishedSummaryQuery,
} from '../../domains/insights/index.js';
import { ErrorResponse } from './hsds/schema.js';
import { PUBLIC_CACHE } from '../http/caching.js';

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

const share = (description: string) => z.number().min(0).max(1).nullable().meta({ description });
const stage = z.enum(['Y', 'N', 'NA']).nullable();

export const ServiceResultsSchema = z.object({
  service_id: z.uuid(),
  source: z.literal('gc-service-inventory'),
  years: z
    .array(
      z.object({
        fiscal_year: z.string().meta({ description: 'April to March, YYYY-YYYY.' }),
        applications_total: count('The sum of applications_by_channel.'),
        applications_by_channel: MeasuresSummarySchema.shape.applications_by_channel,
        online_share: share('Online applications over all applications; null when none was counted.'),
        phone_enquiries: z.number().int().min(0).nullable().meta({ description: 'Null when not published.' }),
        online_stages: z
          .object({
            registration: stage,
            authentication: stage,
            application: stage,
            decision: stage,
            issuance: stage,
            feedback: stage,
          })
          .meta({
            description: 'Whether each stage can be done online: Y, N, NA, or null when not published.',
          }),
        standards: z.array(
          z.object({
            standard_id: z.uuid(),
            target: share('The target, as a share of cases.'),
            performance: share('The share of cases that met the standard that year.'),
            target_met: stage,
          }),
        ),
      }),
    )
    .meta({
      description: 'Every fiscal year published, newest first; empty when the department publishes none.',
    }),
});

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'A day, YYYY-MM-DD.' });

const publicMeasures = {
  transactions: count(
    'Transactions: completed online, referred, or served by telephone, in person or by mail.',
  ),
  self_serve_share: share(
    'Transactions on the web, at a kiosk, by automated telephone or the API, over all.',
  ),
  completion_rate: share('Online transactions completed over those started.'),
  satisfied_share: share('Survey answers of 4 or 5 out of 5 for overall satisfaction, over all answers.'),
  satisfaction_responses: count('Survey answers.'),
  cost_per_transaction: z.number().min(0).nullable().meta({
    description:
      'Partners’ unit costs by channel times transactions, over the transactions that had one (CAD).',
  }),
};

export const ClusterPerformanceSchema = z.object({
  cluster: z.string().meta({ description: 'The cluster’s key.' }),
  from: day,
  to: day,
  generated_share: share('Share of the interactions made by the activity generator (demonstration data).'),
  totals: z.object(publicMeasures),
  months: z.array(z.object({ month: day, ...publicMeasures })),
  channels: z.array(z.object({ channel: z.enum(DASHBOARD_CHANNELS), transactions: count('Transactions.') })),
  refreshed_at: z
    .string()
    .nullable()
    .meta({ description: 'When the figures last took in new interactions.' }),
});

function toPublicMeasures(measures: {
  transactions: number;
  selfServeShare: number | null;
  completionRate: number | null;
  satisfiedShare: number | null;
  satisfactionResponses: number;
  costPerTransaction: number | null;
}) {
  return {
    transactions: measures.transactions,
    self_serve_share: measures.selfServeShare,
    completion_rate: measures.completionRate,
    satisfied_share: measures.satisfiedShare,
    satisfaction_responses: measures.satisfactionResponses,
    cost_per_transaction: measures.costPerTransaction,
  };
}

export async function measuresRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/measures/summary',
    {
      config: PUBLIC_CACHE,
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
  app.get(
    '/measures/clusters/:key',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags: ['Measures'],
        summary: 'A cluster’s performance',
        description:
          'The public measures of one cluster over a period (the last twelve months by default): volume, ' +
          'self-service share (digital take-up), completion, satisfaction and cost per transaction, month by ' +
          'month and by channel. A cluster that is not public answers 404; a reversed period 400.',
        params: z.object({
          key: z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
            .max(100),
        }),
        querystring: z.object({ from: day.optional(), to: day.optional() }),
        response: { 200: ClusterPerformanceSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const performance = await getClusterPerformance(app.deps.db, {
        key: request.params.key,
        ...(request.query.from ? { from: request.query.from } : {}),
        ...(request.query.to ? { to: request.query.to } : {}),
        today: new Date().toISOString().slice(0, 10),
      });
      return {
        cluster: performance.cluster.key,
        from: performance.period.from,
        to: performance.period.to,
        generated_share: performance.generatedShare,
        totals: toPublicMeasures(performance.totals),
        months: performance.byMonth.map(({ month, ...measures }) => ({
          month,
          ...toPublicMeasures(measures),
        })),
        channels: performance.byChannel,
        refreshed_at: performance.refreshedAt?.toISOString() ?? null,
      };
    },
  );
  app.get(
    '/measures/services/:id',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags: ['Measures'],
        summary: 'A service’s published results',
        description:
          'The figures a service’s department published (the GC Service Inventory), every fiscal year, newest ' +
          'first: applications by channel, online share, telephone enquiries, online stages and each standard’s ' +
          'result. A figure not published is null, never 0.',
        params: z.object({ id: z.uuid() }),
        response: { 200: ServiceResultsSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const results = await getPublishedServiceResults(app.deps.db, request.params.id);
      return {
        service_id: results.serviceId,
        source: results.source,
        years: results.years.map((year) => ({
          fiscal_year: year.fiscalYear,
          applications_total: year.applicationsTotal,
          applications_by_channel: year.applicationsByChannel,
          online_share: year.onlineShare,
          phone_enquiries: year.phoneEnquiries,
          online_stages: year.onlineStages,
          standards: year.standardResults.map((result) => ({
            standard_id: result.standardId,
            target: result.target,
            performance: result.performance,
            target_met: result.targetMet,
          })),
        })),
      };
    },
  );
}
