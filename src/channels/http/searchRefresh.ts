import type { FastifyRequest } from 'fastify';
import { reindexServices } from '../../domains/search/index.js';

/**
 * Refreshes a published service in the need-search index. The publication is already committed; a
 * failure here is logged, not shown, because the next full reindex (`stitch search reindex`) repairs it.
 */
export async function refreshSearch(request: FastifyRequest, serviceId: string): Promise<void> {
  try {
    await reindexServices(request.server.deps.db, [serviceId]);
  } catch (error) {
    request.log.warn({ err: error, serviceId }, 'search index not refreshed after publication');
  }
}
