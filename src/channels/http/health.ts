import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { isMigrated } from '../../platform/db/index.js';

/** Liveness answers while the process lives; readiness once the database answers and is migrated. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.deps.db);
      if (!(await isMigrated(app.deps.db))) {
        return reply.status(503).send({ status: 'migrating', database: app.deps.dbKind });
      }
      return { status: 'ready', database: app.deps.dbKind };
    } catch {
      return reply.status(503).send({ status: 'database unavailable', database: app.deps.dbKind });
    }
  });
}
