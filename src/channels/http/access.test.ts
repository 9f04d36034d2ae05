import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signInAs } from '../../testing/auth.js';
import { needsSession } from './access.js';

describe('sessions, roles and request forgery', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => testApp.close());

  const denials = () =>
    testApp.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'access.denied')
      .orderBy('id')
      .execute();

  it('sends anonymous people to sign in, keeping where they were going', async () => {
    const response = await testApp.app.inject({ url: '/fr/gestion' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/fr/connexion?return_to=%2Ffr%2Fgestion');
  });

  it('reads no session for style sheets and probes, and does for everything else', () => {
    for (const url of ['/assets/stitch.css', '/healthz', '/readyz', '/healthz?x=1'])
      expect(needsSession(url), url).toBe(false);
    for (const url of ['/en/manage', '/api/v1/services', '/healthzz', '/en/assets/x', '/'])
      expect(needsSession(url), url).toBe(true);
  });

  it('treats an unknown or ended session as nobody', async () => {
    const response = await testApp.app.inject({
      url: '/en/manage',
      headers: { cookie: 'stitch_session=forged' },
    });
    expect(response.statusCode).toBe(303);
  });

  it('tells an account without a role how to get one, and refuses it every section (logged)', async () => {
    const before = (await denials()).length;
    const nobody = await signInAs(testApp.app, [], 'Nobody Special');
    const home = await testApp.app.inject({ url: '/en/manage', headers: { cookie: nobody.cookie } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Your account has no role yet');
    const people = await testApp.app.inject({ url: '/en/manage/people', headers: { cookie: nobody.cookie } });
    expect(people.statusCode).toBe(403);
    expect(people.body).toContain('You cannot do this');
    // Signed in already: the way forward is the back office, and the language link finds its French home.
    expect(people.body).toContain('href="/en/manage">Back to the back office');
    expect(people.body).toContain('href="/fr/gestion"');
    expect(people.body).not.toContain('href="/fr/manage');
    const logged = await denials();
    expect(logged).toHaveLength(before + 1);
    expect(logged.at(-1)).toMatchObject({ actor: nobody.actor.id, entity_type: 'user' });
    expect(logged.at(-1)!.detail).toMatchObject({ attempted: 'user.list', method: 'GET' });
  });

  it('shows the back office, never cached, to a person with a role, with their name escaped', async () => {
    const admin = await signInAs(
      testApp.app,
      [{ role: 'platform_admin' }],
      '<script>alert(1)</script> Admin',
    );
    const response = await testApp.app.inject({ url: '/fr/gestion', headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('&lt;script>alert(1)&lt;/script> Admin');
    expect(response.body).not.toContain('<script>alert(1)');
    expect(response.body).toContain('administrateur de la plateforme');
    expect(response.body).toContain(`name="_csrf" value="${admin.csrfToken}"`);
  });

  it('refuses a form sent with a session but without its anti-forgery token', async () => {
    const editor = await signInAs(testApp.app, [{ role: 'analyst' }]);
    const missing = await testApp.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'page=%2Fen&useful=yes',
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('This form could not be accepted');
    const wrong = await testApp.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'page=%2Fen&useful=yes&_csrf=not-the-token',
    });
    expect(wrong.statusCode).toBe(403);
    const right = await testApp.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `page=%2Fen&useful=yes&_csrf=${editor.csrfToken}`,
    });
    expect(right.statusCode).toBe(303);
  });

  it('refuses any state-changing request sent from another site', async () => {
    const fetchMetadata = await testApp.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      payload: 'page=%2Fen&useful=yes',
    });
    expect(fetchMetadata.statusCode).toBe(403);
    const origin = await testApp.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      payload: 'page=%2Fen&useful=yes',
    });
    expect(origin.statusCode).toBe(403);
    const sameSite = await testApp.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
        host: 'localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: 'page=%2Fen&useful=yes',
    });
    expect(sameSite.statusCode).toBe(303);
  });

  it('answers 401 to an API write without a session, whatever its body', async () => {
    const response = await testApp.app.inject({
      method: 'PUT',
      url: '/api/v1/services/not-even-an-id/draft',
      headers: { 'content-type': 'application/json' },
      payload: '{"nonsense":',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers the API in JSON when a write is refused for forgery', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/search',
      headers: {
        'content-type': 'application/json',
        'sec-fetch-site': 'cross-site',
        'accept-language': 'fr',
      },
      payload: '{}',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_FAILED');
    expect(response.json().error.message).toContain('formulaire');
  });
});
