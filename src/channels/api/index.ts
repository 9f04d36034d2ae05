import type { FastifyInstance } from 'fastify';
import { hsdsRoutes } from './hsds/index.js';

/** The JSON API under /api/v1. */
export async function apiRoutes(app: FastifyInstance): Promise<void> {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(hsdsRoutes);
}
