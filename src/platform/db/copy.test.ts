import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from '../../testing/db.js';
import { canCopy, copyText } from './copy.js';

describe('copyText', () => {
  let database: TestDatabase;
  const run = (sql: string) => database.db.executeQuery(CompiledQuery.raw(sql, []));

  beforeAll(async () => {
    database = await createTestDatabase();
    await run('create table copied (id text primary key, note text)');
  });
  afterAll(async () => database.close());

  it('is offered by the embedded database only', async () => {
    expect(await canCopy(database.db)).toBe(!TEST_SERVER_URL);
  });

  it.skipIf(TEST_SERVER_URL)(
    'loads rows inside the open transaction, and a rollback takes them back',
    async () => {
      await database.db.transaction().execute(async (tx) => {
        await copyText(tx, 'copied (id, note)', 'a\tone\\ttab\nb\t\\N\n');
        const rows = await tx.executeQuery<{ id: string; note: string | null }>(
          CompiledQuery.raw('select id, note from copied order by id', []),
        );
        expect(rows.rows).toEqual([
          { id: 'a', note: 'one\ttab' },
          { id: 'b', note: null },
        ]);
      });
      await expect(
        database.db.transaction().execute(async (tx) => {
          await copyText(tx, 'copied (id, note)', 'c\tthree\n');
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      const ids = await run('select id from copied order by id');
      expect(ids.rows).toEqual([{ id: 'a' }, { id: 'b' }]);
    },
  );
});
