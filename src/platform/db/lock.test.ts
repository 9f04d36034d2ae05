import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, readLock } from './lock.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'stitch-lock-'));

describe('data directory lock', () => {
  it('records who holds the directory and releases it', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'stitch serve', 3000);
    expect(readLock(dir)).toMatchObject({ pid: process.pid, holder: 'stitch serve', port: 3000 });
    lock.release();
    expect(readLock(dir)).toBeUndefined();
  });

  it('refuses a directory held by another live process, naming it and the way out', () => {
    const dir = tempDir();
    // The parent of this test process is alive for the whole test.
    writeFileSync(
      join(dir, 'stitch.lock'),
      JSON.stringify({ pid: process.ppid, holder: 'stitch serve', port: 3000, since: '' }),
    );
    expect(() => acquireDataDirLock(dir, 'stitch import')).toThrow(
      /in use by stitch serve.*port 3000.*stop that process first/s,
    );
    expect(JSON.parse(readFileSync(join(dir, 'stitch.lock'), 'utf8')).pid).toBe(process.ppid);
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'stitch.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, holder: 'stitch serve', since: '' }),
    );
    const lock = acquireDataDirLock(dir, 'stitch migrate');
    expect(readLock(dir)?.pid).toBe(process.pid);
    lock.release();
  });
});
