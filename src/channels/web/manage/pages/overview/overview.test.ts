import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshInteractionRollup } from '../../../../../domains/measurement/index.js';
import { stableId } from '../../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aCostSharingCluster } from '../../../../../testing/costSharing.js';
import { aService, anOrganization, text } from '../../../../../testing/factories.js';

const lead = anOrganization({ id: stableId('op:lead'), name: text('ServiceOntario', 'ServiceOntario') });
const member = anOrganization({ id: stableId('op:member'), name: text('Service Canada', 'Service Canada') });
const period = 'from=2027-01-01&to=2027-03-31';

describe('government-wide and department results pages', () => {
  let test: TestApp;
  let analyst: TestUser;
  let memberEditor: TestUser;
  let agent: TestUser;
  beforeAll(async () => {
    test = await createTestApp();
    await aCostSharingCluster(test.database.db, {
      lead,
      member,
      leadService: aService({ id: stableId('op:svc:lead'), organization_id: lead.id }),
      memberService: aService({ id: stableId('op:svc:member'), organization_id: member.id }),
      transactionsAt: new Date('2027-02-01T12:00:00Z'),
    });
    await refreshInteractionRollup(test.database.db);
    analyst = await signInAs(test.app, [{ role: 'analyst' }]);
    memberEditor = await signInAs(test.app, [{ role: 'partner_editor', organizationId: member.id }]);
    agent = await signInAs(test.app, [{ role: 'agent' }]);
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });

  it('shows an analyst the whole of government by department and cluster, in both languages', async () => {
    const en = await get(analyst, `/en/manage/results/government?${period}`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('The whole of government, January 1, 2027 to March 31, 2027');
    expect(en.body).toMatch(/<dt>Transactions<\/dt><dd class="measure-value">4<\/dd>/);
    expect(en.body).toContain('<caption>Measures by department or agency,');
    expect(en.body).toContain('0 of 2 public services are in no public cluster.');
    const fr = await get(analyst, `/fr/gestion/resultats/gouvernement?${period}&organization=${member.id}`);
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Service Canada, du 1er janvier 2027 au 31 mars 2027');
    expect(fr.body).toMatch(/<dt>Transactions<\/dt><dd class="measure-value">1<\/dd>/);
    const results = await get(analyst, '/en/manage/results');
    expect(results.body).toContain('href="/en/manage/results/government"');
  });

  it('gives every figure as CSV and JSON', async () => {
    const csv = await get(analyst, `/en/manage/results/government/csv?${period}`);
    expect(csv.body).toContain('government,2027-01-01,2027-03-31,total,,transactions,4');
    const json = JSON.parse((await get(analyst, `/en/manage/results/government/json?${period}`)).body);
    expect(json.unclustered).toMatchObject({ services: 2, outside: 0 });
  });

  it('shows a partner its own department, refuses others, and words bad filters', async () => {
    const own = await get(memberEditor, `/en/manage/results/government?${period}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Service Canada, January 1, 2027 to March 31, 2027');
    expect(
      (await get(memberEditor, `/en/manage/results/government?${period}&organization=${lead.id}`)).statusCode,
    ).toBe(403);
    expect((await get(agent, '/en/manage/results/government')).statusCode).toBe(403);
    const bad = await get(analyst, '/en/manage/results/government?organization=nobody');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choose a department or agency from the list');
    const reversed = await get(analyst, '/fr/gestion/resultats/gouvernement?from=2027-04-01&to=2027-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('Le dernier jour doit être le même que le premier jour ou venir après');
  });
});
