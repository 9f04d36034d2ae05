import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipId } from '../../../../../domains/partnerships/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aPilotedCluster, pilotedClusterParts } from '../../../../../testing/pilotEvaluation.js';

const parts = pilotedClusterParts('bp');
const march = 'cluster=moving&from=2027-03-01&to=2027-03-31';

describe('business case pages', () => {
  let test: TestApp;
  let manager: TestUser;
  let memberAdmin: TestUser;
  let agent: TestUser;
  let otherManager: TestUser;
  beforeAll(async () => {
    test = await createTestApp();
    await aPilotedCluster(test.database.db, parts);
    manager = await signInAs(test.app, [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
    memberAdmin = await signInAs(test.app, [{ role: 'partner_admin', organizationId: parts.member.id }]);
    agent = await signInAs(test.app, [{ role: 'agent' }]);
    otherManager = await signInAs(test.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('other') },
    ]);
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });

  it('shows the costs, the shift to self-service, the duplicates and the cost share, in both languages', async () => {
    const en = await get(manager, `/en/manage/business-case?${march}`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Moving, March 1, 2027 to March 31, 2027');
    expect(en.body).toContain('<caption>Cost by partner, Moving, March 1, 2027 to March 31, 2027</caption>');
    expect(en.body).toMatch(
      /<th scope="row">Member office<\/th><td class="numeric">3<\/td><td class="numeric">\$6\.00<\/td><td class="numeric">\$3\.00<\/td><td class="numeric">33\.3%<\/td>/,
    );
    expect(en.body).toContain(
      'Self-service went from 25% in the baseline period to 50%: 1.5 of the period’s',
    );
    expect(en.body).toContain('a cost difference of $18.50');
    expect(en.body).toContain(
      '2 transactions avoided, worth $15.20 at the average cost of $7.60 per transaction.',
    );
    expect(en.body).toMatch(
      /<th scope="row">Lead office<\/th><td>Lead<\/td><td class="numeric">3<\/td><td class="numeric">50%<\/td><td class="numeric">\$19\.00<\/td>/,
    );
    expect(en.body).toContain('id="chart-cost-channels"');
    const fr = await get(manager, `/fr/gestion/analyse-de-rentabilisation?${march}`);
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Déménager, du 1er mars 2027 au 31 mars 2027');
    expect(fr.body).toContain('2 transactions évitées, d’une valeur de 15,20\u00a0$');
  });

  it('gives every figure as CSV and a printable version', async () => {
    const csv = await get(manager, `/en/manage/business-case/csv?${march}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('moving,2027-03-01,2027-03-31,total,,cost,38');
    expect(csv.body).toContain('moving,2027-03-01,2027-03-31,channel,phone,uncosted_share,0.5');
    expect(csv.body).toContain('moving,2027-03-01,2027-03-31,shift,,transactions_shifted,1.5');
    expect(csv.body).toContain(`moving,2027-03-01,2027-03-31,share,${parts.lead.id},amount,19`);
    const print = await get(manager, `/en/manage/business-case?${march}&print=1`);
    expect(print.statusCode).toBe(200);
    expect(print.body).not.toContain('<form method="get"');
    // Printed, every chart's table is open: a closed disclosure would print shut.
    expect(print.body).not.toContain('<details class="chart-data"');
    expect(print.body).toContain('<caption>Data table: Cost by channel</caption>');
  });

  it('shows a partner its own costs and not the split', async () => {
    const page = await get(memberAdmin, `/en/manage/business-case?${march}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('You are reading your own organisation’s figures only.');
    expect(page.body).not.toContain('Lead office</th>');
    expect(page.body).toContain('is shown to analysts and to the partnership’s cluster managers');
  });

  it('words bad periods in the person’s language, with 400 or 404', async () => {
    const reversed = await get(
      manager,
      '/en/manage/business-case?cluster=moving&from=2027-04-01&to=2027-03-01',
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('The last day must be on or after the first day');
    expect(reversed.body).toContain('href="#to"');
    const impossible = await get(
      manager,
      '/fr/gestion/analyse-de-rentabilisation?cluster=moving&from=2027-02-30',
    );
    expect(impossible.statusCode).toBe(400);
    expect(impossible.body).toContain('Entrez le premier jour sous forme de date');
    const unknown = await get(manager, '/en/manage/business-case?cluster=nowhere');
    expect(unknown.statusCode).toBe(404);
    // The download of a bad request goes back to the page, which says what is wrong.
    const download = await get(
      manager,
      '/en/manage/business-case/csv?cluster=moving&from=2027-04-01&to=2027-03-01',
    );
    expect(download.statusCode).toBe(303);
  });

  it('refuses people who may read no results, and a cluster a manager has no part in', async () => {
    expect((await get(agent, '/en/manage/business-case')).statusCode).toBe(403);
    expect((await get(otherManager, `/en/manage/business-case?${march}`)).statusCode).toBe(403);
  });
});
