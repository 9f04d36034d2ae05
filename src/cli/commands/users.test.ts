import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor, recordSignIn } from '../../platform/auth/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { CliExit, EXIT } from '../runtime.js';
import { runUsers } from './users.js';

describe('stitch users', () => {
  let database: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    ({ userId } = await recordSignIn(database.db, {
      issuer: 'https://idp.test',
      subject: 'first-admin',
      email: 'First.Admin@example.test',
      name: 'First Admin',
    }));
  });
  afterAll(async () => database.close());

  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runUsers(database.db, args, (line) => lines.push(line));
    return { code, lines };
  };

  it('makes the first platform administrator from an account that signed in once', async () => {
    expect(await run('grant', 'first.admin@example.test', 'platform_admin')).toEqual({
      code: EXIT.ok,
      lines: ['Granted platform_admin to first.admin@example.test.'],
    });
    expect((await loadActor(database.db, userId))!.grants.map((g) => g.role)).toEqual(['platform_admin']);
    const listed = await run('list');
    expect(listed.lines).toEqual(['First.Admin@example.test  First Admin  platform_admin']);
  });

  it('revokes and disables, and says plainly what is wrong', async () => {
    expect((await run('revoke', 'first.admin@example.test', 'platform_admin')).code).toBe(EXIT.ok);
    expect((await loadActor(database.db, userId))!.grants).toEqual([]);
    await expect(run('revoke', 'first.admin@example.test', 'platform_admin')).rejects.toThrow(
      'does not hold that role',
    );
    await expect(run('grant', 'nobody@example.test', 'analyst')).rejects.toThrow('signs in once first');
    await expect(run('grant', 'first.admin@example.test', 'emperor')).rejects.toBeInstanceOf(CliExit);
    await expect(run('grant', 'first.admin@example.test', 'partner_editor')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await run('disable', 'first.admin@example.test')).code).toBe(EXIT.ok);
    expect(await loadActor(database.db, userId)).toBeUndefined();
  });
});
