import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshInteractionRollup } from '../../measurement/index.js';
import { partnershipId } from '../../partnerships/index.js';
import type { Actor, RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { aCostSharingCluster } from '../../../testing/costSharing.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { defaultPeriod, getClusterDashboard, monthsOf } from './getClusterDashboard.js';

const lead = anOrganization({ id: stableId('dash:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('dash:member'), name: text('Member office', 'Bureau membre') });
const leadService = aService({ id: stableId('dash:svc:lead'), organization_id: lead.id });
const memberService = aService({ id: stableId('dash:svc:member'), organization_id: member.id });

const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`dash:${name}`),
  kind: 'user',
  name,
  grants,
});
const analyst = user('analyst', [{ role: 'analyst' }]);
const manager = user('manager', [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
const memberAdmin = user('member', [{ role: 'partner_admin', organizationId: member.id }]);
const outsider = user('outsider', [{ role: 'partner_editor', organizationId: stableId('dash:elsewhere') }]);
const agent = user('agent', [{ role: 'agent' }]);

const today = '2027-03-31';
const asked = { cluster: 'moving', from: '2027-01-01', to: '2027-03-31', today };

describe('getClusterDashboard', () => {
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
    await refreshInteractionRollup(database.db);
  });
  afterAll(() => database.close());

  it('gives an analyst every measure of the cluster, by channel, month and partner', async () => {
    const dashboard = await getClusterDashboard(database.db, analyst, asked);
    expect(dashboard.scope).toBe('whole');
    expect(dashboard.clusters.map((cluster) => cluster.key)).toEqual(['moving']);
    // Three transactions of the lead (complete, call, visit), one of the member (complete); one web start.
    expect(dashboard.totals).toMatchObject({ transactions: 4, information: 3, starts: 1, completions: 2 });
    expect(dashboard.totals.selfServeShare).toBeCloseTo(0.5);
    expect(dashboard.byMonth.map((month) => [month.month, month.kpis.transactions])).toEqual([
      ['2027-01-01', 0],
      ['2027-02-01', 0],
      ['2027-03-01', 4],
    ]);
    expect(dashboard.byMonth[2]!.transactionsByChannel).toEqual({ web: 2, phone: 1, walk_in: 1 });
    expect(dashboard.byChannel.map((entry) => [entry.channel, entry.kpis.transactions])).toEqual([
      ['web', 2],
      ['phone', 1],
      ['walk_in', 1],
    ]);
    expect(dashboard.byPartner.map((entry) => [entry.name.en, entry.kpis.transactions])).toEqual(
      expect.arrayContaining([
        ['Lead office', 3],
        ['Member office', 1],
      ]),
    );
    expect(dashboard.generatedShare).toBe(0);
  });

  it('filters by channel and by partner', async () => {
    const phone = await getClusterDashboard(database.db, analyst, { ...asked, channel: 'phone' });
    expect(phone.totals.transactions).toBe(1);
    const member_ = await getClusterDashboard(database.db, manager, { ...asked, partner: member.id });
    expect(member_.totals.transactions).toBe(1);
  });

  it('shows a partner’s staff their own figures only, and refuses them another partner’s', async () => {
    const own = await getClusterDashboard(database.db, memberAdmin, asked);
    expect(own.scope).toBe('partner');
    expect(own.partners.map((partner) => partner.id)).toEqual([member.id]);
    expect(own.totals.transactions).toBe(1);
    await expect(
      getClusterDashboard(database.db, memberAdmin, { ...asked, partner: lead.id }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses people with no part in the cluster, and says so for an unknown cluster or bad filters', async () => {
    await expect(getClusterDashboard(database.db, outsider, asked)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getClusterDashboard(database.db, agent, asked)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      getClusterDashboard(database.db, analyst, { ...asked, cluster: 'nowhere' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      getClusterDashboard(database.db, analyst, { ...asked, from: '2027-04-01', to: '2027-03-01' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'to', message: 'The period ends before it starts' }],
    });
    await expect(
      getClusterDashboard(database.db, analyst, { ...asked, channel: 'pigeon' as 'web' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ path: 'channel' })],
    });
    await expect(
      getClusterDashboard(database.db, analyst, { ...asked, partner: stableId('dash:elsewhere') }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ path: 'partner' })],
    });
  });

  it('defaults to the twelve months up to today', () => {
    expect(defaultPeriod('2027-03-15')).toEqual({ from: '2026-04-01', to: '2027-03-15' });
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ]);
  });
});
