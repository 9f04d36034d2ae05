import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { getSecretKey, seal, unseal } from './index.js';

describe('the shortest sealed values', () => {
  it('read back: one byte of JSON seals to 39 characters', () => {
    const key = randomBytes(32);
    for (const value of [0, 7, true, null, 'ab']) expect(unseal(key, seal(key, value))).toEqual(value);
    expect(seal(key, 0)).toHaveLength(39);
  });
});

describe('sealed values', () => {
  const key = randomBytes(32);

  it('round-trip and do not show the text', () => {
    const token = seal(key, { postal: 'K1P 1J1', age: 67 });
    // The bytes behind the token hold neither the text nor its encoding (the random letters of a
    // token may spell anything, so the token's own characters are not the thing to check).
    const bytes = Buffer.from(token, 'base64url').toString('latin1');
    expect(bytes).not.toContain('K1P 1J1');
    expect(bytes).not.toContain('postal');
    expect(unseal(key, token)).toEqual({ postal: 'K1P 1J1', age: 67 });
  });

  it('refuse an altered token, another key and garbage', () => {
    const token = seal(key, { a: 1 });
    const altered = token.slice(0, 30) + (token[30] === 'A' ? 'B' : 'A') + token.slice(31);
    expect(unseal(key, altered)).toBeUndefined();
    expect(unseal(randomBytes(32), token)).toBeUndefined();
    expect(unseal(key, 'not a token')).toBeUndefined();
    expect(unseal(key, 'x'.repeat(10_000))).toBeUndefined();
  });
});

describe('getSecretKey', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('makes one key per name and keeps it', async () => {
    const first = await getSecretKey(database.db, 'links');
    const again = await getSecretKey(database.db, 'links');
    const other = await getSecretKey(database.db, 'other');
    expect(first.equals(again)).toBe(true);
    expect(first.equals(other)).toBe(false);
    const rows = await database.db.selectFrom('app_secret').selectAll().execute();
    expect(rows.map((row) => row.name).sort()).toEqual(['links', 'other']);
  });
});
