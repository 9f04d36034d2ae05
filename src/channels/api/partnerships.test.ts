import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../domains/catalog/index.js';
import { partnershipId } from '../../domains/partnerships/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signInAs, type TestUser } from '../../testing/auth.js';
import { anOrganization } from '../../testing/factories.js';

const lead = anOrganization({ id: stableId('api:p:lead') });
const member = anOrganization({ id: stableId('api:p:member') });

const partnership = {
  key: 'new-business',
  name: { en: 'New business', fr: 'Nouvelle entreprise' },
  parties: [
    { organization_id: lead.id, role: 'lead' },
    { organization_id: member.id, role: 'member' },
  ],
};
const agreement = {
  template: 'service-cluster',
  starts_on: '2026-01-01',
  ends_on: '2099-12-31',
  review_on: '2099-06-01',
  clauses: {
    scope: { clusters: ['starting-a-business'] },
    branding: { lead_organization_id: lead.id, co_brand_order: [member.id] },
    cost_sharing: { formula: 'by_volume' },
  },
};

describe('partnership API', () => {
  let test: TestApp;
  let admin: TestUser;
  let leadAdmin: TestUser;
  let memberAdmin: TestUser;
  let analyst: TestUser;
  beforeAll(async () => {
    test = await createTestApp();
    await importCatalog(
      test.database.db,
      { organizations: [lead, member] },
      { source: 'test', actor: 'test' },
    );
    admin = await signInAs(test.app, [{ role: 'platform_admin' }]);
    leadAdmin = await signInAs(test.app, [{ role: 'partner_admin', organizationId: lead.id }]);
    memberAdmin = await signInAs(test.app, [{ role: 'partner_admin', organizationId: member.id }]);
    analyst = await signInAs(test.app, [{ role: 'analyst' }]);
  });
  afterAll(async () => test.close());

  const post = (url: string, payload: unknown, user?: TestUser, lang = 'en') =>
    test.app.inject({
      method: 'POST',
      url,
      payload: payload as Record<string, unknown>,
      headers: { ...(user?.headers ?? {}), 'accept-language': lang },
    });

  it('answers 401 without a session and 403 for a role that may not create', async () => {
    const anonymous = await post('/api/v1/partnerships', partnership);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const refused = await post('/api/v1/partnerships', partnership, analyst, 'fr');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/^Vous n’êtes pas autorisé/);
  });

  it('explains invalid input field by field, in the person’s language', async () => {
    const oneLead = await post(
      '/api/v1/partnerships',
      { ...partnership, parties: partnership.parties.map((p) => ({ ...p, role: 'member' })) },
      admin,
      'fr',
    );
    expect(oneLead.statusCode).toBe(400);
    expect(oneLead.json().error.details.fields).toEqual([
      {
        field: 'parties',
        message:
          'Indiquez au moins deux organisations connues, chacune une seule fois, dont exactement une responsable.',
      },
    ]);
    const shape = await post('/api/v1/partnerships', { key: 'x' }, admin);
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('creates, drafts and collects each party’s signature, then refuses a second signature with 409', async () => {
    const created = await post('/api/v1/partnerships', partnership, admin);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: partnershipId('new-business') });
    expect((await post('/api/v1/partnerships', partnership, admin)).statusCode).toBe(409);

    const outsideClause = await post(
      '/api/v1/partnerships/new-business/agreements',
      { ...agreement, clauses: { ...agreement.clauses, branding: { lead_organization_id: stableId('x') } } },
      admin,
    );
    expect(outsideClause.statusCode).toBe(400);
    expect(outsideClause.json().error.details.fields[0].message).toBe(
      'Every organisation a clause names must be a party to the partnership.',
    );
    expect(
      (await post('/api/v1/partnerships/new-business/agreements', agreement, leadAdmin)).statusCode,
    ).toBe(403);
    const drafted = await post('/api/v1/partnerships/new-business/agreements', agreement, admin);
    expect(drafted.statusCode).toBe(201);
    const id = drafted.json().id as string;

    const signatures = `/api/v1/agreements/${id}/signatures`;
    expect((await post(signatures, { organization_id: lead.id }, admin)).statusCode).toBe(403);
    expect((await post(signatures, { organization_id: member.id }, leadAdmin)).statusCode).toBe(403);
    const first = await post(signatures, { organization_id: lead.id }, leadAdmin);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ status: 'draft', signed: [lead.id], waiting: [member.id] });
    const twice = await post(signatures, { organization_id: lead.id }, leadAdmin, 'fr');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'Votre organisation a déjà signé cette entente.',
    });
    const last = await post(signatures, { organization_id: member.id }, memberAdmin);
    expect(last.json()).toEqual({ status: 'signed', signed: [member.id], waiting: [] });
    expect((await post(signatures, { organization_id: member.id }, memberAdmin)).statusCode).toBe(409);
  });

  it('documents the writes in the OpenAPI document', async () => {
    const doc = (await test.app.inject('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/partnerships',
        '/api/v1/partnerships/{key}/agreements',
        '/api/v1/agreements/{id}/signatures',
      ]),
    );
  });
});
