import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../../../../domains/catalog/index.js';
import {
  publishCluster,
  saveClusterDraft,
  setClusterLifecycle,
} from '../../../../../domains/clusters/index.js';
import { partnershipId } from '../../../../../domains/partnerships/index.js';
import { systemActor } from '../../../../../platform/auth/index.js';
import { stableId } from '../../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aService, anOrganization, text } from '../../../../../testing/factories.js';
import { aSignedPartnership } from '../../../../../testing/partnerships.js';

const lead = anOrganization({ id: stableId('w:org:lead'), name: text('Canada Post', 'Postes Canada') });
const member = anOrganization({
  id: stableId('w:org:member'),
  name: text('ServiceOntario', 'ServiceOntario'),
});
const forward = aService({ id: stableId('w:svc:forward'), organization_id: lead.id });
const address = aService({ id: stableId('w:svc:address'), organization_id: member.id });

function moving(title = text('Moving', 'Déménager')) {
  return {
    key: 'moving',
    kind: 'life-event' as const,
    title,
    summary: text('Moving home', 'Déménager'),
    slug: { en: 'moving', fr: 'demenager' },
    lead_organization_id: lead.id,
    stages: [
      {
        key: 'before',
        title: text('Before you move', 'Avant de déménager'),
        steps: [
          {
            key: 'mail',
            title: text('Forward mail', 'Réacheminer le courrier'),
            summary: text('s', 's'),
            service_ids: [forward.id],
          },
          {
            key: 'address',
            title: text('Change address', 'Changer d’adresse'),
            summary: text('s', 's'),
            service_ids: [address.id],
          },
        ],
      },
    ],
  };
}

describe('cluster governance pages', () => {
  let testApp: TestApp;
  let manager: TestUser;
  let otherManager: TestUser;
  let leadAdmin: TestUser;
  const base = '/en/manage/clusters/moving';
  const baseFr = '/fr/gestion/grappes/moving';

  beforeAll(async () => {
    testApp = await createTestApp();
    const db = testApp.database.db;
    await importCatalog(
      db,
      { organizations: [lead, member], services: [forward, address] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(db, {
      key: 'moving',
      lead: lead.id,
      members: [member.id],
      clusters: ['moving'],
    });
    await aSignedPartnership(db, { key: 'elsewhere', lead: member.id, members: [lead.id], clusters: [] });
    await aSignedPartnership(db, {
      key: 'ending',
      lead: member.id,
      members: [lead.id],
      clusters: [],
      startsOn: '2026-01-01',
      endsOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    });
    const system = systemActor('test');
    await saveClusterDraft(db, system, moving(), { partnershipKey: 'moving' });
    await publishCluster(db, system, 'moving', { note: 'First' });
    await setClusterLifecycle(db, system, 'moving', {
      status: 'pilot',
      pilot_starts_on: '2026-09-01',
      pilot_ends_on: '2027-03-31',
    });
    manager = await signInAs(
      testApp.app,
      [
        { role: 'cluster_manager', partnershipId: partnershipId('moving') },
        { role: 'cluster_manager', partnershipId: partnershipId('ending') },
      ],
      'Morgan Manager',
    );
    otherManager = await signInAs(testApp.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('elsewhere') },
    ]);
    leadAdmin = await signInAs(testApp.app, [{ role: 'partner_admin', organizationId: lead.id }], 'Lee Lead');
    await saveClusterDraft(db, manager.actor, moving(text('Moving house', 'Déménager de maison')));
  });
  afterAll(async () => testApp.close());

  const get = (user: TestUser | undefined, url: string) =>
    testApp.app.inject({ url, headers: user ? { cookie: user.cookie } : {} });
  const post = (user: TestUser, url: string, fields: Record<string, string> = {}) =>
    testApp.app.inject({
      method: 'POST',
      url,
      headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: user.csrfToken }).toString(),
    });

  it('lists the manager’s clusters and warns of an agreement nearing its end, in both languages', async () => {
    const en = await get(manager, '/en/manage/clusters');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Moving house');
    expect(en.body).toContain('Pilot');
    expect(en.body).toContain('Unpublished draft');
    expect(en.body).toMatch(/The agreement of the ending partnership partnership ends on .*, in 30 days/);
    expect(en.body).toContain('href="/en/manage/clusters"');
    expect(en.body).toContain('cluster manager, moving partnership');
    const fr = await get(manager, '/fr/gestion/grappes');
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Projet pilote');
    expect(fr.body).toContain('Ententes à surveiller');
    expect(fr.body).toContain('<html lang="fr-CA"');
  });

  it('shows the history and says why production is not available yet', async () => {
    const page = await get(manager, base);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Version history');
    expect(page.body).toContain('automatic (test)');
    expect(page.body).toContain('Ask partners to approve this draft');
    expect(page.body).toMatch(
      /<button type="button" disabled aria-describedby="production-unavailable">Take to production/,
    );
    expect(page.body).toContain('the lead partner has not signed off the current version.');
    const fr = await get(manager, baseFr);
    expect(fr.body).toContain('Historique des versions');
    expect(fr.body).toContain('Mettre en production');
    expect(fr.body).toContain('le partenaire responsable n’a pas donné son approbation finale');
  });

  it('takes a change through approval, publication, sign-off and production', async () => {
    const asked = await post(manager, `${base}/request-approval`);
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe(`${base}?done=requested`);
    const after = await get(manager, asked.headers.location as string);
    expect(after.body).toContain('The partners have been asked to approve the draft.');
    expect(after.body).toContain('Waiting for approvals');
    expect(after.body).toContain('Lead partner');

    const leadView = await get(leadAdmin, base);
    expect(leadView.body).toContain('Decision for Canada Post');
    const requestId = /name="request_id" value="([^"]+)"/.exec(leadView.body)![1]!;
    const refused = await post(leadAdmin, `${base}/decide`, {
      request_id: requestId,
      organization_id: lead.id,
      decision: 'rejected',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('class="error-summary"');
    expect(refused.body).toContain(`href="#comment-${lead.id}"`);
    const approved = await post(leadAdmin, `${base}/decide`, {
      request_id: requestId,
      organization_id: lead.id,
      decision: 'approved',
    });
    expect(approved.headers.location).toBe(`${base}?done=approved`);

    const published = await post(manager, `${base}/publish`);
    expect(published.headers.location).toBe(`${base}?done=published`);
    const history = await get(manager, base);
    expect(history.body).toContain('href="/en/manage/clusters/moving/changes/1/2"');
    expect(history.body).toContain('Morgan Manager');

    const diff = await get(manager, '/en/manage/clusters/moving/changes/1/2');
    expect(diff.statusCode).toBe(200);
    expect(diff.body).toContain('Title changed from “Moving” to “Moving house”.');
    const diffFr = await get(manager, '/fr/gestion/grappes/moving/modifications/1/2');
    expect(diffFr.body).toContain(
      'Titre modifié de «\u00a0Déménager\u00a0» à «\u00a0Déménager de maison\u00a0».',
    );

    const tooSoon = await post(manager, `${base}/production`);
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.body).toContain('The lead partner has not signed off the current version for production.');
    const tooSoonFr = await post(manager, `${baseFr}/mise-en-production`);
    expect(tooSoonFr.statusCode).toBe(409);
    expect(tooSoonFr.body).toContain('Le partenaire responsable n’a pas donné son approbation finale');

    expect((await get(leadAdmin, base)).body).toContain('Sign off for production');
    const signed = await post(leadAdmin, `${base}/sign-off`, { comment: 'Pilot went well' });
    expect(signed.headers.location).toBe(`${base}?done=signedOff`);
    expect((await get(manager, base)).body).toContain('Their comment: “Pilot went well”');
    const live = await post(manager, `${base}/production`);
    expect(live.statusCode).toBe(303);
    const done = await get(manager, live.headers.location as string);
    expect(done.body).toContain('The cluster is now in production.');
    expect(done.body).toContain('the cluster is already in production.');
  });

  it('warns on a cluster’s page that its agreement ends soon', async () => {
    await saveClusterDraft(
      testApp.database.db,
      manager.actor,
      { ...moving(text('Closing', 'Fermeture')), key: 'closing', slug: { en: 'closing', fr: 'fermeture' } },
      { partnershipKey: 'ending' },
    );
    const page = await get(manager, '/en/manage/clusters/closing');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Agreements that need attention');
    expect(page.body).toContain('in 30 days');
    expect(page.body).toContain('no version has been published yet.');
  });

  it('refuses a manager of another partnership and sends strangers to sign in', async () => {
    expect((await get(otherManager, base)).statusCode).toBe(403);
    expect((await post(otherManager, `${base}/publish`)).statusCode).toBe(403);
    expect((await get(otherManager, '/en/manage/clusters')).body).not.toContain('Moving house');
    const anonymous = await get(undefined, base);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/en/sign-in');
  });
});
