import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../../../../domains/catalog/index.js';
import { loadActor } from '../../../../../platform/auth/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { createTestUser, signInAs, type TestUser } from '../../../../../testing/auth.js';
import { anOrganization } from '../../../../../testing/factories.js';
import { inPageLinksWithoutTarget } from '../../../../../testing/html.js';

describe('people and roles pages', () => {
  let testApp: TestApp;
  const ours = anOrganization({ name: { en: 'Service Canada', fr: 'Service Canada' } });
  const theirs = anOrganization({ name: { en: 'ServiceOntario', fr: 'ServiceOntario' } });
  let admin: TestUser;
  let partnerAdmin: TestUser;
  beforeAll(async () => {
    testApp = await createTestApp();
    await importCatalog(
      testApp.database.db,
      { organizations: [ours, theirs] },
      { source: 'test', actor: 'test' },
    );
    admin = await signInAs(testApp.app, [{ role: 'platform_admin' }], 'Alex Admin');
    partnerAdmin = await signInAs(
      testApp.app,
      [{ role: 'partner_admin', organizationId: ours.id }],
      'Pat Partner',
    );
  });
  afterAll(async () => testApp.close());

  const post = (user: TestUser, url: string, fields: Record<string, string>) =>
    testApp.app.inject({
      method: 'POST',
      url,
      headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: user.csrfToken }).toString(),
    });

  it('lists accounts for a platform administrator in both languages', async () => {
    const en = await testApp.app.inject({ url: '/en/manage/people', headers: { cookie: admin.cookie } });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Pat Partner');
    expect(en.body).toContain('partner administrator, Service Canada');
    const fr = await testApp.app.inject({ url: '/fr/gestion/personnes', headers: { cookie: admin.cookie } });
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Personnes et rôles');
    expect(fr.body).toContain('administrateur partenaire, Service Canada');
  });

  it('lets a partner administrator give an editor role in their organisation, not elsewhere', async () => {
    const newcomer = await createTestUser(testApp.database.db, [], 'Nico Newcomer');
    const email = (await testApp.database.db
      .selectFrom('user_account')
      .select('email')
      .where('id', '=', newcomer.id)
      .executeTakeFirstOrThrow())!.email!;
    const granted = await post(partnerAdmin, '/en/manage/people/grant', {
      email,
      role: 'partner_editor',
      organization_id: ours.id,
    });
    expect(granted.statusCode).toBe(303);
    expect(granted.headers.location).toBe('/en/manage/people?done=granted');
    expect((await loadActor(testApp.database.db, newcomer.id))!.grants).toEqual([
      { role: 'partner_editor', organizationId: ours.id, partnershipId: null },
    ]);
    const elsewhere = await post(partnerAdmin, '/en/manage/people/grant', {
      email,
      role: 'partner_editor',
      organization_id: theirs.id,
    });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('explains a bad grant in the person’s language, without a 500', async () => {
    const unknown = await post(admin, '/fr/gestion/personnes/attribuer', {
      email: 'personne@example.test',
      role: 'analyst',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Aucun compte n’a cette adresse courriel');
    expect(unknown.body).toContain('href="#email"');
    const scope = await post(admin, '/en/manage/people/grant', {
      email: (await testApp.database.db
        .selectFrom('user_account')
        .select('email')
        .where('id', '=', partnerAdmin.actor.id)
        .executeTakeFirstOrThrow())!.email!,
      role: 'cluster_manager',
    });
    expect(scope.statusCode).toBe(400);
    expect(scope.body).toContain('Give the partnership key');
    // The summary's link reaches the partnership field, whose message the field itself shows too.
    expect(scope.body).toContain('href="#partnership"');
    expect(scope.body).toContain('id="partnership-error"');
    expect(scope.body).toMatch(/id="partnership"[^>]*aria-describedby="partnership-hint partnership-error"/);
    expect(inPageLinksWithoutTarget(scope.body)).toEqual([]);
    expect(inPageLinksWithoutTarget(unknown.body)).toEqual([]);
    const noPartnership = await post(admin, '/en/manage/people/grant', {
      email: (await testApp.database.db
        .selectFrom('user_account')
        .select('email')
        .where('id', '=', partnerAdmin.actor.id)
        .executeTakeFirstOrThrow())!.email!,
      role: 'cluster_manager',
      partnership: 'no-such-partnership',
    });
    expect(noPartnership.statusCode).toBe(400);
    expect(noPartnership.body).toContain('There is no partnership with this key.');
  });

  it('refuses editors, and a form without its token', async () => {
    const editor = await signInAs(testApp.app, [{ role: 'partner_editor', organizationId: ours.id }]);
    expect(
      (await testApp.app.inject({ url: '/en/manage/people', headers: { cookie: editor.cookie } })).statusCode,
    ).toBe(403);
    const forged = await testApp.app.inject({
      method: 'POST',
      url: '/en/manage/people/disable',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `user_id=${partnerAdmin.actor.id}`,
    });
    expect(forged.statusCode).toBe(403);
    expect(await loadActor(testApp.database.db, partnerAdmin.actor.id)).toBeDefined();
  });
});
