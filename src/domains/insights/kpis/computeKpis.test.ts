import { describe, expect, it } from 'vitest';
import type { ServiceDeliveryFacts } from '../../catalog/index.js';
import type { RollupRow } from '../../measurement/index.js';
import { computeKpis, kpisBy, preferenceMatrix, standardsMet } from './computeKpis.js';

const none = { sum: 0, n: 0 };
function row(parts: Partial<RollupRow> & Pick<RollupRow, 'channel' | 'kind' | 'events'>): RollupRow {
  return {
    generatedEvents: 0,
    durationMsSum: 0,
    durations: 0,
    withStandard: 0,
    withinStandard: 0,
    duplicatesAvoided: 0,
    surveys: 0,
    satisfied: 0,
    overallSum: 0,
    drivers: { timeliness: none, knowledge: none, courtesy: none, fairness: none, outcome: none },
    ...parts,
  };
}

const services = new Map<string, ServiceDeliveryFacts>([
  [
    'ei',
    {
      id: 'ei',
      organization_id: 'esdc',
      name: { en: 'EI', fr: 'AE' },
      unitCosts: { web: 2, phone: 12, walk_in: 30 },
      standards: [
        {
          id: 'phone-10-min',
          name: { en: 'Answer within 10 minutes', fr: 'Répondre en 10 minutes' },
          channel_kind: 'phone',
          threshold_value: 10,
          threshold_unit: 'minutes',
          target: 0.8,
        },
        {
          id: 'decide-28-days',
          name: { en: 'Decide within 28 days', fr: 'Décider en 28 jours' },
          channel_kind: null,
          threshold_value: 28,
          threshold_unit: 'calendar_days',
          target: 0.9,
        },
      ],
    },
  ],
]);

// A month of one service: 100 web starts, 80 completed online, 20 calls, 10 visits, 5 letters with no unit cost.
const month: RollupRow[] = [
  row({ channel: 'web', kind: 'view', events: 1000, service: 'ei', month: '2027-01-01' }),
  row({ channel: 'web', kind: 'search', events: 50, month: '2027-01-01' }),
  row({ channel: 'web', kind: 'start', events: 100, service: 'ei', month: '2027-01-01' }),
  row({ channel: 'web', kind: 'abandon', events: 20, service: 'ei', month: '2027-01-01' }),
  row({
    channel: 'web',
    kind: 'complete',
    events: 80,
    service: 'ei',
    month: '2027-01-01',
    withStandard: 80,
    withinStandard: 76,
    durations: 80,
    durationMsSum: 80 * 10 * 86_400_000,
    duplicatesAvoided: 40,
  }),
  row({
    channel: 'phone',
    kind: 'call',
    events: 20,
    service: 'ei',
    month: '2027-02-01',
    withStandard: 20,
    withinStandard: 14,
  }),
  row({ channel: 'walk_in', kind: 'visit', events: 10, service: 'ei', month: '2027-02-01' }),
  row({ channel: 'mail', kind: 'mail_in', events: 5, service: 'ei', month: '2027-02-01' }),
  row({
    channel: 'phone',
    kind: 'survey',
    events: 4,
    service: 'ei',
    month: '2027-02-01',
    surveys: 4,
    satisfied: 3,
    overallSum: 15,
    preferred_channel: 'web',
    drivers: {
      timeliness: { sum: 6, n: 3 },
      knowledge: { sum: 16, n: 4 },
      courtesy: none,
      fairness: none,
      outcome: none,
    },
  }),
  row({
    channel: 'phone',
    kind: 'survey',
    events: 1,
    service: 'ei',
    month: '2027-02-01',
    surveys: 1,
    overallSum: 5,
    satisfied: 1,
    preferred_channel: 'phone',
  }),
];

describe('computeKpis', () => {
  const kpis = computeKpis(month, services);

  it('counts transactions, never views or searches, and the self-serve share of them', () => {
    expect(kpis.information).toBe(1050);
    expect(kpis.transactions).toBe(115);
    expect(kpis.selfServe).toBe(80);
    expect(kpis.selfServeShare).toBeCloseTo(80 / 115);
  });

  it('measures completion against starts on the channels that record them', () => {
    expect(kpis.completionRate).toBeCloseTo(0.8);
  });

  it('prices transactions by their channel’s unit cost and says how many had none', () => {
    expect(kpis.cost.total).toBe(80 * 2 + 20 * 12 + 10 * 30);
    expect(kpis.cost.costedTransactions).toBe(110);
    expect(kpis.cost.perTransaction).toBeCloseTo(700 / 110);
    expect(kpis.cost.coverage).toBeCloseTo(110 / 115);
  });

  it('averages satisfaction and each driver over those who answered it', () => {
    expect(kpis.satisfaction).toEqual({
      responses: 5,
      mean: 4,
      satisfiedShare: 0.8,
      drivers: { timeliness: 2, knowledge: 4, courtesy: null, fairness: null, outcome: null },
    });
  });

  it('measures time to service against the standard and counts duplicates avoided', () => {
    expect(kpis.timeToService).toEqual({ measured: 100, withinStandard: 90, withinShare: 0.9, meanDays: 10 });
    expect(kpis.duplicatesAvoided).toBe(40);
  });

  it('gives no rate rather than zero when there is nothing to divide by', () => {
    const empty = computeKpis([]);
    expect(empty.selfServeShare).toBeNull();
    expect(empty.completionRate).toBeNull();
    expect(empty.cost.perTransaction).toBeNull();
    expect(empty.satisfaction.mean).toBeNull();
  });

  it('breaks down by month and builds the preference matrix from survey answers', () => {
    const byMonth = kpisBy(month, 'month', services);
    expect([...byMonth.keys()]).toEqual(['2027-01-01', '2027-02-01']);
    expect(byMonth.get('2027-01-01')!.transactions).toBe(80);
    expect(byMonth.get('2027-02-01')!.selfServeShare).toBe(0);
    expect(preferenceMatrix(month)).toEqual([
      { preferred: 'phone', used: 'phone', responses: 1 },
      { preferred: 'web', used: 'phone', responses: 4 },
    ]);
  });

  it('meets a standard when the share within its limit reaches its target', () => {
    // Phone: 14 of 20 within 10 minutes (70% < 80%): missed. The other channels: 76 of 80 within 28 days: met.
    expect(standardsMet(month, services)).toEqual({ measured: 2, met: 1, unmeasured: 0 });
    expect(standardsMet(month.slice(0, 5), services)).toEqual({ measured: 1, met: 1, unmeasured: 1 });
    // Slow calls miss the phone standard only: the 28-day standard covers the channels without their own.
    const slowCalls = month.map((r) => (r.kind === 'call' ? { ...r, withinStandard: 0 } : r));
    expect(standardsMet(slowCalls, services)).toEqual({ measured: 2, met: 1, unmeasured: 0 });
  });
});
