/** Read API for public clusters: what other channels and partners render. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CLUSTER_KINDS, getClusterDefinition, listPublicClusters } from '../../domains/clusters/index.js';
import { clusterPath } from '../http/paths.js';
import { ErrorResponse } from './hsds/schema.js';

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

const publicStatus = (status: string) =>
  (status === 'pilot' ? 'pilot' : 'production') as 'pilot' | 'production';

export async function clusterRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Clusters'];

  app.get(
    '/clusters',
    {
      schema: {
        tags,
        summary: 'List public clusters',
        description: 'Pilot and production clusters: life events, business events and client groups.',
        querystring: z.object({ kind: z.enum(CLUSTER_KINDS).optional() }),
        response: { 200: z.object({ clusters: z.array(ClusterLine) }), 400: ErrorResponse },
      },
    },
    async (request) => {
      const clusters = await listPublicClusters(app.deps.db, { kind: request.query.kind });
      return {
        clusters: clusters.map((cluster) => ({
          ...cluster,
          status: publicStatus(cluster.status),
          url: { en: clusterPath('en', cluster.slug.en), fr: clusterPath('fr', cluster.slug.fr) },
        })),
      };
    },
  );

  app.get(
    '/clusters/:key',
    {
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
      const d = cluster.definition;
      return {
        key: cluster.key,
        kind: cluster.kind,
        status: publicStatus(cluster.status),
        pilot_ends_on: cluster.pilot_ends_on,
        title: d.title,
        summary: d.summary,
        url: { en: clusterPath('en', d.slug.en), fr: clusterPath('fr', d.slug.fr) },
        version: cluster.version,
        published_at: cluster.published_at.toISOString(),
        definition: d as unknown as Record<string, unknown>,
      };
    },
  );
}
