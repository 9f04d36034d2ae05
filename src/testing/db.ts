import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { connectDatabase, pgliteParsers, type DatabaseHandle } from '../platform/db/connect.js';
import type { Database } from '../platform/db/schema.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { poolKeepingPlans } from '../platform/db/prepared.js';

/**
 * Where database tests run. `STITCH_TEST_DATABASE_URL` names a PostgreSQL server (an admin connection,
 * e.g. postgresql://postgres@127.0.0.1:5432/postgres): each test database is created fresh there and
 * dropped afterwards. Without it, tests use PGlite restored from a migrated template.
 */
export const TEST_SERVER_URL = process.env.STITCH_TEST_DATABASE_URL || undefined;

let template: Promise<Blob> | undefined;

async function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const pglite = await PGlite.create({ extensions: { unaccent, pg_trgm }, parsers: pgliteParsers });
    const handle = await connectDatabase({ dataDir: '', pglite });
    await migrateToLatest(handle.db);
    const dump = await pglite.dumpDataDir('none');
    await handle.close();
    return dump;
  })();
  return template;
}

export interface TestDatabase extends DatabaseHandle {
  /** Name of the PostgreSQL database, when the test runs against a server. */
  name?: string;
}

/** A fresh, migrated, empty database for one test file (or one test). Close it when done. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_SERVER_URL) return createServerDatabase(TEST_SERVER_URL);
  const pglite = await PGlite.create({
    loadDataDir: await pgliteTemplate(),
    extensions: { unaccent, pg_trgm },
    parsers: pgliteParsers,
  });
  return connectDatabase({ dataDir: '', pglite });
}

async function createServerDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `stitch_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 5 });
  // Dropping the database at teardown ends connections a test may still hold idle; that is expected.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error;
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: poolKeepingPlans(pool) }) });
  await migrateToLatest(db);
  return {
    db,
    kind: 'postgres',
    where: name,
    name,
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
