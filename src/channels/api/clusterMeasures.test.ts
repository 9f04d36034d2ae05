import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshInteractionRollup } from '../../domains/measurement/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { aCostSharingCluster } from '../../testing/costSharing.js';
import { aService, anOrganization, text } from '../../testing/factories.js';

const lead = anOrganization({ id: stableId('cm:lead'), name: text('Lead', 'Principal') });
const member = anOrganization({ id: stableId('cm:member'), name: text('Member', 'Membre') });

describe('GET /api/v1/measures/clusters/{key}', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await aCostSharingCluster(test.database.db, {
      lead,
      member,
      leadService: aService({ id: stableId('cm:svc:lead'), organization_id: lead.id }),
      memberService: aService({ id: stableId('cm:svc:member'), organization_id: member.id }),
      transactionsAt: new Date('2027-02-01T12:00:00Z'),
    });
    await refreshInteractionRollup(test.database.db);
  });
  afterAll(async () => test.close());

  it('publishes a public cluster’s volume, self-service, completion and satisfaction, month by month', async () => {
    const response = await test.app.inject({
      url: '/api/v1/measures/clusters/moving?from=2027-01-01&to=2027-02-28',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      cluster: 'moving',
      from: '2027-01-01',
      to: '2027-02-28',
      generated_share: 0,
      totals: { transactions: 4, self_serve_share: 0.5, completion_rate: 1, satisfied_share: null },
    });
    expect(
      body.months.map((month: { month: string; transactions: number }) => [month.month, month.transactions]),
    ).toEqual([
      ['2027-01-01', 0],
      ['2027-02-01', 4],
    ]);
    expect(body.channels).toEqual([
      { channel: 'web', transactions: 2 },
      { channel: 'phone', transactions: 1 },
      { channel: 'walk_in', transactions: 1 },
    ]);
  });

  it('answers 404 for a cluster that is not public and 400 for a reversed period', async () => {
    const unknown = await test.app.inject({ url: '/api/v1/measures/clusters/nowhere' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    const reversed = await test.app.inject({
      url: '/api/v1/measures/clusters/moving?from=2027-03-01&to=2027-01-01',
    });
    expect(reversed.statusCode, reversed.body).toBe(400);
    expect(reversed.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    const badDay = await test.app.inject({ url: '/api/v1/measures/clusters/moving?from=2027-13-01' });
    expect(badDay.statusCode).toBe(400);
  });
});
