import type { FastifyInstance } from 'fastify';
import { createApp, type AppDeps } from '../app.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The whole application on a fresh database, without a port, for `app.inject()`. */
export async function createTestApp(
  options: Pick<
    AppDeps,
    | 'mailer'
    | 'publicUrl'
    | 'oidc'
    | 'demoData'
    | 'production'
    | 'trustProxy'
    | 'rateLimit'
    | 'publicCacheSeconds'
    | 'metricsToken'
    | 'maxInFlight'
  > = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp({
    db: database.db,
    dbKind: database.kind,
    logger: false,
    rateLimit: 100_000,
    ...options,
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
