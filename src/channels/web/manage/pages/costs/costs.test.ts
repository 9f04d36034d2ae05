import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../../../../domains/catalog/index.js';
import {
  publishCluster,
  saveClusterDraft,
  setClusterLifecycle,
} from '../../../../../domains/clusters/index.js';
import { recordInteraction } from '../../../../../domains/measurement/index.js';
import {
  createPartnership,
  draftAgreement,
  partnershipId,
  signAgreement,
} from '../../../../../domains/partnerships/index.js';
import { systemActor } from '../../../../../platform/auth/index.js';
import { stableId } from '../../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aService, anOrganization, text } from '../../../../../testing/factories.js';
import { parseDollars } from './schema.js';

const seed = systemActor('test');
const lead = anOrganization({ id: stableId('cs:lead'), name: text('ServiceOntario', 'ServiceOntario') });
const member = anOrganization({ id: stableId('cs:member'), name: text('Service Canada', 'Service Canada') });
const leadService = aService({ id: stableId('cs:svc:lead'), organization_id: lead.id });
const memberService = aService({ id: stableId('cs:svc:member'), organization_id: member.id });

describe('cost-sharing pages', () => {
  let test: TestApp;
  let analyst: TestUser;
  let agent: TestUser;
  let otherManager: TestUser;
  beforeAll(async () => {
    test = await createTestApp();
    const db = test.database.db;
    await importCatalog(
      db,
      { organizations: [lead, member], services: [leadService, memberService] },
      { source: 'test', actor: 'test' },
    );
    for (const key of ['moving', 'other']) {
      await createPartnership(db, seed, {
        key,
        name: text(key, key),
        parties: [
          { organization_id: lead.id, role: 'lead' },
          { organization_id: member.id, role: 'member' },
        ],
      });
    }
    const { id } = await draftAgreement(db, seed, {
      partnership_key: 'moving',
      template: 'service-cluster',
      starts_on: '2027-01-01',
      ends_on: '2027-12-31',
      review_on: '2027-12-01',
      clauses: {
        scope: { clusters: ['moving'] },
        branding: { lead_organization_id: lead.id, co_brand_order: [member.id] },
        cost_sharing: { formula: 'by_volume' },
      },
    });
    await signAgreement(db, seed, id, { at: new Date('2026-12-01T12:00:00Z') });
    await saveClusterDraft(db, seed, {
      key: 'moving',
      kind: 'life-event',
      title: text('Moving', 'Déménager'),
      summary: text('s', 's'),
      slug: { en: 'moving', fr: 'demenager' },
      lead_organization_id: lead.id,
      stages: [
        {
          key: 'one',
          title: text('One', 'Un'),
          steps: [
            { key: 'a', title: text('A', 'A'), summary: text('s', 's'), service_ids: [leadService.id] },
            { key: 'b', title: text('B', 'B'), summary: text('s', 's'), service_ids: [memberService.id] },
          ],
        },
      ],
    });
    await publishCluster(db, seed, 'moving');
    await setClusterLifecycle(db, seed, 'moving', {
      status: 'pilot',
      pilot_starts_on: '2026-01-01',
      pilot_ends_on: '2099-12-31',
    });
    const at = new Date('2027-02-01T12:00:00Z');
    for (const service_id of [leadService.id, leadService.id, leadService.id, memberService.id])
      await recordInteraction(db, { channel: 'web', kind: 'view', service_id, occurred_at: at });
    analyst = await signInAs(test.app, [{ role: 'analyst' }]);
    agent = await signInAs(test.app, [{ role: 'agent' }]);
    otherManager = await signInAs(test.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('other') },
    ]);
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });

  it('reads amounts as people type them in either language', () => {
    expect(parseDollars('1234.56')).toBe(123_456);
    expect(parseDollars('1 234,56')).toBe(123_456);
    expect(parseDollars('$12,500.00')).toBe(1_250_000);
    expect(parseDollars('12,500')).toBe(1_250_000);
    expect(parseDollars('12 500,00 $')).toBe(1_250_000);
    expect(parseDollars('-5')).toBeUndefined();
    expect(parseDollars('abc')).toBeUndefined();
    expect(parseDollars('1.234')).toBeUndefined();
  });

  it('splits the total by measured volume, with totals that add up, in English', async () => {
    const page = await get(
      analyst,
      '/en/manage/cost-sharing?cluster=moving&from=2027-01-01&to=2027-03-31&total=1000',
    );
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Formula: In proportion to measured volume.');
    expect(page.body).toContain('Service cluster agreement');
    const cells = [...page.body.matchAll(/<td class="numeric">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['3', '75%', '$750.00', '1', '25%', '$250.00', '4', '100%', '$1,000.00']);
    expect(page.body).toContain('href="/en/manage/cost-sharing/csv?cluster=moving&amp;from=2027-01-01');
  });

  it('writes amounts the French way', async () => {
    const page = await get(
      analyst,
      '/fr/gestion/partage-couts?cluster=moving&from=2027-01-01&to=2027-03-31&total=1234,56',
    );
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/925,92[\u00a0\u202f ]\$/);
    expect(page.body).toMatch(/1[\u00a0\u202f ]234,56[\u00a0\u202f ]\$/);
    expect(page.body).toContain('Au prorata du volume mesuré');
  });

  it('explains bad input and a missing agreement in an error summary, never a 500', async () => {
    const bad = await get(analyst, '/en/manage/cost-sharing?cluster=&from=2027-02-30&to=nope&total=-5');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('class="error-summary"');
    for (const message of [
      'Choose a cluster.',
      'Enter the start of the period as YYYY-MM-DD.',
      'Enter the end of the period as YYYY-MM-DD.',
      'Enter the total as an amount of zero or more dollars',
    ])
      expect(bad.body).toContain(message);
    const none = await get(
      analyst,
      '/fr/gestion/partage-couts?cluster=moving&from=2030-01-01&to=2030-02-01&total=10',
    );
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Aucune entente signée ne vise ce regroupement le 1er janvier 2030.');
    const unknown = await get(
      analyst,
      '/en/manage/cost-sharing?cluster=nowhere&from=2027-01-01&to=2027-02-01&total=10',
    );
    expect(unknown.body).toContain('There is no published cluster with this key.');
  });

  it('lets analysts download the report, and refuses agents and other partnerships’ managers', async () => {
    const csv = await get(
      analyst,
      '/en/manage/cost-sharing/csv?cluster=moving&from=2027-01-01&to=2027-03-31&total=1000',
    );
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.slice(1).map((line) => line.split(',').slice(-3))).toEqual([
      ['3', '75.00', '750.00'],
      ['1', '25.00', '250.00'],
      ['4', '100.00', '1000.00'],
    ]);
    expect((await get(agent, '/en/manage/cost-sharing')).statusCode).toBe(403);
    const other = await get(
      otherManager,
      '/en/manage/cost-sharing?cluster=moving&from=2027-01-01&to=2027-03-31&total=1',
    );
    expect(other.statusCode).toBe(403);
  });
});
