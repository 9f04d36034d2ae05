import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { appendAudit, createChainWatch } from './index.js';
import { FULL_CHECK_EVERY_MS } from './watch.js';

describe('watching the audit chain', () => {
  let database: TestDatabase;
  const append = (n: number) =>
    withTransaction(database.db, async (tx) => {
      for (let i = 0; i < n; i += 1)
        await appendAudit(tx, { actor: 'test', action: 'test.append', entity_type: 'test', detail: { i } });
    });
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('checks new entries at once and the whole chain again after five minutes', async () => {
    let clock = 1_000_000;
    // As if the trail were long: every whole walk counts as expensive.
    const watch = createChainWatch(database.db, { now: () => clock, cheapWalkMs: 0 });
    await append(3);
    expect(await watch.status()).toMatchObject({ ok: true, checked: 3, fullCheckAt: new Date(1_000_000) });

    await append(2);
    clock += 1000;
    expect(await watch.status()).toMatchObject({ ok: true, checked: 5, fullCheckAt: new Date(1_000_000) });

    const rows = await database.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    await sql`update audit_log set actor = 'mallory' where id = ${rows[1]!.id}`.execute(database.db);
    await append(1);
    clock += 1000;
    expect((await watch.status()).ok).toBe(true);

    clock += FULL_CHECK_EVERY_MS;
    expect(await watch.status()).toMatchObject({ ok: false, brokenAt: Number(rows[1]!.id), checked: 1 });
  });

  it('notices at once an appended entry that does not fit the chain', async () => {
    const fresh = await createTestDatabase();
    try {
      const watch = createChainWatch(fresh.db, { now: () => 0, cheapWalkMs: 0 });
      await withTransaction(fresh.db, (tx) =>
        appendAudit(tx, { actor: 'a', action: 'test.append', entity_type: 'test' }),
      );
      expect((await watch.status()).ok).toBe(true);
      await fresh.db
        .insertInto('audit_log')
        .values({
          occurred_at: new Date(),
          actor: 'forger',
          action: 'test.append',
          entity_type: 'test',
          entity_id: null,
          organization_id: null,
          detail: null,
          prev_hash: '0'.repeat(64),
          hash: 'f'.repeat(64),
        })
        .execute();
      expect(await watch.status()).toMatchObject({ ok: false, checked: 1 });
    } finally {
      await fresh.close();
    }
  });
});
