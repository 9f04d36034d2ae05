import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { rememberPGlite } from './copy.js';
import { acquireDataDirLock, type DataDirLock } from './lock.js';
import { poolKeepingPlans } from './prepared.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** A human-readable location: the data directory or the server's host and database, never a password. */
  where: string;
  /** The server pool's connections (PostgreSQL only; PGlite has one, inside the process). */
  poolStats?(): PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Which process holds the embedded database; written into the lock so other processes can say who. */
  holder?: string;
  /** Port the holder serves on, recorded so the CLI can point at the running server. */
  port?: number;
  /** Told when PostgreSQL drops an idle pooled connection (the pool replaces it). */
  onIdleError?: (error: Error) => void;
  /** In-memory PGlite (tests), or a PGlite restored from a dump of a migrated template. */
  pglite?: PGlite;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const DATE_OID = 1082;

// Counts come back as int8; they fit in a double for any figure this product keeps.
pg.types.setTypeParser(INT8_OID, (value) => Number(value));
pg.types.setTypeParser(NUMERIC_OID, (value) => Number(value));
// Calendar dates stay `YYYY-MM-DD` strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(DATE_OID, (value) => value);

export const pgliteParsers = {
  [INT8_OID]: (value: string) => Number(value),
  [NUMERIC_OID]: (value: string) => Number(value),
  [DATE_OID]: (value: string) => value,
};

/**
 * The embedded server's buffer pool. PGlite's default (128 MB) lives inside the process and is filled
 * by any large write, an HSDS import of 100,000 services for one; pages beyond the pool are read back
 * from the data directory through the operating system's cache.
 */
const PGLITE_SHARED_BUFFERS = '32MB';

/** Opens the embedded PGlite database with the extensions Stitch relies on. */
export async function openPGlite(dataDir?: string): Promise<PGlite> {
  const pglite = await PGlite.create(dataDir ?? 'memory://', {
    extensions: { unaccent, pg_trgm },
    parsers: pgliteParsers,
    postgresqlconf: [`shared_buffers = ${PGLITE_SHARED_BUFFERS}`],
  });
  return pglite;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The dialect over one PGlite instance, its connection remembered so bulk loads can COPY through it.
 * PGlite runs each statement inside this process, holding the event loop while it runs, and statements
 * queued behind one another would follow in one unbroken chain: each statement first lets the event loop
 * take what is waiting (a liveness probe, a new request), so no request waits for the whole queue.
 */
function pgliteDialect(pglite: PGlite): PGliteDialect {
  return new PGliteDialect({
    pglite,
    onCreateConnection: async (connection) => {
      rememberPGlite(connection, pglite);
      const execute = connection.executeQuery.bind(connection);
      connection.executeQuery = async (query) => {
        await nextTurn();
        return execute(query);
      };
    },
  });
}

/** Connects to PostgreSQL when a URL is given, otherwise to the embedded PGlite in the data directory. */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) is replaced on next use, not fatal.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: poolKeepingPlans(pool) }) });
    const url = new URL(options.databaseUrl);
    return {
      db,
      kind: 'postgres',
      where: `postgresql://${url.hostname}:${url.port || 5432}${url.pathname}`,
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => db.destroy(),
    };
  }
  if (options.pglite) {
    const db = new Kysely<Database>({ dialect: pgliteDialect(options.pglite) });
    return { db, kind: 'pglite', where: 'memory', close: () => db.destroy() };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(options.dataDir, options.holder ?? 'stitch', options.port);
  try {
    const pglite = await openPGlite(join(options.dataDir, 'pgdata'));
    const db = new Kysely<Database>({ dialect: pgliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      where: options.dataDir,
      close: async () => {
        await db.destroy();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
