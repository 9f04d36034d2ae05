import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshInteractionRollup } from '../../../../../domains/measurement/index.js';
import { partnershipId } from '../../../../../domains/partnerships/index.js';
import { stableId } from '../../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aCostSharingCluster } from '../../../../../testing/costSharing.js';
import { aService, anOrganization, text } from '../../../../../testing/factories.js';

const lead = anOrganization({ id: stableId('rp:lead'), name: text('ServiceOntario', 'ServiceOntario') });
const member = anOrganization({ id: stableId('rp:member'), name: text('Service Canada', 'Service Canada') });
const leadService = aService({ id: stableId('rp:svc:lead'), organization_id: lead.id });
const memberService = aService({ id: stableId('rp:svc:member'), organization_id: member.id });
const period = 'from=2027-01-01&to=2027-03-31';

describe('results pages', () => {
  let test: TestApp;
  let analyst: TestUser;
  let memberAdmin: TestUser;
  let agent: TestUser;
  let otherManager: TestUser;
  beforeAll(async () => {
    test = await createTestApp();
    await aCostSharingCluster(test.database.db, {
      lead,
      member,
      leadService,
      memberService,
      transactionsAt: new Date('2027-02-01T12:00:00Z'),
    });
    await refreshInteractionRollup(test.database.db);
    analyst = await signInAs(test.app, [{ role: 'analyst' }]);
    memberAdmin = await signInAs(test.app, [{ role: 'partner_admin', organizationId: member.id }]);
    agent = await signInAs(test.app, [{ role: 'agent' }]);
    otherManager = await signInAs(test.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('other') },
    ]);
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });

  it('shows an analyst the cluster’s measures in both languages, with their tables', async () => {
    const en = await get(analyst, `/en/manage/results?cluster=moving&${period}`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Moving, January 1, 2027 to March 31, 2027');
    // Four transactions: two online (one of them started), a call and a visit.
    expect(en.body).toMatch(/<dt>Transactions<\/dt><dd class="measure-value">4<\/dd>/);
    expect(en.body).toMatch(/<dt>Self-service share<\/dt><dd class="measure-value">50%<\/dd>/);
    expect(en.body).toContain('<caption>Measures by channel,');
    expect(en.body).toContain('<th scope="row">Feb 2027</th>');
    const fr = await get(analyst, `/fr/gestion/resultats?cluster=moving&${period}`);
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toMatch(/<dt>Part du libre-service<\/dt><dd class="measure-value">50\u00a0%<\/dd>/);
    expect(fr.body).toContain('<th scope="row">févr. 2027</th>');
  });

  it('gives every figure as CSV and as JSON', async () => {
    const csv = await get(analyst, `/en/manage/results/csv?cluster=moving&${period}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('moving,2027-01-01,2027-03-31,total,,transactions,4');
    expect(csv.body).toContain('moving,2027-01-01,2027-03-31,channel,phone,transactions,1');
    const json = await get(analyst, `/en/manage/results/json?cluster=moving&${period}`);
    const figures = JSON.parse(json.body);
    expect(figures.totals.transactions).toBe(4);
    expect(figures.byMonth.map((month: { month: string }) => month.month)).toEqual([
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
    ]);
  });

  it('shows a partner its own figures only', async () => {
    const page = await get(memberAdmin, `/en/manage/results?cluster=moving&${period}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('You are reading your own organisation’s figures only.');
    expect(page.body).toMatch(/<dt>Transactions<\/dt><dd class="measure-value">1<\/dd>/);
    expect(page.body).not.toContain('Measures by partner');
  });

  it('words bad filters in the person’s language, with 400 or 404, never an empty chart', async () => {
    const reversed = await get(analyst, '/en/manage/results?cluster=moving&from=2027-04-01&to=2027-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('The last day must be on or after the first day');
    expect(reversed.body).toContain('href="#to"');
    const channel = await get(analyst, `/fr/gestion/resultats?cluster=moving&channel=pigeon&${period}`);
    expect(channel.statusCode).toBe(400);
    expect(channel.body).toContain('Choisissez un mode de prestation dans la liste');
    const impossible = await get(analyst, '/en/manage/results?cluster=moving&from=2027-13-01&to=2027-02-30');
    expect(impossible.statusCode).toBe(400);
    expect(impossible.body).toContain('Enter the first day as a date');
    expect(impossible.body).toContain('Enter the last day as a date');
    const unknown = await get(analyst, `/en/manage/results?cluster=nowhere&${period}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('There is no public cluster with this key');
    const partner = await get(analyst, `/en/manage/results?cluster=moving&partner=nobody&${period}`);
    expect(partner.statusCode).toBe(400);
    expect(partner.body).toContain('Choose a partner of this cluster from the list');
  });

  it('refuses people who may read no results, and a cluster a manager has no part in', async () => {
    expect((await get(agent, '/en/manage/results')).statusCode).toBe(403);
    const other = await get(otherManager, `/en/manage/results?cluster=moving&${period}`);
    expect(other.statusCode).toBe(403);
  });
});
