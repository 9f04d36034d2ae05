// scripts/summarise-results.mjs: the closing line CI reads and the exit code npm test ends with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/summarise-results.mjs', import.meta.url));
const dirs: string[] = [];

function resultsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stitch-summary-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function summarise(dir: string) {
  const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
  const lines = run.stdout.trimEnd().split('\n');
  return { last: lines.at(-1), output: run.stdout, code: run.status };
}

const report = (files: { name: string; status: string; tests: string[]; message?: string }[]) =>
  JSON.stringify({
    testResults: files.map((f) => ({
      name: f.name,
      status: f.status,
      message: f.message ?? '',
      assertionResults: f.tests.map((status, i) => ({ status, fullName: `test ${i}`, title: `test ${i}` })),
    })),
  });

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('summarise-results', () => {
  it('sums every report and the checks, and exits 0 when nothing failed', () => {
    const dir = resultsDir({
      'vitest.json': report([
        { name: '/a.test.ts', status: 'passed', tests: ['passed', 'passed', 'skipped'] },
      ]),
      'vitest-postgres.json': report([
        { name: '/a.test.ts', status: 'passed', tests: ['passed', 'pending'] },
      ]),
      'checks.tsv': 'passed\ttypecheck\npassed\teslint\n',
    });
    expect(summarise(dir)).toMatchObject({ last: '5 passed, 0 failed, 2 skipped', code: 0 });
  });

  it('names failures, counts a file that failed outside its tests once, and exits 1', () => {
    const dir = resultsDir({
      'vitest.json': report([
        { name: '/a.test.ts', status: 'failed', tests: ['passed', 'failed'] },
        { name: '/b.test.ts', status: 'failed', tests: [], message: 'SyntaxError: nope\nstack' },
      ]),
      'checks.tsv': 'failed\tprettier --check\n',
    });
    const { last, output, code } = summarise(dir);
    expect(last).toBe('1 passed, 3 failed');
    expect(output).toContain('test 1');
    expect(output).toContain('b.test.ts failed outside its tests: SyntaxError: nope');
    expect(output).toContain('check: prettier --check');
    expect(code).toBe(1);
  });

  it('fails when no test ran at all, or a report cannot be read', () => {
    expect(summarise(resultsDir({}))).toMatchObject({ last: '0 passed, 0 failed', code: 1 });
    expect(summarise(resultsDir({ 'vitest.json': '{ broken' }))).toMatchObject({
      last: '0 passed, 1 failed',
      code: 1,
    });
  });
});
