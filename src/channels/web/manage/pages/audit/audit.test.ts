import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../../../platform/audit/index.js';
import { withTransaction } from '../../../../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';

describe('audit trail pages', () => {
  let test: TestApp;
  let admin: TestUser;
  let analyst: TestUser;
  beforeAll(async () => {
    test = await createTestApp();
    admin = await signInAs(test.app, [{ role: 'platform_admin' }], 'Ada Admin');
    analyst = await signInAs(test.app, [{ role: 'analyst' }], 'Andy Analyst');
    for (let i = 0; i < 55; i++) {
      await withTransaction(test.database.db, (tx) =>
        appendAudit(tx, {
          actor: 'system:import',
          action: 'catalog.import',
          entity_type: 'import',
          entity_id: i === 54 ? '=cmd|calc' : `batch-${i}`,
          detail: { note: i === 54 ? '=HYPERLINK("http://evil.example")' : `batch ${i}`, created: i },
        }),
      );
    }
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });

  it('refuses anyone but a platform administrator, and logs the refusal', async () => {
    const refused = await get(analyst, '/en/manage/audit');
    expect(refused.statusCode).toBe(403);
    const denial = await test.database.db
      .selectFrom('audit_log')
      .select(['actor', 'detail'])
      .where('action', '=', 'access.denied')
      .executeTakeFirstOrThrow();
    expect(denial.actor).toBe(analyst.actor.id);
    expect(denial.detail).toMatchObject({ attempted: 'audit.view' });
    expect((await get(analyst, '/en/manage/audit/csv')).statusCode).toBe(403);
  });

  it('shows the chain’s state and the newest entries first, with readable detail, in both languages', async () => {
    const en = await get(admin, '/en/manage/audit');
    expect(en.statusCode).toBe(200);
    expect(en.body).toMatch(/Chain intact, \d+ entries checked\./);
    expect(en.body).toContain('<dt>note</dt>');
    expect(en.body).toContain('=HYPERLINK(&quot;http://evil.example&quot;)');
    expect(en.body).toContain('Time (Toronto)');
    const fr = await get(admin, '/fr/gestion/journal-audit');
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toMatch(/Chaîne intacte, \d+ entrées vérifiées\./);
    expect(fr.body).toContain('Journal d’audit');
    // The denial's actor is a signed-in person: shown by name.
    expect(en.body).toContain('Andy Analyst');
  });

  it('filters and pages by id without repeating entries', async () => {
    const first = await get(admin, '/en/manage/audit?action=catalog.import');
    const ids = (body: string) => [...body.matchAll(/<tr id="entry-(\d+)"/g)].map((m) => Number(m[1]));
    const firstIds = ids(first.body);
    expect(firstIds).toHaveLength(50);
    const older = /href="([^"]+)" rel="next"/.exec(first.body)![1]!.replace(/&amp;/g, '&');
    expect(older).toContain('action=catalog.import');
    const second = await get(admin, older);
    const secondIds = ids(second.body);
    expect(secondIds).toHaveLength(5);
    expect(Math.max(...secondIds)).toBeLessThan(Math.min(...firstIds));
    expect(second.body).toContain('Newest entries');
    const byActor = await get(admin, '/en/manage/audit?actor=andy');
    expect(ids(byActor.body).length).toBeGreaterThan(0);
    expect(byActor.body).not.toContain('catalog.import</code></td>');
    const bad = await get(admin, '/en/manage/audit?from=2026-13-45');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the start date as YYYY-MM-DD.');
    // Text the database cannot hold and entry numbers past any trail are read past, never a 500.
    for (const query of [
      'actor=an%00dy',
      'action=%ED%A0%80',
      'entity_type=%00',
      'before=99999999999999999999',
      'before=1e308',
    ]) {
      const hostile = await get(admin, `/en/manage/audit?${query}`);
      expect(hostile.statusCode, query).toBe(200);
    }
    expect(ids((await get(admin, '/en/manage/audit?actor=an%00dy')).body).length).toBeGreaterThan(0);
  });

  it('downloads the filtered rows as CSV that a spreadsheet will not run', async () => {
    const csv = await get(admin, '/en/manage/audit/csv?action=catalog.import');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(56);
    expect(lines[0]).toContain('Time (UTC)');
    expect(csv.body).toContain(",'=cmd|calc,");
    expect(csv.body).not.toMatch(/(^|,)"?=/m);
  });

  it('warns when the chain is broken after someone edits an entry', async () => {
    const row = await test.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', 'batch-10')
      .executeTakeFirstOrThrow();
    await test.database.db
      .updateTable('audit_log')
      .set({ actor: 'mallory' })
      .where('id', '=', row.id)
      .execute();
    const page = await get(admin, '/en/manage/audit');
    expect(page.body).toContain('role="alert"');
    expect(page.body).toContain(`Broken at entry #${row.id}`);
  });
});
