import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../platform/audit/index.js';
import { withTransaction } from '../../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { EXIT } from '../runtime.js';
import { verifyAudit } from './audit.js';

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
