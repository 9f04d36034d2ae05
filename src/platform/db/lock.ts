import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StitchError } from '../errors/index.js';

export interface DataDirLock {
  release(): void;
}

export interface LockInfo {
  pid: number;
  holder: string;
  port?: number | undefined;
  since: string;
}

const LOCK_FILE = 'stitch.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dataDir: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

/**
 * PGlite is a single-process database: two processes writing one data directory corrupt it.
 * The lock file is created exclusively; a lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string, holder: string, port?: number): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      const info: LockInfo = { pid: process.pid, holder, port, since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const current = readLock(dataDir);
        if (current?.pid === process.pid) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = readLock(dataDir);
      if (existing && isAlive(existing.pid) && existing.pid !== process.pid) {
        const where = existing.port ? ` (serving on port ${existing.port})` : '';
        throw new StitchError(
          'DATA_DIR_LOCKED',
          `The embedded database in ${dataDir} is in use by ${existing.holder}, process ${existing.pid}${where}. ` +
            'PGlite allows one process at a time: stop that process first, or set DATABASE_URL to use PostgreSQL.',
          { pid: existing.pid, holder: existing.holder, port: existing.port },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new StitchError('DATA_DIR_LOCKED', `Could not lock ${dataDir}.`);
}
