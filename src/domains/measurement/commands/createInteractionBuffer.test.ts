import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { createInteractionBuffer } from './createInteractionBuffer.js';

describe('createInteractionBuffer', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const count = async () => (await database.db.selectFrom('interaction').select('id').execute()).length;

  it('writes views in batches, each with the time it happened, and everything on close', async () => {
    const buffer = createInteractionBuffer(database.db, { maxDelayMs: 60_000, maxSize: 3 });
    const seen = new Date('2026-11-29T10:00:00Z');
    buffer.record({ channel: 'web', kind: 'view', cluster_key: 'moving', occurred_at: seen });
    buffer.record({ channel: 'web', kind: 'view', cluster_key: 'moving' });
    expect(await count()).toBe(0);
    buffer.record({ channel: 'web', kind: 'view', cluster_key: 'seniors' });
    await buffer.flush();
    expect(await count()).toBe(3);
    buffer.record({ channel: 'web', kind: 'view', cluster_key: 'seniors' });
    await buffer.close();
    expect(await count()).toBe(4);
    const first = await database.db
      .selectFrom('interaction')
      .selectAll()
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(new Date(first.occurred_at).toISOString()).toBe(seen.toISOString());
  });

  it('refuses a bad record at once', () => {
    const buffer = createInteractionBuffer(database.db);
    expect(() => buffer.record({ channel: 'web', kind: 'nonsense' as 'view' })).toThrow(
      /Invalid interaction/,
    );
  });
});
