import type { FastifyInstance } from 'fastify';
import { clusterRoutes } from './clusters.js';
import { clusterGovernanceRoutes } from './clusterGovernance.js';
import { hsdsRoutes } from './hsds/index.js';
import { measuresRoutes } from './measures.js';
import { partnershipRoutes } from './partnerships.js';
import { recordRoutes } from './records.js';
import { searchRoutes } from './search.js';
import { PUBLIC_CACHE } from '../http/caching.js';

/** The JSON API under /api/v1. */
export async function apiRoutes(app: FastifyInstance): Promise<void> {
  app.get('/openapi.json', { schema: { hide: true }, config: PUBLIC_CACHE }, async () => app.swagger());
  await app.register(hsdsRoutes);
  await app.register(searchRoutes);
  await app.register(clusterRoutes);
  await app.register(recordRoutes);
  await app.register(partnershipRoutes);
  await app.register(clusterGovernanceRoutes);
  await app.register(measuresRoutes);
}
