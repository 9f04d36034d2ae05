import type { ServiceDeliveryFacts } from '../../catalog/index.js';
import {
  INTERACTION_CHANNELS,
  SURVEY_DRIVERS,
  TRANSACTION_KINDS,
  type RollupRow,
} from '../../measurement/index.js';

export type Channel = (typeof INTERACTION_CHANNELS)[number];
export type Driver = (typeof SURVEY_DRIVERS)[number];
type ChannelKind = keyof ServiceDeliveryFacts['unitCosts'];

/** Channels on which people serve themselves; the others are served by staff. */
export const SELF_SERVE_CHANNELS: readonly Channel[] = ['web', 'kiosk', 'ivr', 'api'];

/** The catalog channel whose unit cost prices a transaction on an interaction channel. */
export const PRICED_AS: Record<Channel, ChannelKind> = {
  web: 'web',
  api: 'web',
  kiosk: 'kiosk',
  phone: 'phone',
  ivr: 'phone',
  walk_in: 'walk_in',
  agent: 'walk_in',
  mail: 'mail',
  email: 'email',
};

const TRANSACTIONS = new Set<string>(TRANSACTION_KINDS);
const SELF_SERVE = new Set<string>(SELF_SERVE_CHANNELS);
const INFORMATION = new Set<string>(['view', 'search']);

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The common framework's measures for one group of interactions; README.md defines each. */
export interface Kpis {
  events: number;
  generatedEvents: number;
  /** Views and searches: information given, not a transaction. */
  information: number;
  transactions: number;
  selfServe: number;
  selfServeShare: number | null;
  starts: number;
  completions: number;
  completionRate: number | null;
  cost: { total: number; costedTransactions: number; perTransaction: number | null; coverage: number | null };
  satisfaction: {
    responses: number;
    mean: number | null;
    satisfiedShare: number | null;
    drivers: Record<Driver, number | null>;
  };
  timeToService: {
    measured: number;
    withinStandard: number;
    withinShare: number | null;
    meanDays: number | null;
  };
  duplicatesAvoided: number;
}

/** Rows must carry `channel` and `kind`; with `service` too, transactions are priced. */
export function computeKpis(
  rows: readonly RollupRow[],
  services?: ReadonlyMap<string, ServiceDeliveryFacts>,
): Kpis {
  let events = 0;
  let generatedEvents = 0;
  let information = 0;
  let transactions = 0;
  let selfServe = 0;
  let starts = 0;
  let completionsAfterStart = 0;
  let costTotal = 0;
  let costed = 0;
  let responses = 0;
  let satisfied = 0;
  let overallSum = 0;
  let measured = 0;
  let within = 0;
  let transactionDurationSum = 0;
  let transactionDurations = 0;
  let duplicatesAvoided = 0;
  const drivers = Object.fromEntries(SURVEY_DRIVERS.map((driver) => [driver, { sum: 0, n: 0 }])) as Record<
    Driver,
    { sum: number; n: number }
  >;
  const startedChannels = new Set(rows.filter((row) => row.kind === 'start').map((row) => row.channel));
  for (const row of rows) {
    events += row.events;
    generatedEvents += row.generatedEvents;
    duplicatesAvoided += row.duplicatesAvoided;
    if (INFORMATION.has(row.kind!)) information += row.events;
    if (row.kind === 'start') starts += row.events;
    if (row.kind === 'complete' && startedChannels.has(row.channel)) completionsAfterStart += row.events;
    if (TRANSACTIONS.has(row.kind!)) {
      transactions += row.events;
      if (SELF_SERVE.has(row.channel!)) selfServe += row.events;
      measured += row.withStandard;
      within += row.withinStandard;
      transactionDurationSum += row.durationMsSum;
      transactionDurations += row.durations;
      const unitCost = row.service
        ? services?.get(row.service)?.unitCosts[PRICED_AS[row.channel!]]
        : undefined;
      if (unitCost !== undefined) {
        costTotal += unitCost * row.events;
        costed += row.events;
      }
    }
    responses += row.surveys;
    satisfied += row.satisfied;
    overallSum += row.overallSum;
    for (const driver of SURVEY_DRIVERS) {
      drivers[driver].sum += row.drivers[driver].sum;
      drivers[driver].n += row.drivers[driver].n;
    }
  }
  return {
    events,
    generatedEvents,
    information,
    transactions,
    selfServe,
    selfServeShare: ratio(selfServe, transactions),
    starts,
    completions: completionsAfterStart,
    // A transaction started before the period may end in it: the rate is capped at one.
    completionRate: starts > 0 ? Math.min(1, completionsAfterStart / starts) : null,
    cost: {
      total: Math.round(costTotal * 100) / 100,
      costedTransactions: costed,
      perTransaction: ratio(costTotal, costed),
      coverage: ratio(costed, transactions),
    },
    satisfaction: {
      responses,
      mean: ratio(overallSum, responses),
      satisfiedShare: ratio(satisfied, responses),
      drivers: Object.fromEntries(
        SURVEY_DRIVERS.map((driver) => [driver, ratio(drivers[driver].sum, drivers[driver].n)]),
      ) as Record<Driver, number | null>,
    },
    timeToService: {
      measured,
      withinStandard: within,
      withinShare: ratio(within, measured),
      meanDays: transactionDurations > 0 ? transactionDurationSum / transactionDurations / 86_400_000 : null,
    },
    duplicatesAvoided,
  };
}

/** The rows grouped by one of their dimensions, each group's measures computed alone. */
export function kpisBy<K extends 'month' | 'channel' | 'organization' | 'service'>(
  rows: readonly RollupRow[],
  dimension: K,
  services?: ReadonlyMap<string, ServiceDeliveryFacts>,
): Map<string, Kpis> {
  const groups = new Map<string, RollupRow[]>();
  for (const row of rows) {
    const key = String(row[dimension] ?? '');
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return new Map(
    [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, group]) => [key, computeKpis(group, services)]),
  );
}

/**
 * Channel preference against channel transacted: survey answers counted by the channel the person
 * said they would have preferred (rows) and the channel they were served on (columns).
 */
export function preferenceMatrix(
  rows: readonly RollupRow[],
): { preferred: Channel; used: Channel; responses: number }[] {
  const cells = new Map<string, number>();
  for (const row of rows)
    if (row.kind === 'survey' && row.preferred_channel && row.surveys > 0) {
      const key = `${row.preferred_channel} ${row.channel}`;
      cells.set(key, (cells.get(key) ?? 0) + row.surveys);
    }
  return [...cells]
    .map(([key, responses]) => {
      const [preferred, used] = key.split(' ') as [Channel, Channel];
      return { preferred, used, responses };
    })
    .sort((a, b) => a.preferred.localeCompare(b.preferred) || a.used.localeCompare(b.used));
}

/**
 * Each service standard with a time limit and a target, measured: met when the share of the service's
 * transactions on that standard's channel served within its limit reaches the target. A standard that
 * names no channel covers the channels with no standard of their own, as the rollup measures them. A standard with no measured transaction is counted apart, not as missed.
 */
export function standardsMet(
  rows: readonly RollupRow[],
  services: ReadonlyMap<string, ServiceDeliveryFacts>,
): { measured: number; met: number; unmeasured: number } {
  let measured = 0;
  let met = 0;
  let unmeasured = 0;
  for (const facts of services.values()) {
    const ownStandard = new Set(facts.standards.map((standard) => standard.channel_kind).filter(Boolean));
    for (const standard of facts.standards) {
      if (standard.target === null || standard.threshold_value === null) continue;
      let within = 0;
      let withStandard = 0;
      for (const row of rows)
        if (
          row.service === facts.id &&
          TRANSACTIONS.has(row.kind!) &&
          (standard.channel_kind === null
            ? !ownStandard.has(PRICED_AS[row.channel!])
            : PRICED_AS[row.channel!] === standard.channel_kind)
        ) {
          within += row.withinStandard;
          withStandard += row.withStandard;
        }
      if (withStandard === 0) unmeasured += 1;
      else {
        measured += 1;
        if (within / withStandard >= standard.target) met += 1;
      }
    }
  }
  return { measured, met, unmeasured };
}
