import v8 from 'node:v8';
import { useAuditKey } from '../platform/audit/index.js';
import { ConfigError, loadConfig, type Config } from '../platform/config/index.js';
import { connectDatabase, migrateToLatest, type DatabaseHandle } from '../platform/db/index.js';
import { isStitchError } from '../platform/errors/index.js';
import { createLogger, type Logger } from '../platform/logging/index.js';

export interface Runtime {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
}

/** Exit codes the CLI uses (sysexits.h): scripts can tell bad input from a busy database. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 64,
  dataError: 65,
  noInput: 66,
  unavailable: 69,
  tempFail: 75,
  config: 78,
} as const;

/**
 * For batch commands: V8 otherwise lets the heap grow to several times what an import keeps live (each
 * page read leaves its garbage), and on the embedded database that heap shares the process with
 * PGlite's memory. A 100,000-service import peaked near 550 MB without this and near 460 MB with it,
 * in the same time. The server keeps V8's defaults.
 */
export function keepHeapGrowthModest(): void {
  v8.setFlagsFromString('--heap-growing-percent=50');
}

export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens the database the server would use (same STITCH_DATA_DIR and DATABASE_URL), migrated.
 * On PGlite, a running server holds the data directory: the CLI says so plainly and touches nothing.
 */
export async function withRuntime<T>(holder: string, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliExit(EXIT.config, error.message);
    throw error;
  }
  useAuditKey(config.auditKey);
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  let database: DatabaseHandle;
  try {
    database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder });
  } catch (error) {
    if (isStitchError(error) && error.code === 'DATA_DIR_LOCKED')
      throw new CliExit(EXIT.tempFail, error.message);
    throw error;
  }
  try {
    await migrateToLatest(database.db);
    return await work({ config, logger, database });
  } finally {
    await database.close();
  }
}
