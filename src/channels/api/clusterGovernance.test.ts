import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../domains/catalog/index.js';
import { partnershipId } from '../../domains/partnerships/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signInAs, type TestUser } from '../../testing/auth.js';
import { aService, anOrganization, text } from '../../testing/factories.js';
import { aSignedPartnership } from '../../testing/partnerships.js';

const lead = anOrganization({ id: stableId('api:org:lead') });
const member = anOrganization({ id: stableId('api:org:member') });
const own = aService({ id: stableId('api:svc:own'), organization_id: lead.id });
const theirs = aService({ id: stableId('api:svc:theirs'), organization_id: member.id });

const definition = {
  kind: 'business-event',
  title: text('Hiring', 'Embaucher'),
  summary: text('Your first employee', 'Votre premier employé'),
  slug: { en: 'hiring', fr: 'embaucher' },
  lead_organization_id: lead.id,
  stages: [
    {
      key: 'register',
      title: text('Register', 'S’inscrire'),
      steps: [
        { key: 'payroll', title: text('Payroll', 'Paie'), summary: text('s', 's'), service_ids: [own.id] },
        {
          key: 'safety',
          title: text('Safety', 'Sécurité'),
          summary: text('s', 's'),
          service_ids: [theirs.id],
        },
      ],
    },
  ],
};

describe('cluster governance API', () => {
  let testApp: TestApp;
  let manager: TestUser;
  let stranger: TestUser;
  let leadAdmin: TestUser;
  let memberAdmin: TestUser;

  beforeAll(async () => {
    testApp = await createTestApp();
    await importCatalog(
      testApp.database.db,
      { organizations: [lead, member], services: [own, theirs] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(testApp.database.db, {
      key: 'hiring',
      lead: lead.id,
      members: [member.id],
      clusters: ['hiring'],
    });
    await aSignedPartnership(testApp.database.db, {
      key: 'other',
      lead: member.id,
      members: [lead.id],
      clusters: [],
    });
    manager = await signInAs(testApp.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('hiring') },
    ]);
    stranger = await signInAs(testApp.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('other') },
    ]);
    leadAdmin = await signInAs(testApp.app, [{ role: 'partner_admin', organizationId: lead.id }]);
    memberAdmin = await signInAs(testApp.app, [{ role: 'partner_admin', organizationId: member.id }]);
  });
  afterAll(async () => testApp.close());

  const send = (
    user: TestUser | undefined,
    method: 'PUT' | 'POST',
    url: string,
    payload: unknown = {},
    lang = 'en',
  ) =>
    testApp.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(user?.headers ?? {}), 'accept-language': lang },
      payload: payload as Record<string, unknown>,
    });

  it('answers 401 without a session and 403 to a manager of another partnership', async () => {
    const anonymous = await send(undefined, 'PUT', '/clusters/hiring/draft', {
      definition,
      partnership_key: 'hiring',
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const refused = await send(stranger, 'PUT', '/clusters/hiring/draft', {
      definition,
      partnership_key: 'hiring',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('saves a draft, gathers approvals, publishes and takes it to production', async () => {
    const saved = await send(manager, 'PUT', '/clusters/hiring/draft', {
      definition,
      partnership_key: 'hiring',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ key: 'hiring', revision: 1, created: true });

    const early = await send(manager, 'POST', '/clusters/hiring/publish', {}, 'fr');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      error: {
        code: 'CONFLICT',
        message: 'Demandez aux partenaires d’approuver cette ébauche avant de la publier.',
        details: { reason: 'no_request' },
      },
    });

    const asked = await send(manager, 'POST', '/clusters/hiring/change-requests');
    expect(asked.statusCode).toBe(201);
    const request = asked.json() as { id: string; approvals: { organization_id: string }[] };
    expect(request.approvals.map((a) => a.organization_id).sort()).toEqual([lead.id, member.id].sort());

    const url = `/clusters/hiring/change-requests/${request.id}/decisions`;
    expect((await send(manager, 'POST', url, { decision: 'approved' })).statusCode).toBe(403);
    const first = await send(leadAdmin, 'POST', url, { decision: 'approved' });
    expect(first.json()).toMatchObject({ organization_id: lead.id, state: 'open' });
    const last = await send(memberAdmin, 'POST', url, { decision: 'approved', comment: 'Fine by us' });
    expect(last.json()).toMatchObject({ state: 'approved' });

    const published = await send(manager, 'POST', '/clusters/hiring/publish', { note: 'Launch' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ key: 'hiring', version: 1 });

    const pilot = await send(manager, 'POST', '/clusters/hiring/lifecycle', {
      status: 'pilot',
      pilot_starts_on: '2026-09-01',
      pilot_ends_on: '2027-03-31',
    });
    expect(pilot.statusCode).toBe(200);
    const blocked = await send(manager, 'POST', '/clusters/hiring/lifecycle', { status: 'production' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({
      error: {
        message: 'The lead partner has not signed off the current version for production.',
        details: { reason: 'no_signoff' },
      },
    });
    expect((await send(memberAdmin, 'POST', '/clusters/hiring/sign-off')).statusCode).toBe(403);
    const signed = await send(leadAdmin, 'POST', '/clusters/hiring/sign-off', { comment: 'Go' });
    expect(signed.json()).toMatchObject({ version: 1, organization_id: lead.id, created: true });
    const live = await send(manager, 'POST', '/clusters/hiring/lifecycle', { status: 'production' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'production' });
  });

  it('refuses a rejection without a comment as invalid', async () => {
    await send(manager, 'PUT', '/clusters/hiring/draft', {
      definition: { ...definition, title: text('Hiring staff', 'Embaucher du personnel') },
    });
    const asked = (await send(manager, 'POST', '/clusters/hiring/change-requests')).json() as { id: string };
    const url = `/clusters/hiring/change-requests/${asked.id}/decisions`;
    expect((await send(leadAdmin, 'POST', url, { decision: 'rejected' })).statusCode).toBe(400);
    const rejected = await send(leadAdmin, 'POST', url, {
      decision: 'rejected',
      comment: 'Keep the old title',
    });
    expect(rejected.json()).toMatchObject({ state: 'rejected' });
    expect((await send(leadAdmin, 'POST', url, { decision: 'approved' })).statusCode).toBe(409);
  });
});
