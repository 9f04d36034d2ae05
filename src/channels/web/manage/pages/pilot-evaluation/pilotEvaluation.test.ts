import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { partnershipId } from '../../../../../domains/partnerships/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aPilotedCluster, pilotedClusterParts } from '../../../../../testing/pilotEvaluation.js';

const parts = pilotedClusterParts('pp');

describe('pilot evaluation pages', () => {
  let test: TestApp;
  let analyst: TestUser;
  let memberAdmin: TestUser;
  let agent: TestUser;
  let otherManager: TestUser;
  beforeAll(async () => {
    // The pages take today from the clock: April 2027, after the March pilot. Only Date is faked.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-04-15T16:00:00Z'));
    test = await createTestApp();
    await aPilotedCluster(test.database.db, parts);
    analyst = await signInAs(test.app, [{ role: 'analyst' }]);
    memberAdmin = await signInAs(test.app, [{ role: 'partner_admin', organizationId: parts.member.id }]);
    agent = await signInAs(test.app, [{ role: 'agent' }]);
    otherManager = await signInAs(test.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('other') },
    ]);
  });
  afterAll(async () => {
    await test.close();
    vi.useRealTimers();
  });

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });

  it('compares the pilot with its baseline and the other clusters, in both languages', async () => {
    const en = await get(analyst, '/en/manage/pilot-evaluation?cluster=moving');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Moving: pilot from March 1, 2027 to March 31, 2027');
    expect(en.body).toContain('<caption>Each measure in the pilot and its baseline');
    expect(en.body).toMatch(
      /<th scope="row">Self-service share<\/th><td class="numeric">50%<\/td><td class="numeric">25%<\/td><td class="numeric">\+25 points \(better\)<\/td>/,
    );
    expect(en.body).toMatch(
      /<th scope="row">Transactions<\/th><td class="numeric">6<\/td><td class="numeric">4<\/td><td class="numeric">\+2 \(better\)<\/td><td class="numeric">\+50%<\/td><td class="numeric">4<\/td>/,
    );
    // Two survey answers: the value is shown and flagged.
    expect(en.body).toContain('50% (not reliable)');
    expect(en.body).toContain('fewer than 30 survey answers');
    expect(en.body).toContain('id="chart-pilot-shares"');
    expect(en.body).toContain('Print this page');
    const fr = await get(analyst, '/fr/gestion/evaluation-projet-pilote?cluster=moving');
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Déménager\u00a0: projet pilote du 1er mars 2027 au 31 mars 2027');
    expect(fr.body).toContain('+25 points (meilleur)');
    expect(fr.body).toContain('50\u00a0% (peu fiable)');
  });

  it('gives every figure as CSV, and a printable version without the filters', async () => {
    const csv = await get(analyst, '/en/manage/pilot-evaluation/csv?cluster=moving');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('moving,period,baseline,from,2027-01-29');
    expect(csv.body).toContain('moving,measure,self_serve_share,change_points,25');
    expect(csv.body).toContain('moving,measure,satisfied_share,reliable_pilot,false');
    const print = await get(analyst, '/en/manage/pilot-evaluation?cluster=moving&print=1');
    expect(print.statusCode).toBe(200);
    expect(print.body).not.toContain('<form method="get"');
    expect(print.body).toContain('Back to the page with its filters');
  });

  it('shows a partner its own figures, and says when a period has no data', async () => {
    const page = await get(memberAdmin, '/en/manage/pilot-evaluation?cluster=moving');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('You are reading your own organisation’s figures only.');
    expect(page.body).toContain('Nothing was measured in the baseline period');
    expect(page.body).toMatch(
      /<th scope="row">Transactions<\/th><td class="numeric">3<\/td><td class="numeric">No data<\/td>/,
    );
  });

  it('refuses a cluster with no pilot in the person’s language, and words bad choices', async () => {
    const none = await get(analyst, '/en/manage/pilot-evaluation?cluster=renewing');
    expect(none.statusCode).toBe(409);
    expect(none.body).toContain('Renewing a permit has no pilot period to evaluate.');
    const fr = await get(analyst, '/fr/gestion/evaluation-projet-pilote?cluster=renewing');
    expect(fr.statusCode).toBe(409);
    expect(fr.body).toContain('Renouveler un permis n’a pas de période de projet pilote à évaluer.');
    const malformed = await get(analyst, '/en/manage/pilot-evaluation?cluster=Not%20a%20key');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('href="#cluster"');
    const unknown = await get(analyst, '/en/manage/pilot-evaluation?cluster=nowhere');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('There is no public cluster with this key');
  });

  it('opens on the first cluster in pilot, and refuses people with no part in it', async () => {
    const first = await get(analyst, '/en/manage/pilot-evaluation');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Moving: pilot from');
    expect((await get(agent, '/en/manage/pilot-evaluation')).statusCode).toBe(403);
    expect((await get(otherManager, '/en/manage/pilot-evaluation?cluster=moving')).statusCode).toBe(403);
  });

  it('is linked from the results page of a cluster with a pilot', async () => {
    const results = await get(analyst, '/en/manage/results?cluster=moving&from=2027-03-01&to=2027-03-31');
    expect(results.body).toContain('href="/en/manage/pilot-evaluation?cluster=moving"');
    expect(results.body).toContain(
      'href="/en/manage/business-case?cluster=moving&amp;from=2027-03-01&amp;to=2027-03-31"',
    );
    const renewing = await get(analyst, '/en/manage/results?cluster=renewing');
    expect(renewing.body).not.toContain('/en/manage/pilot-evaluation?');
  });
});
