/**
 * A bounded property-based run of `stitch import hsds` itself, down to the database: a real HSDS service
 * with values replaced anywhere either imports or is refused by name with exit 65, and never leaves
 * anything half-written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsds } from '../../domains/interchange/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { mutated } from '../../testing/fuzz.js';
import type { Progress } from '../progress.js';
import { EXIT } from '../runtime.js';
import { importHsds, parseImportArgs } from './hsds.js';

const quiet: Progress = { start() {}, increment() {}, stop() {} };

describe('stitch import hsds under arbitrary input', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'stitch-hsds-fuzz-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports or refuses by name with exit 65, and a refused file writes nothing', async () => {
    const example = JSON.parse(
      readFileSync(join(hsds.hsdsSchemaDir(), '../examples/service_full.json'), 'utf8'),
    ) as unknown;
    // Text the database cannot keep is among the replacements, as are the other JSON kinds.
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('\u0000', 'a\ud800b', '', ' ', 'x'.repeat(5000), -1, 1e308, '2026-02-30'),
    );
    const file = join(dir, 'service.json');
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom('service')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await fc.assert(
      fc.asyncProperty(mutated(example, replacement), async (document) => {
        writeFileSync(file, JSON.stringify(document));
        const before = await count();
        const { summary, exitCode } = await importHsds(
          database.db,
          parseImportArgs([file, '--untranslated', 'hold']),
          quiet,
        );
        expect([EXIT.ok, EXIT.dataError]).toContain(exitCode);
        if (exitCode === EXIT.dataError) {
          expect(summary.rejected.length).toBeGreaterThan(0);
          for (const rejection of summary.rejected) expect(rejection.reason).not.toMatch(/^\s*at /m);
          expect(await count()).toBe(before);
        }
      }),
      { numRuns: 40 },
    );
  });
});
