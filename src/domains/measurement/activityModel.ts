/**
 * The assumptions behind generated activity (see README.md, "Generated activity"): who uses which channel,
 * when, and how it goes. The generator writes events in SQL; this file decides, in TypeScript and from the
 * seed alone, everything that is per service or per day, and the probabilities the SQL draws against.
 */
import type { SERVICE_CHANNELS } from './schemas.js';

type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

/** Probabilities of one episode (a web session, a call, a visit, a letter). */
export const MODEL = {
  /** A web session starts with a need search; some searches find nothing and the session ends there. */
  search: 0.3,
  searchNone: 0.15,
  /** A web session's extra pages: a second view, and a third. */
  secondView: 0.45,
  thirdView: 0.15,
  /** A kiosk is in an office, where people come to do something: most kiosk sessions start a transaction. */
  kioskTransaction: 0.8,
  /** Some calls and visits end with a referral to a partner instead of being served. */
  phoneReferral: 0.06,
  walkInReferral: 0.08,
  /** A transaction is followed by a satisfaction survey this often (2–5% of transactions). */
  survey: 0.035,
  /** Completions in a tell-us-once cluster that also served partners (2 or 3). */
  partnersServed: 0.6,
  french: 0.25,
  /** Share of episodes that came through a cluster (a cluster page, an agent walking through one). */
  throughCluster: { web: 0.75, kiosk: 0.5, phone: 0.35, walk_in: 0.45, mail: 0.1, email: 0.2 },
} as const;

/**
 * Episodes per channel before a service's own variation: web the majority of contacts, telephone second,
 * walk-in and mail small. Web sessions are mostly information, so a web weight of 1 is about half the
 * transactions.
 */
const CHANNEL_BASE: Record<ServiceChannel, number> = {
  web: 1,
  phone: 0.32,
  walk_in: 0.16,
  kiosk: 0.05,
  mail: 0.06,
  email: 0.02,
};

/** Monthly volume, January first: a January and a spring peak (benefits, taxes), a summer dip. */
const SEASON = [1.25, 1.1, 1.15, 1.2, 1.05, 0.95, 0.8, 0.78, 1.05, 1.05, 1.0, 0.9];
/** Monday first. The web is used every day; offices, phone lines and mail rooms work weekdays. */
const WEB_WEEK = [1.1, 1, 1, 1, 0.95, 0.6, 0.65];
const OFFICE_WEEK = [1.15, 1, 1, 1, 0.95, 0.04, 0];
/** Offices close on these days (month-day); the web dips with them. */
const HOLIDAYS = new Set(['01-01', '07-01', '12-25', '12-26']);

export interface ServiceProfile {
  /** Position in the input, 1-based: the SQL's service index. */
  i: number;
  id: string;
  org: string;
  clusters: string[];
  tuo: boolean[];
  ncl: number;
  popularity: number;
  w_web: number;
  w_phone: number;
  w_walk_in: number;
  w_kiosk: number;
  w_mail: number;
  w_email: number;
  /** The web's weight at the end of the period, as a multiple of the start's (channel shift). */
  drift: number;
  /** Share of web sessions that start a transaction; completion rate of those started. */
  p_tx: number;
  completion: number;
  /** Median days to service of an application, minutes of a call and of a visit. */
  days: number;
  call_min: number;
  visit_min: number;
}

/** A small deterministic generator (FNV-1a of the key, then mulberry32). */
export function randomFor(seed: number, key: string): () => number {
  let h = 0x811c9dc5 ^ seed;
  for (let index = 0; index < key.length; index += 1) {
    h ^= key.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: () => number, low: number, high: number) => low + (high - low) * random();

/**
 * Each service's character, from the seed and its id: a few services are used far more than others
 * (popularity by a shuffled rank, Zipf-like), each offered channel is used a little more or less than
 * the norm, and completion, processing time and call length vary by service.
 */
export function serviceProfiles(
  seed: number,
  services: ReadonlyArray<{
    id: string;
    organization_id: string;
    cluster_keys: readonly string[];
    channels: readonly ServiceChannel[];
  }>,
  tellUsOnce: ReadonlySet<string>,
): ServiceProfile[] {
  const order = services
    .map((service, index) => ({ index, key: randomFor(seed, `rank:${service.id}`)() }))
    .sort((a, b) => a.key - b.key);
  const rank = new Map(order.map((entry, position) => [entry.index, position]));
  return services.map((service, index) => {
    const random = randomFor(seed, `service:${service.id}`);
    const offered = new Set(service.channels);
    const weight = (channel: ServiceChannel) =>
      offered.has(channel) ? CHANNEL_BASE[channel] * between(random, 0.6, 1.4) : 0;
    const clusters = [...new Set(service.cluster_keys)].sort();
    return {
      i: index + 1,
      id: service.id,
      org: service.organization_id,
      clusters,
      tuo: clusters.map((key) => tellUsOnce.has(key)),
      ncl: clusters.length,
      popularity: 1 / (rank.get(index)! + 1) ** 0.9,
      w_web: weight('web'),
      w_phone: weight('phone'),
      w_walk_in: weight('walk_in'),
      w_kiosk: weight('kiosk'),
      w_mail: weight('mail'),
      w_email: weight('email'),
      drift: between(random, 1.3, 1.8),
      p_tx: between(random, 0.35, 0.7),
      completion: between(random, 0.7, 0.85),
      days: Math.round(2 * Math.exp(between(random, 0, 2.7))),
      call_min: between(random, 5, 9),
      visit_min: between(random, 12, 25),
    };
  });
}

/**
 * Events one episode of this service writes on average, halfway through the period: how many episodes
 * make the target number of events.
 */
export function expectedEvents(profile: ServiceProfile): number {
  const web = profile.w_web * (1 + (profile.drift - 1) / 2);
  const weights: Record<ServiceChannel, number> = {
    web,
    phone: profile.w_phone,
    walk_in: profile.w_walk_in,
    kiosk: profile.w_kiosk,
    mail: profile.w_mail,
    email: profile.w_email,
  };
  const total = Object.values(weights).reduce((sum, value) => sum + value, 0);
  const views = 1 + MODEL.secondView + MODEL.thirdView;
  const webSession =
    MODEL.search +
    (1 - MODEL.search * MODEL.searchNone) * (views + profile.p_tx * (2 + profile.completion * MODEL.survey));
  const kiosk = 1 + MODEL.kioskTransaction * (2 + profile.completion * MODEL.survey);
  const served = 1 + MODEL.survey;
  const perChannel: Record<ServiceChannel, number> = {
    web: webSession,
    kiosk,
    phone: served,
    walk_in: served,
    mail: served,
    email: served,
  };
  let events = 0;
  for (const channel of Object.keys(weights) as ServiceChannel[])
    events += (weights[channel] / total) * perChannel[channel];
  return events;
}

const DAY_MS = 86_400_000;

export interface Calendar {
  /** Midnight UTC of the first day. */
  fromMs: number;
  days: number;
  /** Day offsets, one per slot, in proportion to each day's volume: a 16-bit draw picks a day. */
  webSlots: number[];
  officeSlots: number[];
}

/**
 * The period's days weighted by season (and a late-December dip), a slow growth, and the day of the week
 * (offices closed at weekends and on holidays). The web's and the offices' days follow the same season,
 * so one draw places an episode at the same point of the year whichever channel it uses.
 */
export function calendar(from: string, to: string): Calendar {
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - fromMs) / DAY_MS);
  const web: number[] = [];
  const office: number[] = [];
  for (let day = 0; day < days; day += 1) {
    const date = new Date(fromMs + day * DAY_MS);
    const month = date.getUTCMonth();
    const dayOfMonth = date.getUTCDate();
    const weekday = (date.getUTCDay() + 6) % 7;
    let season = SEASON[month]! * (1 + (0.06 * day) / 365);
    if (month === 11 && dayOfMonth >= 20) season *= 0.5;
    const holiday = HOLIDAYS.has(date.toISOString().slice(5, 10));
    web.push(season * WEB_WEEK[weekday]! * (holiday ? 0.6 : 1));
    office.push(season * OFFICE_WEEK[weekday]! * (holiday ? 0 : 1));
  }
  return { fromMs, days, webSlots: slots(web, 65_536), officeSlots: slots(office, 65_536) };
}

/** `count` slots, each holding an index of `weights`, as many for each as its share of the total. */
export function slots(weights: readonly number[], count: number): number[] {
  const total = weights.reduce((sum, value) => sum + value, 0);
  const out = new Array<number>(count);
  let index = 0;
  let reached = weights[0] ?? 0;
  for (let slot = 0; slot < count; slot += 1) {
    const point = ((slot + 0.5) / count) * total;
    while (reached < point && index < weights.length - 1) {
      index += 1;
      reached += weights[index]!;
    }
    out[slot] = index;
  }
  return out;
}
