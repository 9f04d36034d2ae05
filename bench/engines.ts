/** The databases a bench runs on: a fresh PostgreSQL database per run, or an in-memory PGlite. */
import pg from 'pg';
import { connectDatabase, migrateToLatest, type DatabaseHandle } from '../src/platform/db/index.js';
import { createTestDatabase } from '../src/testing/db.js';

export type Engine = 'postgres' | 'pglite';

/** A new, empty database on the server of `adminUrl`; `drop` removes it. */
export async function freshPostgres(
  adminUrl: string,
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A migrated, empty database on the engine; on PostgreSQL, `drop` removes it after `close`. */
export async function openEngine(
  engine: Engine,
  adminUrl: string,
  prefix: string,
): Promise<DatabaseHandle & { drop?: () => Promise<void> }> {
  if (engine === 'pglite') return createTestDatabase();
  const target = await freshPostgres(adminUrl, prefix);
  const handle = await connectDatabase({ databaseUrl: target.url, dataDir: '' });
  await migrateToLatest(handle.db);
  return { ...handle, drop: target.drop };
}
