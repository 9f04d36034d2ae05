import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function stitch(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['bin/stitch.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('stitch CLI', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stitch-cli-'));
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('lists its commands with --help', () => {
    const result = stitch(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: stitch <command>/);
    for (const command of ['serve', 'migrate']) expect(result.stdout).toContain(command);
  });

  it('rejects an unknown command with the usage and exit code 64', () => {
    const result = stitch(['frobnicate']);
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('Unknown command "frobnicate"');
  });

  it('says plainly that the server must be stopped while it holds the embedded database', async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        STITCH_DATA_DIR: dataDir,
        PORT: '0',
        STITCH_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
      server!.stdout!.on('data', (chunk: Buffer) => {
        const serving = /Stitch is serving on (\S+)/.exec(chunk.toString());
        if (serving) {
          clearTimeout(timer);
          resolve(serving[1]!);
        }
      });
      server!.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    // Without the demo data, no page claims to show it.
    const home = await fetch(`${url}/en`);
    expect(home.status).toBe(200);
    expect(await home.text()).not.toContain('demo-banner');
    const busy = stitch(['migrate'], { STITCH_DATA_DIR: dataDir });
    expect(busy.status).toBe(75);
    expect(busy.stderr).toMatch(/in use by stitch serve, process \d+.*stop that process first/s);

    const stopped = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
    server = undefined;
    const free = stitch(['migrate'], { STITCH_DATA_DIR: dataDir });
    expect(free.stderr).toBe('');
    expect(free.status).toBe(0);
    expect(free.stdout).toContain('is up to date');
  });
});
