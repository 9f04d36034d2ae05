import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { countInteractions } from '../queries/countInteractions.js';
import { recordInteraction } from './recordInteraction.js';

describe('recordInteraction', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('records interactions that are counted by channel and kind', async () => {
    await recordInteraction(database.db, {
      channel: 'api',
      kind: 'search',
      lang: 'fr',
      detail: { results: 3 },
    });
    await recordInteraction(database.db, { channel: 'api', kind: 'search' });
    await recordInteraction(database.db, { channel: 'web', kind: 'view', service_id: 'svc-1' });
    expect(await countInteractions(database.db)).toEqual([
      { channel: 'api', kind: 'search', count: 2 },
      { channel: 'web', kind: 'view', count: 1 },
    ]);
    expect(await countInteractions(database.db, { service_id: 'svc-1' })).toEqual([
      { channel: 'web', kind: 'view', count: 1 },
    ]);
  });

  it('rolls back with the transaction it was recorded in', async () => {
    const before = await database.db
      .selectFrom('interaction')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      withTransaction(database.db, async (tx) => {
        await recordInteraction(tx, { channel: 'kiosk', kind: 'start' });
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    const after = await database.db
      .selectFrom('interaction')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses an unknown channel or kind', async () => {
    await expect(
      recordInteraction(database.db, { channel: 'fax' as never, kind: 'view' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
