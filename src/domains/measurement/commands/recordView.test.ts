import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { countInteractions } from '../queries/countInteractions.js';
import { closeViews, flushViews, recordView } from './recordView.js';

describe('recordView', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await closeViews(database.db);
    await database.close();
  });

  it('keeps views until flushed, then writes them with the time they happened', async () => {
    const seen = new Date('2026-03-02T10:00:00Z');
    recordView(database.db, { channel: 'api', kind: 'view', service_id: 'svc-1', occurred_at: seen });
    recordView(database.db, { channel: 'api', kind: 'view', service_id: 'svc-1' });
    expect(await countInteractions(database.db)).toEqual([]);
    await flushViews(database.db);
    const rows = await database.db.selectFrom('interaction').select(['occurred_at', 'service_id']).execute();
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => new Date(row.occurred_at).toISOString())).toContain(seen.toISOString());
  });

  it('refuses an invalid view at once, in the caller', () => {
    expect(() => recordView(database.db, { channel: 'fax' as never, kind: 'view' })).toThrow();
  });
});
