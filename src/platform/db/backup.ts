/**
 * Whole-database backups in each engine's own format, so that restoring gives back exactly what was
 * there (every table, sequence and index; the audit chain verifies after): the embedded database's data
 * directory as a gzipped tarball (PGlite's dump), a PostgreSQL database as a pg_dump custom archive.
 * A restore replaces the database whole; the embedded one keeps the directory it replaced beside it.
 */
import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { StitchError } from '../errors/index.js';
import { acquireDataDirLock } from './lock.js';

const run = promisify(execFile);

export type BackupKind = 'pglite' | 'postgres';

/** A backup that cannot be made or restored, with why: the CLI says it and exits non-zero. */
export class BackupError extends StitchError {
  constructor(
    message: string,
    readonly reason: 'wrong-kind' | 'not-a-backup' | 'tool-missing' | 'tool-failed',
  ) {
    super('VALIDATION_FAILED', message, { reason });
  }
}

/** Which engine a backup file was made from, by its first bytes; undefined when it is neither. */
export function backupKindOf(file: string): BackupKind | undefined {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return undefined;
}

const PGDATA = 'pgdata';

/** The embedded database of `dataDir`, dumped whole; the data directory is held while it is read. */
export async function backupPGlite(dataDir: string, file: string, holder = 'stitch backup'): Promise<number> {
  const lock = acquireDataDirLock(dataDir, holder);
  try {
    const pglite = await PGlite.create(join(dataDir, PGDATA), { extensions: { unaccent, pg_trgm } });
    try {
      const dump = await pglite.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      writeFileSync(file, bytes, { mode: 0o600 });
      return bytes.length;
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Replaces the embedded database of `dataDir` by a backup: loaded and opened in a directory of its own
 * first, then swapped in; the directory it replaced is kept as `pgdata.before-restore-<time>`.
 */
export async function restorePGlite(
  dataDir: string,
  file: string,
  holder = 'stitch restore',
): Promise<string> {
  if (backupKindOf(file) !== 'pglite')
    throw new BackupError(`${file} is not a backup of an embedded database.`, 'wrong-kind');
  const lock = acquireDataDirLock(dataDir, holder);
  try {
    const incoming = join(dataDir, `${PGDATA}.restoring`);
    rmSync(incoming, { recursive: true, force: true });
    const bytes = readFileSync(file);
    try {
      const pglite = await PGlite.create(incoming, {
        loadDataDir: new Blob([bytes]),
        extensions: { unaccent, pg_trgm },
      });
      await pglite.query('select 1');
      await pglite.close();
    } catch (error) {
      rmSync(incoming, { recursive: true, force: true });
      throw new BackupError(`${file} could not be loaded: ${(error as Error).message}`, 'not-a-backup');
    }
    const current = join(dataDir, PGDATA);
    const kept = join(dataDir, `${PGDATA}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    if (existsSync(current)) renameSync(current, kept);
    renameSync(incoming, current);
    return existsSync(kept) ? kept : '';
  } finally {
    lock.release();
  }
}

async function tool(
  name: 'pg_dump' | 'pg_restore' | 'psql',
  args: string[],
  input?: string,
): Promise<string> {
  try {
    const child = run(name, args, { maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
    if (input !== undefined) {
      child.child.stdin?.end(input);
    }
    return (await child).stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT')
      throw new BackupError(
        `${name} is not installed (Debian: apt-get install postgresql-client).`,
        'tool-missing',
      );
    throw new BackupError(
      `${name} failed: ${(failure.stderr ?? failure.message).trim().split('\n').slice(0, 5).join(' ')}`,
      'tool-failed',
    );
  }
}

/** A PostgreSQL database dumped by pg_dump in its custom format (consistent: one snapshot). */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  await tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, databaseUrl]);
}

/**
 * Replaces a PostgreSQL database's public schema by a backup, in one transaction: the schema is dropped
 * and the archive replayed (psql --single-transaction), so a failure leaves the database as it was.
 */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  if (backupKindOf(file) !== 'postgres')
    throw new BackupError(`${file} is not a backup of a PostgreSQL database.`, 'wrong-kind');
  const script = await tool('pg_restore', ['--no-owner', '--no-privileges', '--file=-', file]);
  await tool(
    'psql',
    ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', `--dbname=${databaseUrl}`],
    `SET client_min_messages = warning;\nDROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n${script}`,
  );
}
