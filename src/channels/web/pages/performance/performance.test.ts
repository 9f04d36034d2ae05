import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshInteractionRollup } from '../../../../domains/measurement/index.js';
import { stableId } from '../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../testing/app.js';
import { aCostSharingCluster } from '../../../../testing/costSharing.js';
import { aService, anOrganization, text } from '../../../../testing/factories.js';

const lead = anOrganization({ id: stableId('pp:lead'), name: text('Lead', 'Principal') });
const member = anOrganization({ id: stableId('pp:member'), name: text('Member', 'Membre') });

describe('a cluster’s public performance page', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await aCostSharingCluster(test.database.db, {
      lead,
      member,
      leadService: aService({ id: stableId('pp:svc:lead'), organization_id: lead.id }),
      memberService: aService({ id: stableId('pp:svc:member'), organization_id: member.id }),
      transactionsAt: new Date('2027-02-01T12:00:00Z'),
    });
    await refreshInteractionRollup(test.database.db);
  });
  afterAll(async () => test.close());

  it('shows the five measures with charts and their tables, in both languages, linked from the cluster', async () => {
    const en = await test.app.inject({
      url: '/en/situations/moving/performance?from=2027-01-01&to=2027-02-28',
    });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('How Moving is performing');
    expect(en.body).toMatch(/<dt>Transactions<\/dt><dd class="measure-value">4<\/dd>/);
    expect(en.body).toMatch(/<dt>Self-service share<\/dt><dd class="measure-value">50%<\/dd>/);
    expect(en.body).toContain('href="/fr/situations/demenager/rendement"');
    expect(en.body).toContain('href="/api/v1/measures/clusters/moving?from=2027-01-01&amp;to=2027-02-28"');
    const fr = await test.app.inject({
      url: '/fr/situations/demenager/rendement?from=2027-01-01&to=2027-02-28',
    });
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Rendement de la grappe «\u00a0Déménager\u00a0»');
    expect(fr.body).toMatch(/<dt>Part du libre-service<\/dt><dd class="measure-value">50\u00a0%<\/dd>/);
    const cluster = await test.app.inject({ url: '/en/situations/moving' });
    expect(cluster.body).toContain('href="/en/situations/moving/performance"');
  });

  it('gives the months as CSV', async () => {
    const csv = await test.app.inject({
      url: '/en/situations/moving/performance/csv?from=2027-01-01&to=2027-02-28',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('2027-02-01,4,0.5,1,,');
  });

  it('says when the dates make no period and shows the last twelve months; 404 for no public cluster', async () => {
    const reversed = await test.app.inject({
      url: '/en/situations/moving/performance?from=2027-03-01&to=2027-01-01',
    });
    expect(reversed.statusCode).toBe(200);
    expect(reversed.body).toContain('These dates do not make a period.');
    const missing = await test.app.inject({ url: '/en/situations/nowhere/performance' });
    expect(missing.statusCode).toBe(404);
  });
});
