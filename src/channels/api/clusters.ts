/** Read API for public clusters: what other channels and partners render. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CLUSTER_KINDS,
  getClusterDefinition,
  listClustersInBothLanguages,
  type BilingualClusterView,
} from '../../domains/clusters/index.js';
import { clusterPath } from '../http/paths.js';
import { ErrorResponse } from './hsds/schema.js';
import { PUBLIC_CACHE } from '../http/caching.js';

const Text = z.object({ en: z.string(), fr: z.string() });
const ClusterLine = z.object({
  key: z.string(),
  kind: z.enum(CLUSTER_KINDS),
  status: z.enum(['pilot', 'production']),
  pilot_ends_on: z.string().nullable(),
  title: Text,
  summary: Text,
  url: Text.meta({ description: 'The cluster page in each language.' }),
});
const ClusterDetail = ClusterLine.extend({
  version: z.number().int(),
  published_at: z.string(),
  definition: z.record(z.string(), z.unknown()).meta({
    description:
      'The published definition: stages, steps (service ids, responsible partner, optional, alternatives, JSON Logic rules) and screener.',
  }),
});

/** A list line as the API has always answered it: snake case, with the page's address in each language. */
const clusterLine = (cluster: BilingualClusterView) => ({
  key: cluster.key,
  kind: cluster.kind,
  status: cluster.status,
  pilot_ends_on: cluster.pilotEndsOn,
  title: cluster.title,
  summary: cluster.summary,
  url: { en: clusterPath('en', cluster.slug.en), fr: clusterPath('fr', cluster.slug.fr) },
});

export async function clusterRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Clusters'];

  app.get(
    '/clusters',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'List public clusters',
        description: 'Pilot and production clusters: life events, business events and client groups.',
        querystring: z.object({ kind: z.enum(CLUSTER_KINDS).optional() }),
        response: { 200: z.object({ clusters: z.array(ClusterLine) }), 400: ErrorResponse },
      },
    },
    async (request) => {
      const { clusters } = await listClustersInBothLanguages(app.deps.db, {
        kind: request.query.kind,
        channel: 'api',
      });
      return { clusters: clusters.map(clusterLine) };
    },
  );

  app.get(
    '/clusters/:key',
    {
      config: PUBLIC_CACHE,
      schema: {
        tags,
        summary: 'Get a public cluster',
        description: 'The published version of a pilot or production cluster, by its stable key.',
        params: z.object({ key: z.string().max(80) }),
        response: { 200: ClusterDetail, 404: ErrorResponse, 400: ErrorResponse },
      },
    },
    async (request) => {
      const cluster = await getClusterDefinition(app.deps.db, { key: request.params.key, channel: 'api' });
      return {
        ...clusterLine(cluster),
        version: cluster.version,
        published_at: cluster.publishedAt.toISOString(),
        definition: cluster.definition,
      };
    },
  );
}
