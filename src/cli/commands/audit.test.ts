import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../platform/audit/index.js';
import { withTransaction } from '../../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { EXIT } from '../runtime.js';
import { anchorAudit, verifyAudit } from './audit.js';

describe('stitch audit verify', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await withTransaction(database.db, async (tx) => {
      for (const n of [1, 2, 3])
        await appendAudit(tx, {
          actor: 'test',
          action: 'catalog.import',
          entity_type: 'import',
          detail: { n },
        });
    });
  });
  afterAll(async () => database.close());

  it('says the trail is intact and counts the entries', async () => {
    expect(await verifyAudit(database.db)).toEqual({
      message: 'Audit trail intact: 3 entries checked.',
      exitCode: EXIT.ok,
    });
  });

  it('names the first entry that was changed, and exits non-zero', async () => {
    const rows = await database.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    const second = rows[1]!.id;
    await sql`update audit_log set actor = 'someone else' where id = ${second}`.execute(database.db);
    const result = await verifyAudit(database.db);
    expect(result.exitCode).toBe(EXIT.failure);
    expect(result.message).toContain(`broken at entry ${second}`);
  });

  it('names the entry after one that was removed', async () => {
    const rows = await database.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    await sql`delete from audit_log where id = ${rows[1]!.id}`.execute(database.db);
    const result = await verifyAudit(database.db);
    expect(result.message).toContain(`broken at entry ${rows[2]!.id}`);
  });
});

describe('stitch audit anchor, then verify --anchor', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'stitch-audit-cli-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('anchors the head to a file and reports truncation of the newest entries', async () => {
    const file = join(dir, 'anchors.jsonl');
    expect(await anchorAudit(database.db, { kind: 'file', path: file })).toEqual({
      message: 'The audit trail is empty: nothing to anchor.',
      exitCode: EXIT.ok,
    });
    expect((await verifyAudit(database.db, { anchorFile: file })).message).toMatch(
      /No anchor in .* yet: truncation cannot be checked\./,
    );
    await withTransaction(database.db, async (tx) => {
      for (const n of [1, 2, 3, 4])
        await appendAudit(tx, {
          actor: 'test',
          action: 'catalog.import',
          entity_type: 'import',
          detail: { n },
        });
    });
    const anchored = await anchorAudit(database.db, { kind: 'file', path: file });
    expect(anchored.exitCode).toBe(EXIT.ok);
    expect(anchored.message).toMatch(
      /^Anchored entry \d+ \(4 entries, seal [0-9a-f]{12}…\) to .*anchors\.jsonl\.$/,
    );
    const intact = await verifyAudit(database.db, { anchorFile: file });
    expect(intact.exitCode).toBe(EXIT.ok);
    expect(intact.message).toMatch(
      /^Audit trail intact: 4 entries checked\. It still holds entry \d+ \(4 entries\)/,
    );

    const rows = await database.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    await sql`delete from audit_log where id >= ${rows[2]!.id}`.execute(database.db);
    const truncated = await verifyAudit(database.db, { anchorFile: file });
    expect(truncated.exitCode).toBe(EXIT.failure);
    expect(truncated.message).toContain(
      `Audit trail truncated: the anchor saw entry ${rows[3]!.id} (4 entries)`,
    );
    expect(truncated.message).toContain(
      `2 of those entries remain; the trail now ends at entry ${rows[1]!.id}.`,
    );
  });

  it('says plainly when the anchor file is not anchors', async () => {
    const file = join(dir, 'not-anchors.txt');
    writeFileSync(file, 'hello\n');
    await expect(verifyAudit(database.db, { anchorFile: file })).rejects.toMatchObject({
      exitCode: EXIT.dataError,
      message: expect.stringContaining('not an anchor'),
    });
  });
});
