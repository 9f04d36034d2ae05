import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipId } from '../../partnerships/index.js';
import type { Actor, RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aPilotedCluster, pilotedClusterParts } from '../../../testing/pilotEvaluation.js';
import { getBusinessCase } from './getBusinessCase.js';

const parts = pilotedClusterParts('bc');
const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`bc:${name}`),
  kind: 'user',
  name,
  grants,
});
const analyst = user('analyst', [{ role: 'analyst' }]);
const manager = user('manager', [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
const memberAdmin = user('member', [{ role: 'partner_admin', organizationId: parts.member.id }]);
const outsider = user('outsider', [{ role: 'partner_editor', organizationId: stableId('bc:elsewhere') }]);
const march = { cluster: 'moving', from: '2027-03-01', to: '2027-03-31', today: '2027-04-15' };

describe('getBusinessCase', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await aPilotedCluster(database.db, parts);
  });
  afterAll(() => database.close());

  it('costs the period by partner and by channel, with the share of transactions no unit cost priced', async () => {
    const bc = await getBusinessCase(database.db, analyst, march);
    expect(bc.period).toEqual({ from: '2027-03-01', to: '2027-03-31', days: 31 });
    expect(bc.baseline).toEqual({ from: '2027-01-29', to: '2027-02-28', days: 31, transactions: 4 });
    expect(bc.total).toMatchObject({ transactions: 6, costedTransactions: 5, cost: 38 });
    expect(bc.total.uncostedShare).toBeCloseTo(1 / 6);
    expect(
      bc.byPartner.map((line) => [line.name.en, line.transactions, line.cost, line.uncostedShare]),
    ).toEqual([
      ['Lead office', 3, 32, 0],
      ['Member office', 3, 6, expect.closeTo(1 / 3)],
    ]);
    expect(
      bc.byChannel.map((line) => [line.channel, line.transactions, line.cost, line.uncostedShare]),
    ).toEqual([
      ['walk_in', 1, 20, 0],
      ['phone', 2, 10, 0.5],
      ['web', 3, 8, 0],
    ]);
  });

  it('counts the transactions shifted to self-service and what they saved', async () => {
    const { shift } = await getBusinessCase(database.db, analyst, march);
    // 25 % self-serve before, 50 % in March: a quarter of March's six transactions moved.
    expect(shift).toMatchObject({ baselineShare: 0.25, periodShare: 0.5, points: 25, transactions: 1.5 });
    // Serviced: $30 over two costed; self-serve: $8 over three. 1.5 × (15 − 2.67) = 18.50.
    expect(shift.servicedUnitCost).toBe(15);
    expect(shift.selfServeUnitCost).toBeCloseTo(8 / 3);
    expect(shift.costDifference).toBe(18.5);
  });

  it('prices the duplicates avoided at the average unit cost', async () => {
    const { duplicates } = await getBusinessCase(database.db, analyst, march);
    expect(duplicates.avoided).toBe(2);
    expect(duplicates.unitCost).toBeCloseTo(7.6);
    expect(duplicates.avoidedCost).toBe(15.2);
  });

  it('splits the measured cost by the agreement in force, through the cost-sharing report', async () => {
    const bc = await getBusinessCase(database.db, manager, march);
    expect(bc.agreementProblem).toBeNull();
    expect(bc.agreement!.report).toMatchObject({ formula: 'by_volume', total_cents: 3800, split: 'formula' });
    // By volume: three transactions on each partner's service.
    expect(
      bc.agreement!.lines.map((line) => [line.name.en, line.role, line.volume, line.fraction, line.cents]),
    ).toEqual([
      ['Lead office', 'lead', 3, 0.5, 1900],
      ['Member office', 'member', 3, 0.5, 1900],
    ]);
    // The agreement covers 2027 only: a period starting before it has no split.
    const before = await getBusinessCase(database.db, analyst, { ...march, from: '2026-12-01' });
    expect(before).toMatchObject({ agreement: null, agreementProblem: 'no_agreement' });
  });

  it('defaults to the last twelve months and its baseline the twelve months before', async () => {
    const bc = await getBusinessCase(database.db, analyst, { cluster: 'moving', today: '2027-04-15' });
    expect(bc.period).toMatchObject({ from: '2026-05-01', to: '2027-04-15' });
    expect(bc.baseline.to).toBe('2026-04-30');
    expect(bc.baseline.days).toBe(bc.period.days);
    // The whole year holds February too: ten transactions, none in the year before.
    expect(bc.total.transactions).toBe(10);
    expect(bc.shift.transactions).toBeNull();
  });

  it('shows a partner’s staff their own figures and not the split; refuses outsiders and bad periods', async () => {
    const own = await getBusinessCase(database.db, memberAdmin, march);
    expect(own.scope).toBe('partner');
    expect(own.total).toMatchObject({ transactions: 3, cost: 6 });
    expect(own.byPartner.map((line) => line.organization_id)).toEqual([parts.member.id]);
    expect(own).toMatchObject({ agreement: null, agreementProblem: 'not_readable' });
    await expect(getBusinessCase(database.db, outsider, march)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      getBusinessCase(database.db, analyst, { ...march, from: '2027-04-01', to: '2027-03-01' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'to', message: 'The period ends before it starts' }],
    });
    await expect(
      getBusinessCase(database.db, analyst, { ...march, from: '2027-02-30' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ path: 'from' })],
    });
    await expect(
      getBusinessCase(database.db, analyst, { ...march, cluster: 'nowhere' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
