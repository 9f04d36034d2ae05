import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from '../../testing/db.js';
import { keepPlan, listParam, preparedName } from './prepared.js';

describe('statements that keep their plan', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  const lookUp = (words: string[]) =>
    sql<{ word: string; n: number }>`${keepPlan}
      SELECT u.word, u.n FROM unnest(${listParam(words)}) WITH ORDINALITY AS u(word, n)
      WHERE u.word = ANY(${listParam(['bébé', 'emploi', 'pension'])})
    `;

  it('answer with their values whatever the engine, every time', async () => {
    for (let round = 0; round < 8; round += 1) {
      const { rows } = await lookUp(['emploi', `mot${round}`, 'pension']).execute(database.db);
      expect(rows.map((row) => [row.word, Number(row.n)])).toEqual([
        ['emploi', 1],
        ['pension', 3],
      ]);
    }
    const { rows } = await sql<{ n: number }>`${keepPlan}
      SELECT count(*)::int AS n FROM unnest(${listParam([3, 1, 2], 'int')}) AS u(n) WHERE u.n > 1
    `.execute(database.db);
    expect(rows[0]!.n).toBe(2);
  });

  it('name a statement by its text alone', () => {
    const text = lookUp(['a']).compile(database.db).sql;
    expect(preparedName(text)).toBe(preparedName(lookUp(['b', 'c']).compile(database.db).sql));
    expect(preparedName(text)).not.toBe(preparedName(`${text} `));
  });

  it.skipIf(!TEST_SERVER_URL)(
    'are prepared once on a PostgreSQL connection, which settles on one plan for any values',
    async () => {
      const text = lookUp(['a']).compile(database.db).sql;
      const plans = await database.db.connection().execute(async (connection) => {
        for (let round = 0; round < 8; round += 1)
          await lookUp([`mot${round}`, 'emploi']).execute(connection);
        // Other statements are not kept.
        await sql`SELECT ${1}::int AS one`.execute(connection);
        const { rows } = await sql<{ name: string; statement: string; generic_plans: number }>`
          SELECT name, statement, generic_plans FROM pg_prepared_statements
        `.execute(connection);
        return rows;
      });
      const kept = plans.find((plan) => plan.name === preparedName(text));
      expect(kept?.statement).toBe(text);
      expect(Number(kept?.generic_plans)).toBeGreaterThan(0);
      expect(plans.some((plan) => plan.statement.includes('AS one'))).toBe(false);
    },
  );
});
