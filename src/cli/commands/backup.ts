import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { useAuditKey, verifyAuditChain } from '../../platform/audit/index.js';
import { ConfigError, loadConfig, type Config } from '../../platform/config/index.js';
import {
  backupKindOf,
  backupPGlite,
  backupPostgres,
  BackupError,
  connectDatabase,
  migrateToLatest,
  restorePGlite,
  restorePostgres,
} from '../../platform/db/index.js';
import { isStitchError } from '../../platform/errors/index.js';
import type { CliCommand } from '../command.js';
import { CliExit, EXIT } from '../runtime.js';

const BACKUP_USAGE = 'stitch backup <file>';
const RESTORE_USAGE = 'stitch restore <file> --replace';

function configOrExit(): Config {
  try {
    const config = loadConfig();
    useAuditKey(config.auditKey);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) throw new CliExit(EXIT.config, error.message);
    throw error;
  }
}

/** Backup problems as exit codes: a held data directory is temporary, a missing tool is unavailable. */
function asExit(error: unknown): never {
  if (error instanceof BackupError)
    throw new CliExit(
      error.reason === 'tool-missing'
        ? EXIT.unavailable
        : error.reason === 'tool-failed'
          ? EXIT.failure
          : EXIT.dataError,
      error.message,
    );
  if (isStitchError(error) && error.code === 'DATA_DIR_LOCKED')
    throw new CliExit(EXIT.tempFail, error.message);
  throw error;
}

/** Makes a backup of the configured database; the message says what was written. */
export async function backup(config: Config, file: string): Promise<string> {
  try {
    if (config.databaseUrl) {
      await backupPostgres(config.databaseUrl, file);
    } else {
      await backupPGlite(config.dataDir, file);
    }
  } catch (error) {
    asExit(error);
  }
  const engine = config.databaseUrl
    ? 'PostgreSQL database (pg_dump custom format)'
    : `embedded database in ${config.dataDir}`;
  return `Backed up the ${engine} to ${file} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB).`;
}

/**
 * Replaces the configured database by a backup of the same engine, brings its schema up to date and
 * checks its audit chain; the message says what was restored.
 */
export async function restore(config: Config, file: string): Promise<{ message: string; exitCode: number }> {
  const kind = backupKindOf(file);
  if (!kind)
    throw new CliExit(EXIT.dataError, `${file} is not a Stitch backup (neither pg_dump nor embedded).`);
  const wanted = config.databaseUrl ? 'postgres' : 'pglite';
  if (kind !== wanted)
    throw new CliExit(
      EXIT.dataError,
      kind === 'pglite'
        ? `${file} is a backup of an embedded database: restore it without DATABASE_URL.`
        : `${file} is a backup of a PostgreSQL database: restore it with DATABASE_URL set.`,
    );
  let kept = '';
  try {
    if (config.databaseUrl) await restorePostgres(config.databaseUrl, file);
    else kept = await restorePGlite(config.dataDir, file);
  } catch (error) {
    asExit(error);
  }
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    holder: 'stitch restore',
  });
  try {
    const migration = await migrateToLatest(database.db);
    const chain = await verifyAuditChain(database.db);
    const lines = [
      `Restored ${file} into ${database.where}.`,
      migration.applied.length > 0
        ? `Schema brought up to date: ${migration.applied.join(', ')}.`
        : 'Schema already current.',
      chain.ok
        ? `Audit trail intact: ${chain.checked} entries checked.`
        : `Audit trail broken at entry ${chain.brokenAt}: the backup itself holds a changed trail.`,
    ];
    if (kept) lines.push(`The database it replaced is kept in ${kept}; delete it when satisfied.`);
    return { message: lines.join('\n'), exitCode: chain.ok ? EXIT.ok : EXIT.failure };
  } finally {
    await database.close();
  }
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Back up the whole database to a file (embedded: a data-directory dump; PostgreSQL: pg_dump)',
  usage: BACKUP_USAGE,
  async run(args) {
    if (args.length !== 1 || args[0]!.startsWith('-'))
      throw new CliExit(EXIT.usage, `Usage: ${BACKUP_USAGE}`);
    process.stdout.write(`${await backup(configOrExit(), resolve(args[0]!))}\n`);
    return EXIT.ok;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replace the whole database by a backup of the same engine (says --replace to mean it)',
  usage: RESTORE_USAGE,
  async run(args) {
    const file = args.find((arg) => !arg.startsWith('-'));
    if (!file || args.length !== 2 || !args.includes('--replace'))
      throw new CliExit(
        EXIT.usage,
        `Usage: ${RESTORE_USAGE}\nEverything in the database now is replaced by the backup.`,
      );
    const { message, exitCode } = await restore(configOrExit(), resolve(file));
    (exitCode === EXIT.ok ? process.stdout : process.stderr).write(`${message}\n`);
    return exitCode;
  },
};
