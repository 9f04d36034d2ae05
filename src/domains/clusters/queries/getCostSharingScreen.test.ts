import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipId } from '../../partnerships/index.js';
import type { Actor, RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { aCostSharingCluster } from '../../../testing/costSharing.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { getCostSharingScreen } from '../index.js';

const lead = anOrganization({ id: stableId('cd:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('cd:member'), name: text('Member office', 'Bureau membre') });
const leadService = aService({ id: stableId('cd:svc:lead'), organization_id: lead.id });
const memberService = aService({ id: stableId('cd:svc:member'), organization_id: member.id });

const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`cd:user:${name}`),
  kind: 'user',
  name,
  grants,
});
const analyst = user('Ana Analyst', [{ role: 'analyst' }]);
const manager = user('Manny Manager', [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
const otherManager = user('Olga Other', [{ role: 'cluster_manager', partnershipId: partnershipId('other') }]);
const agent = user('Agnes Agent', [{ role: 'agent' }]);

const asked = { cluster: 'moving', from: '2027-01-01', to: '2027-03-31', totalCents: 100_000 };

describe('getCostSharingScreen', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await aCostSharingCluster(database.db, {
      lead,
      member,
      leadService,
      memberService,
      transactionsAt: new Date('2027-03-31T20:00:00Z'),
    });
  });
  afterAll(() => database.close());

  it('gives an analyst the clusters to choose from and, when asked, the split with the parties named', async () => {
    const blank = await getCostSharingScreen(database.db, analyst, {});
    expect(blank.clusters.map((cluster) => cluster.key)).toEqual(['moving']);
    expect(blank.result).toBeUndefined();
    const screen = await getCostSharingScreen(database.db, analyst, { report: asked });
    expect(screen.problem).toBeUndefined();
    expect(screen.result?.cluster_title).toEqual(text('Moving', 'Déménager'));
    expect(screen.result?.partnership.key).toBe('moving');
    // The last day of the period counts whole.
    expect(screen.result?.lines).toEqual([
      { organization_id: lead.id, role: 'lead', volume: 3, fraction: 0.75, cents: 75_000 },
      { organization_id: member.id, role: 'member', volume: 1, fraction: 0.25, cents: 25_000 },
    ]);
    expect(screen.result?.organizations).toEqual(
      expect.arrayContaining([
        { id: lead.id, name: text('Lead office', 'Bureau principal') },
        { id: member.id, name: text('Member office', 'Bureau membre') },
      ]),
    );
    expect((await getCostSharingScreen(database.db, manager, { report: asked })).result).toBeDefined();
  });

  it('says why there is no report for an unknown cluster or a period no agreement covers', async () => {
    const unknown = await getCostSharingScreen(database.db, analyst, {
      report: { ...asked, cluster: 'nowhere' },
    });
    expect([unknown.problem, unknown.result]).toEqual(['unknown_cluster', undefined]);
    const uncovered = await getCostSharingScreen(database.db, analyst, {
      report: { ...asked, from: '2030-01-01', to: '2030-02-01' },
    });
    expect([uncovered.problem, uncovered.result]).toEqual(['no_agreement', undefined]);
  });

  it('refuses an agent the page and another partnership’s manager the report', async () => {
    await expect(getCostSharingScreen(database.db, agent, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCostSharingScreen(database.db, otherManager, {})).resolves.toBeDefined();
    await expect(getCostSharingScreen(database.db, otherManager, { report: asked })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
