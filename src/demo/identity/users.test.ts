import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../domains/catalog/index.js';
import { loadActor } from '../../platform/auth/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { anOrganization } from '../../testing/factories.js';
import { orgId } from '../catalog/ids.js';
import { loadMessages } from '../../platform/i18n/index.js';
import { DEMO_ACCOUNTS, roleGrantOf, seedDemoUsers } from './users.js';

const ISSUER = 'http://localhost:3001';

describe('seedDemoUsers', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('has one account for every role, each described in both languages', () => {
    const roles = new Set(DEMO_ACCOUNTS.flatMap((account) => account.grants.map((grant) => grant.role)));
    expect([...roles].sort()).toEqual(
      ['agent', 'analyst', 'cluster_manager', 'partner_admin', 'partner_editor', 'platform_admin'].sort(),
    );
    for (const lang of ['en', 'fr'] as const) {
      const messages = loadMessages(lang);
      for (const account of DEMO_ACCOUNTS)
        expect(messages[`auth.provider.accounts.${account.id}`]).toBeTruthy();
    }
  });

  it('skips grants whose organisation or partnership is missing, then completes them, idempotently', async () => {
    const { db } = database;
    const first = await seedDemoUsers(db, ISSUER);
    expect(first.created).toBe(DEMO_ACCOUNTS.length);
    expect(first.granted).toBe(3);
    expect(first.notes).toHaveLength(6);
    expect(first.notes.join('\n')).toContain(
      'service-canada-editor: partner_editor for service-canada skipped',
    );

    const again = await seedDemoUsers(db, ISSUER);
    expect(again).toEqual({ created: 0, granted: 0, notes: first.notes });

    await importCatalog(
      db,
      {
        organizations: ['service-canada', 'serviceontario', 'canada-post'].map((slug) =>
          anOrganization({ id: orgId(slug) }),
        ),
      },
      { source: 'test', actor: 'test' },
    );
    const later = await seedDemoUsers(db, ISSUER);
    expect(later.created).toBe(0);
    expect(later.granted).toBe(4);
    expect(later.notes.every((note) => note.startsWith('cluster-manager:'))).toBe(true);

    const editor = await db
      .selectFrom('user_account')
      .selectAll()
      .where('issuer', '=', ISSUER)
      .where('subject', '=', 'service-canada-editor')
      .executeTakeFirstOrThrow();
    expect(editor.preferred_lang).toBe('fr');
    expect((await loadActor(db, editor.id))!.grants).toEqual([
      { ...roleGrantOf({ role: 'partner_editor', organization: 'service-canada' }), partnershipId: null },
    ]);
    const created = await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'user.create')
      .execute();
    expect(created).toHaveLength(DEMO_ACCOUNTS.length);
  });
});
