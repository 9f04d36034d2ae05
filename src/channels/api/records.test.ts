import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocation, getService, importCatalog } from '../../domains/catalog/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signInAs, type TestUser } from '../../testing/auth.js';
import { aLocation, aService, anOrganization } from '../../testing/factories.js';

const orgA = anOrganization({ id: stableId('api-records:org:a') });
const orgB = anOrganization({ id: stableId('api-records:org:b') });
const office = aLocation({ id: stableId('api-records:office'), organization_id: orgA.id });
const service = aService({ id: stableId('api-records:service'), organization_id: orgA.id });

const body = (overrides: Record<string, unknown> = {}) => ({
  revision: 0,
  name: { en: 'Employment Insurance', fr: 'Assurance-emploi' },
  description: { en: 'Money while you look for work.', fr: 'Un revenu pendant la recherche.' },
  ...overrides,
});

describe('API writes to partners’ records', () => {
  let test: TestApp;
  let editor: TestUser;
  let other: TestUser;
  const url = `/api/v1/services/${service.id}`;

  beforeAll(async () => {
    test = await createTestApp();
    await importCatalog(
      test.database.db,
      { organizations: [orgA, orgB], locations: [office], services: [service] },
      { source: 'test', actor: 'test' },
    );
    editor = await signInAs(test.app, [{ role: 'partner_editor', organizationId: orgA.id }], 'Émilie');
    other = await signInAs(test.app, [{ role: 'partner_admin', organizationId: orgB.id }], 'Bob');
  });
  afterAll(async () => test?.close());

  it('answers 401 JSON to nobody and 403 JSON to another organisation, changing nothing', async () => {
    const anonymous = await test.app.inject({ method: 'PUT', url: `${url}/draft`, payload: body() });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
    for (const [method, path, payload] of [
      ['GET', `${url}/draft`, undefined],
      ['PUT', `${url}/draft`, body()],
      ['POST', `${url}/publish`, {}],
      ['POST', `${url}/verify`, {}],
      ['DELETE', `${url}/draft`, undefined],
      ['POST', `/api/v1/locations/${office.id}/verify`, {}],
    ] as const) {
      const response = await test.app.inject({ method, url: path, headers: other.headers, payload });
      expect(response.statusCode, `${method} ${path}`).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
    const denials = await test.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'access.denied')
      .where('actor', '=', other.actor.id)
      .execute();
    expect(denials.length).toBeGreaterThanOrEqual(6);
    expect((await getService(test.database.db, service.id)).assured_date).toBeUndefined();
  });

  it('answers 400 with each field’s problem in the person’s language', async () => {
    const response = await test.app.inject({
      method: 'PUT',
      url: `${url}/draft?lang=fr`,
      headers: editor.headers,
      payload: body({ name: { en: 'EI', fr: '' }, url: { en: 'javascript:alert(1)', fr: 'https://x.ca' } }),
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('Rien n’a été enregistré');
    expect(error.details.problems).toEqual(
      expect.arrayContaining([
        {
          path: 'name.fr',
          code: 'required_fr',
          message: 'Entrez aussi le texte français\u00a0: l’anglais est rempli.',
        },
        expect.objectContaining({ path: 'url.en', code: 'url' }),
      ]),
    );
    const shape = await test.app.inject({
      method: 'PUT',
      url: `${url}/draft`,
      headers: editor.headers,
      payload: { name: 'not an object' },
    });
    expect(shape.statusCode).toBe(400);
  });

  it('saves, refuses a stale revision with 409 naming who saved, publishes and verifies', async () => {
    const saved = await test.app.inject({
      method: 'PUT',
      url: `${url}/draft`,
      headers: editor.headers,
      payload: body({ version: 1, name: { en: 'EI benefits', fr: 'Prestations d’AE' } }),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ revision: 1, base_version: 1 });

    const stale = await test.app.inject({
      method: 'PUT',
      url: `${url}/draft`,
      headers: editor.headers,
      payload: body({ revision: 0 }),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'draft_changed', by: 'Émilie', current_revision: 1 },
    });
    expect(stale.json().error.message).toMatch(/^Émilie saved this draft on \d{4}-\d{2}-\d{2} at/);

    const read = await test.app.inject({ url: `${url}/draft`, headers: editor.headers });
    expect(read.json()).toMatchObject({ version: 1, draft: { revision: 1, updated_by: 'Émilie' } });
    // A draft is kept by no browser cache or proxy.
    expect(read.headers['cache-control']).toBe('no-store');
    expect(stale.headers['cache-control']).toBe('no-store');

    const published = await test.app.inject({
      method: 'POST',
      url: `${url}/publish`,
      headers: editor.headers,
      payload: { revision: 1 },
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ version: 2 });
    expect((await getService(test.database.db, service.id)).name.en).toBe('EI benefits');

    const again = await test.app.inject({ method: 'POST', url: `${url}/publish`, headers: editor.headers });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.reason).toBe('draft_gone');

    const stalePublish = await test.app.inject({
      method: 'PUT',
      url: `${url}/draft`,
      headers: editor.headers,
      payload: body({ version: 1 }),
    });
    expect(stalePublish.statusCode).toBe(409);
    expect(stalePublish.json().error.details.reason).toBe('published_changed');

    const verified = await test.app.inject({
      method: 'POST',
      url: `/api/v1/locations/${office.id}/verify`,
      headers: editor.headers,
      payload: { version: 1 },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ last_verified_by: 'Émilie', version: 1 });
    expect((await getLocation(test.database.db, office.id)).assured_date).toMatch(/^\d{4}-/);
  });

  it('drafts and publishes search terms, naming a term’s line when it is too long', async () => {
    const read = async () => (await test.app.inject({ url: `${url}/draft`, headers: editor.headers })).json();
    const { version } = await read();
    const tooLong = await test.app.inject({
      method: 'PUT',
      url: `${url}/draft?lang=fr`,
      headers: editor.headers,
      payload: body({ version, search_terms: { en: { names: ['EI', 'pogey', 'x'.repeat(200)] } } }),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details.problems).toEqual([
      {
        path: 'search_terms.en.names.2',
        code: 'term_too_long',
        message: 'La ligne 3 dépasse 120 caractères.',
      },
    ]);

    const saved = await test.app.inject({
      method: 'PUT',
      url: `${url}/draft`,
      headers: editor.headers,
      payload: body({
        version,
        search_terms: { en: { names: ['Pogey'] }, fr: { descriptions: ['mis à pied'] } },
      }),
    });
    expect(saved.statusCode).toBe(200);
    const { revision } = saved.json();
    const published = await test.app.inject({
      method: 'POST',
      url: `${url}/publish`,
      headers: editor.headers,
      payload: { revision },
    });
    expect(published.statusCode).toBe(200);
    expect((await read()).published.search_terms).toEqual({
      en: { names: ['pogey'], descriptions: [] },
      fr: { names: [], descriptions: ['mis pied'] },
    });
    // Published, then carried into need search after the commit.
    const found = await test.app.inject({ url: '/api/v1/search?q=pogey&lang=en' });
    expect(found.json().results[0]).toMatchObject({ type: 'service', id: service.id });
  });

  it('refuses a write carrying the session without its anti-forgery token', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: `${url}/verify`,
      headers: { cookie: editor.cookie },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_FAILED');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const document = (await test.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/services/{id}/draft',
        '/api/v1/services/{id}/publish',
        '/api/v1/locations/{id}/verify',
      ]),
    );
    expect(document.paths['/api/v1/services/{id}/draft'].put.requestBody).toBeDefined();
  });
});
