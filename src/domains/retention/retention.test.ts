import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit/index.js';
import { recordSignIn } from '../../platform/auth/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { recordSurveyResponse } from '../measurement/index.js';
import { applyRetention, RetentionPolicy } from './index.js';

const NOW = new Date('2026-12-08T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

describe('retention of personal data', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('purges what is past its period, keeps what is not and every score, and audits the counts', async () => {
    const db = database.db;
    const survey = async (comment: string) =>
      (await recordSurveyResponse(db, { channel: 'web', lang: 'en', answers: { overall: 4, comment } }))
        .interactionId;
    const oldSurvey = await survey('Call me about my file');
    const newSurvey = await survey('Quick and kind');
    await sql`update interaction set occurred_at = ${daysAgo(400)} where id = ${oldSurvey}`.execute(db);

    await sql`insert into search_unmet_need (lang, need, first_seen, last_seen) values
      ('en', 'old need', ${daysAgo(500)}, ${daysAgo(400)}), ('en', 'recent need', ${daysAgo(500)}, ${daysAgo(10)})`.execute(
      db,
    );

    const account = async (email: string) =>
      (await recordSignIn(db, { issuer: 'https://idp.test', subject: email, name: `Person ${email}`, email }))
        .userId;
    const gone = await account('gone@example.ca');
    const disabledRecently = await account('recent@example.ca');
    const active = await account('active@example.ca');
    await sql`update user_account set disabled = true, last_sign_in_at = ${daysAgo(800)} where id = ${gone}`.execute(
      db,
    );
    await sql`update user_account set disabled = true, last_sign_in_at = ${daysAgo(100)} where id = ${disabledRecently}`.execute(
      db,
    );
    await sql`update user_account set last_sign_in_at = ${daysAgo(800)} where id = ${active}`.execute(db);

    const report = await applyRetention(db, RetentionPolicy.parse({}), NOW);
    expect(report).toMatchObject({ comments: 1, unmetNeeds: 1, accounts: 1 });

    const responses = await db
      .selectFrom('survey_response')
      .select(['interaction_id', 'overall', 'comment'])
      .execute();
    expect(responses).toEqual(
      expect.arrayContaining([
        { interaction_id: oldSurvey, overall: 4, comment: null },
        { interaction_id: newSurvey, overall: 4, comment: 'Quick and kind' },
      ]),
    );
    expect((await db.selectFrom('search_unmet_need').select('need').execute()).map((r) => r.need)).toEqual([
      'recent need',
    ]);
    const accounts = await db.selectFrom('user_account').select(['id', 'name', 'email']).execute();
    expect(accounts.find((a) => a.id === gone)).toEqual({ id: gone, name: '(account removed)', email: null });
    expect(accounts.find((a) => a.id === disabledRecently)!.email).toBe('recent@example.ca');
    expect(accounts.find((a) => a.id === active)!.email).toBe('active@example.ca');

    const entry = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'retention.purge')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.detail)).not.toMatch(/gone@example|Call me|old need/);
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // Nothing left to purge: nothing changes, and the trail records nothing more.
    expect(await applyRetention(db, RetentionPolicy.parse({}), NOW)).toMatchObject({
      comments: 0,
      unmetNeeds: 0,
      accounts: 0,
    });
    const { n } = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'retention.purge')
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(1);
  });
});
