import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipId } from '../../partnerships/index.js';
import type { Actor, RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aPilotedCluster, pilotedClusterParts } from '../../../testing/pilotEvaluation.js';
import { compareMeasures, getPilotEvaluation, type PilotMeasure } from './getPilotEvaluation.js';
import { computeKpis } from '../kpis/computeKpis.js';

const parts = pilotedClusterParts('pe');
const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`pe:${name}`),
  kind: 'user',
  name,
  grants,
});
const analyst = user('analyst', [{ role: 'analyst' }]);
const manager = user('manager', [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
const memberAdmin = user('member', [{ role: 'partner_admin', organizationId: parts.member.id }]);
const outsider = user('outsider', [{ role: 'partner_editor', organizationId: stableId('pe:elsewhere') }]);
const otherManager = user('other', [{ role: 'cluster_manager', partnershipId: partnershipId('other') }]);

/** Each measure as [key, pilot, baseline, change, relative change, other clusters]. */
const table = (measures: PilotMeasure[]) =>
  Object.fromEntries(
    measures.map((m) => [m.key, [m.pilot, m.baseline, m.change, m.relativeChange, m.others]]),
  );

describe('getPilotEvaluation', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await aPilotedCluster(database.db, parts);
  });
  afterAll(() => database.close());

  it('compares a finished pilot with its baseline and with the other clusters, measure by measure', async () => {
    const evaluation = await getPilotEvaluation(database.db, analyst, {
      cluster: 'moving',
      today: '2027-04-15',
    });
    expect(evaluation.scope).toBe('whole');
    expect(evaluation.pilot).toMatchObject({
      from: '2027-03-01',
      to: '2027-03-31',
      days: 31,
      running: false,
      transactions: 6,
      responses: 2,
    });
    // The same 31 days just before the pilot.
    expect(evaluation.baseline).toMatchObject({
      from: '2027-01-29',
      to: '2027-02-28',
      days: 31,
      transactions: 4,
    });
    expect(evaluation.others).toMatchObject({
      from: '2027-03-01',
      to: '2027-03-31',
      clusters: 1,
      transactions: 4,
    });
    const measures = table(evaluation.measures);
    expect(measures.transactions).toEqual([6, 4, 2, 0.5, 4]);
    // Shares change in percentage points, never relatively: 25 % → 50 % is +25 points.
    expect(measures.self_serve_share).toEqual([0.5, 0.25, 25, null, 0.5]);
    // Four web starts, three web completions; the baseline started nothing online.
    expect(measures.completion_rate).toEqual([0.75, null, null, null, null]);
    expect(measures.satisfied_share).toEqual([0.5, null, null, null, null]);
    expect(measures.satisfaction_mean).toEqual([4, null, null, null, null]);
    // $38 over five costed transactions against $32 over four; the other cluster $26 over four.
    const cost = measures.cost_per_transaction!;
    expect(cost[0]).toBeCloseTo(7.6);
    expect(cost[1]).toBe(8);
    expect(cost[2]).toBeCloseTo(-0.4);
    expect(cost[3]).toBeCloseTo(-0.05);
    expect(cost[4]).toBe(6.5);
    expect(measures.time_within_standard).toEqual([null, null, null, null, null]);
    expect(measures.duplicates_avoided).toEqual([2, 0, 2, null, 0]);
    const satisfied = evaluation.measures.find((m) => m.key === 'satisfied_share')!;
    // Two answers: shown, but not reliable.
    expect(satisfied.reliable).toEqual({ pilot: false, baseline: false, others: false });
    expect(evaluation.measures.find((m) => m.key === 'transactions')!.reliable.pilot).toBe(true);
  });

  it('measures a running pilot up to today, against as many days before it', async () => {
    const evaluation = await getPilotEvaluation(database.db, manager, {
      cluster: 'moving',
      today: '2027-03-20',
    });
    expect(evaluation.pilot).toMatchObject({ from: '2027-03-01', to: '2027-03-20', days: 20, running: true });
    expect(evaluation.baseline).toMatchObject({ from: '2027-02-09', to: '2027-02-28', days: 20 });
    expect(evaluation.scope).toBe('whole');
  });

  it('says a period has no data rather than zero', async () => {
    const evaluation = await getPilotEvaluation(database.db, memberAdmin, {
      cluster: 'moving',
      today: '2027-04-15',
    });
    // The member's own figures: two web completions and a call in the pilot; nothing before it or elsewhere.
    expect(evaluation.scope).toBe('partner');
    expect(evaluation.baseline.events).toBe(0);
    expect(evaluation.others.events).toBe(0);
    const measures = table(evaluation.measures);
    expect(measures.transactions).toEqual([3, null, null, null, null]);
    expect(measures.self_serve_share![0]).toBeCloseTo(2 / 3);
    expect(measures.duplicates_avoided).toEqual([2, null, null, null, null]);
  });

  it('refuses a cluster with no pilot, or whose pilot has not started, with a typed conflict', async () => {
    await expect(
      getPilotEvaluation(database.db, analyst, { cluster: 'renewing', today: '2027-04-15' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', reason: 'no_pilot', details: { reason: 'no_pilot' } });
    await expect(
      getPilotEvaluation(database.db, analyst, { cluster: 'moving', today: '2027-02-15' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', reason: 'pilot_not_started' });
  });

  it('refuses outsiders and says so for an unknown cluster or a malformed key', async () => {
    const asked = { cluster: 'moving', today: '2027-04-15' };
    await expect(getPilotEvaluation(database.db, outsider, asked)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getPilotEvaluation(database.db, otherManager, asked)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      getPilotEvaluation(database.db, analyst, { ...asked, cluster: 'nowhere' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      getPilotEvaluation(database.db, analyst, { ...asked, cluster: 'Not A Key' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('flags survey figures from fewer than thirty answers, and no others', () => {
    const survey = (responses: number) => ({
      ...computeKpis([]),
      events: responses,
      satisfaction: {
        responses,
        mean: 4,
        satisfiedShare: 0.8,
        drivers: computeKpis([]).satisfaction.drivers,
      },
    });
    const [pilot, baseline, others] = [survey(30), survey(29), survey(0)];
    const satisfied = compareMeasures(pilot, baseline, others).find((m) => m.key === 'satisfied_share')!;
    expect(satisfied.reliable).toEqual({ pilot: true, baseline: false, others: false });
  });
});
