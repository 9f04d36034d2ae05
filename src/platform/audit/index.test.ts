import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { appendAudit, canonicalJson, GENESIS_HASH, verifyAuditChain } from './index.js';

describe('audit log', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('writes keys in a stable order whatever the input order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('chains each row to the previous one and detects tampering', async () => {
    const first = await withTransaction(database.db, (tx) =>
      appendAudit(tx, {
        actor: 'alice',
        action: 'catalog.import',
        entity_type: 'import',
        detail: { created: 2 },
      }),
    );
    const second = await withTransaction(database.db, (tx) =>
      appendAudit(tx, {
        actor: 'bob',
        action: 'catalog.import',
        entity_type: 'import',
        detail: { created: 0, source: 'hsds' },
      }),
    );
    const rows = await database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(first.hash);
    expect(rows[1]!.hash).toBe(second.hash);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 2 });

    await database.db.updateTable('audit_log').set({ actor: 'mallory' }).where('id', '=', first.id).execute();
    expect(await verifyAuditChain(database.db)).toEqual({ ok: false, checked: 0, brokenAt: first.id });
  });
});
