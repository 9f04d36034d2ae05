import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, seedDemoActivity } from '../../demo/index.js';
import { summariseInteractions } from '../../domains/measurement/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import type { Progress } from '../progress.js';
import { CliExit, EXIT } from '../runtime.js';
import { parseActivityArgs, runSeedActivity, seedCommand } from './seed.js';

function refusal(work: () => unknown): CliExit {
  try {
    work();
  } catch (error) {
    if (error instanceof CliExit) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const quiet: Progress = { start() {}, increment() {}, stop() {} };

describe('stitch seed activity', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  const generated = async () => {
    const result = await sql<{ n: string; all: string }>`
      SELECT count(*) FILTER (WHERE generated) AS n, count(*) AS all FROM interaction`.execute(database.db);
    return { generated: Number(result.rows[0]!.n), all: Number(result.rows[0]!.all) };
  };

  it('reads its flags, and refuses bad ones with the usage and exit code 64 before opening the database', async () => {
    expect(parseActivityArgs([])).toEqual({ events: 100_000, seed: 1, replace: false });
    expect(
      parseActivityArgs([
        '--events',
        '2_000',
        '--from',
        '2025-01-01',
        '--to',
        '2025-07-01',
        '--seed',
        '9',
        '--replace',
      ]),
    ).toEqual({ events: 2000, from: '2025-01-01', to: '2025-07-01', seed: 9, replace: true });
    for (const bad of [
      ['--events', 'many'],
      ['--events', '0'],
      ['--events', '-5'],
      ['--seed', '1.5'],
      ['--from', '2025-02-30'],
      ['--to', 'tomorrow'],
      ['--from', '2025-06-01', '--to', '2025-01-01'],
      ['--fast'],
      ['extra'],
    ]) {
      const exit = refusal(() => parseActivityArgs(bad));
      expect(exit.exitCode, bad.join(' ')).toBe(EXIT.usage);
      expect(exit.message).toMatch(/Usage: stitch seed demo/);
    }
    await expect(seedCommand.run(['activity', '--events', 'x'])).rejects.toMatchObject({
      exitCode: EXIT.usage,
    });
    await expect(seedCommand.run(['harvest'])).rejects.toThrow('Unknown seed "harvest"');
  });

  it('says plainly when there is no catalog to generate activity for', async () => {
    await expect(runSeedActivity(database.db, parseActivityArgs([]), () => {}, quiet)).rejects.toMatchObject({
      exitCode: EXIT.dataError,
    });
  });

  it('generates activity for the demo catalog, refreshes the rollup and names it as generated', async () => {
    await seedDemo(database.db);
    const lines: string[] = [];
    const steps: number[] = [];
    const progress: Progress = { start() {}, increment: (by = 1) => steps.push(by), stop() {} };
    const args = parseActivityArgs([
      '--events',
      '5000',
      '--from',
      '2025-01-01',
      '--to',
      '2026-01-01',
      '--seed',
      '3',
    ]);
    expect(await runSeedActivity(database.db, args, (line) => lines.push(line), progress)).toBe(EXIT.ok);
    const counts = await generated();
    expect(counts.generated).toBeGreaterThan(4500);
    expect(steps.reduce((sum, by) => sum + by, 0)).toBe(counts.generated);
    const summary = lines.join('\n');
    expect(summary).toMatch(/labelled generated/);
    expect(summary).toContain(`events:   ${counts.generated.toLocaleString('en-CA')}`);
    expect(summary).toContain('period:   2025-01-01 to 2026-01-01 (excluded)');
    const [rollup] = await summariseInteractions(database.db, { from: '2025-01-01', to: '2026-01-02' });
    expect(rollup!.generatedEvents).toBe(counts.generated);

    // Again without --replace adds, and says so; with --replace starts afresh and the rollup follows.
    lines.length = 0;
    await runSeedActivity(database.db, args, (line) => lines.push(line), quiet);
    expect((await generated()).generated).toBe(2 * counts.generated);
    expect(lines.join('\n')).toMatch(/already stored/);
    lines.length = 0;
    await runSeedActivity(database.db, { ...args, replace: true }, (line) => lines.push(line), quiet);
    expect((await generated()).generated).toBe(counts.generated);
    expect(lines.join('\n')).toMatch(/removed, and from the rollup/);
    const [after] = await summariseInteractions(database.db, { from: '2025-01-01', to: '2026-01-02' });
    expect(after!.generatedEvents).toBe(counts.generated);

    // The demo's own activity is not added where generated activity exists.
    expect(await seedDemoActivity(database.db)).toBeUndefined();
    expect((await generated()).generated).toBe(counts.generated);
  }, 120_000);
});
