import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipId } from '../../../../../domains/partnerships/index.js';
import { stableId } from '../../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aCostSharingCluster } from '../../../../../testing/costSharing.js';
import { aService, anOrganization, text } from '../../../../../testing/factories.js';
import { parseDollars } from './schema.js';

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
    await aCostSharingCluster(test.database.db, {
      lead,
      member,
      leadService,
      memberService,
      transactionsAt: new Date('2027-02-01T12:00:00Z'),
    });
    analyst = await signInAs(test.app, [{ role: 'analyst' }]);
    agent = await signInAs(test.app, [{ role: 'agent' }]);
    otherManager = await signInAs(test.app, [
      { role: 'cluster_manager', partnershipId: partnershipId('other') },
    ]);
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });

  it('says so, and splits nothing, for a period with no transaction when the agreement names no fallback', async () => {
    const en = await get(
      analyst,
      '/en/manage/cost-sharing?cluster=moving&from=2027-06-01&to=2027-06-30&total=1000',
    );
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('No transaction was measured on the cluster’s services in this period');
    expect(en.body).toContain('it is not split');
    const cells = [...en.body.matchAll(/<td class="numeric">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells.filter((cell) => cell?.startsWith('$'))).toEqual(['$0.00', '$0.00', '$0.00']);
    expect(cells.filter((cell) => cell?.endsWith('%'))).toEqual(['0%', '0%', '0%']);
    const fr = await get(
      analyst,
      '/fr/gestion/partage-couts?cluster=moving&from=2027-06-01&to=2027-06-30&total=1000',
    );
    expect(fr.body).toContain('il n’est pas réparti');
  });

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
