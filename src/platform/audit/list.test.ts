import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSignIn } from '../auth/index.js';
import { withTransaction } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { appendAudit, listAuditEntries, listAuditVocabulary, startOfDayIn } from './index.js';

describe('reading the audit log', () => {
  let database: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    ({ userId } = await recordSignIn(database.db, {
      issuer: 'https://idp.test',
      subject: 'audit-reader',
      name: 'Alice Auditor',
      email: 'alice@example.test',
    }));
    // Only the rows below are the subject; the account's own creation row is not.
    await database.db.deleteFrom('audit_log').execute();
    const entries = [
      { actor: userId, action: 'service.edit', entity_type: 'service', at: '2026-03-01T04:30:00Z' },
      { actor: 'system:seed', action: 'catalog.import', entity_type: 'import', at: '2026-03-01T05:30:00Z' },
      { actor: userId, action: 'agreement.sign', entity_type: 'agreement', at: '2026-03-02T15:00:00Z' },
      { actor: 'system:seed', action: 'service.edit', entity_type: 'service', at: '2026-03-03T15:00:00Z' },
      { actor: userId, action: 'service.edit', entity_type: 'service', at: '2026-03-04T15:00:00Z' },
    ];
    for (const entry of entries) {
      const { id } = await withTransaction(database.db, (tx) =>
        appendAudit(tx, { actor: entry.actor, action: entry.action, entity_type: entry.entity_type }),
      );
      // Backdated for the date filters; this database's chain is not the subject here.
      await database.db
        .updateTable('audit_log')
        .set({ occurred_at: entry.at })
        .where('id', '=', id)
        .execute();
    }
  });
  afterAll(() => database.close());

  it('finds the UTC start of a Toronto day, in winter and in summer', () => {
    expect(startOfDayIn('2026-01-15').toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(startOfDayIn('2026-07-15').toISOString()).toBe('2026-07-15T04:00:00.000Z');
    // The day daylight saving begins starts on standard time.
    expect(startOfDayIn('2026-03-08').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('lists newest first, names people, and pages by id without repeats', async () => {
    const first = await listAuditEntries(database.db, {}, { limit: 2 });
    expect(first.entries.map((e) => e.action)).toEqual(['service.edit', 'service.edit']);
    expect(first.entries[0]).toMatchObject({ actor: userId, actor_name: 'Alice Auditor' });
    expect(first.entries[1]).toMatchObject({ actor: 'system:seed', actor_name: null });
    const second = await listAuditEntries(database.db, {}, { limit: 2, before: first.nextBefore });
    const third = await listAuditEntries(database.db, {}, { limit: 2, before: second.nextBefore });
    expect(third.nextBefore).toBeUndefined();
    const ids = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
    expect(ids).toHaveLength(5);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });

  it('filters by actor (id or part of a name), action, entity type and Toronto dates', async () => {
    const actions = async (filters: Parameters<typeof listAuditEntries>[1]) =>
      (await listAuditEntries(database.db, filters, { limit: 50 })).entries.map((e) => e.action);
    expect(await actions({ actor: 'alice' })).toEqual(['service.edit', 'agreement.sign', 'service.edit']);
    expect(await actions({ actor: 'system:seed' })).toEqual(['service.edit', 'catalog.import']);
    expect(await actions({ actor: '%' })).toEqual([]);
    expect(await actions({ action: 'service.edit', actor: 'system:seed' })).toEqual(['service.edit']);
    expect(await actions({ entity_type: 'agreement' })).toEqual(['agreement.sign']);
    // 04:30 UTC on 1 March is still 28 February in Toronto; 05:30 UTC is 1 March.
    expect(await actions({ from: '2026-03-01', to: '2026-03-02' })).toEqual([
      'agreement.sign',
      'catalog.import',
    ]);
    expect(await listAuditVocabulary(database.db)).toEqual({
      actions: ['agreement.sign', 'catalog.import', 'service.edit'],
      entityTypes: ['agreement', 'import', 'service'],
    });
  });
});
