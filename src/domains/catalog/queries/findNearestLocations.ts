/**
 * The office finder's read: the public locations nearest a position, with what a visitor needs to
 * decide where to go (distance, open now, today's hours, services offered there, languages).
 *
 * Time zone of a location, for "open now" (first that applies):
 * 1. its `time_zone`, when it is a valid IANA zone other than the column's default (`America/Toronto`),
 *    because then someone set it on purpose;
 * 2. the zone of the province or territory of its address (`NS` → `America/Halifax`), because an
 *    import that leaves `time_zone` out gets the default whatever the province;
 * 3. the UTC offset of its opening hours (HSDS `schedule.timezone`), when given;
 * 4. its `time_zone` (the default), or `America/Toronto` when that is not a zone this runtime knows.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { EARTH_RADIUS_KM, haversineKm, isTimeZone, provinceTimeZone } from '../geo/index.js';
import { usablePosition, type Location } from '../schemas.js';
import { loadLocations } from './load.js';

export const NearestLocationsQuery = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  limit: z.number().int().min(1).max(100).default(10),
  /** The instant "open now" is about. */
  at: z.date().default(() => new Date()),
});
export type NearestLocationsQuery = z.input<typeof NearestLocationsQuery>;

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface OpeningSpan {
  /** As stored: `08:30` or `08:30:00`. */
  opens: string;
  closes: string;
}

/** One day's hours at a location, on the location's own calendar. */
export interface DayHours {
  /** `YYYY-MM-DD` where the location is. */
  date: string;
  weekday: Weekday;
  /** Opening spans in time order (split hours are two); empty when closed all day. */
  spans: OpeningSpan[];
  /** A closure (holiday) covers the whole day. */
  closedAllDay: boolean;
  /** Why it is closed that day, when a closure applies and says. */
  closure: LocalizedText | null;
}

export interface NearbyService {
  id: string;
  name: LocalizedText;
}

export interface OfferedLanguage {
  /** ISO 639 code as stored (`fr`), when given. */
  code: string | null;
  name: LocalizedText | null;
}

export interface NearbyLocation {
  location: Location;
  /** Great-circle distance from the searched position. */
  distanceKm: number;
  /** IANA zone, or `UTC±hh:mm` when only the schedule's offset is known. */
  timeZone: string;
  /** Open at the query's instant; null when the location lists no opening hours. */
  openNow: boolean | null;
  today: DayHours;
  /** Active, translated services offered there, by English name. */
  services: NearbyService[];
  /**
   * The languages served at the counter: the location's own list, or when it has none, the
   * languages of the services offered there (`languagesFrom` says which).
   */
  languages: OfferedLanguage[];
  languagesFrom: 'location' | 'services' | 'none';
  frenchService: boolean;
}

type Schedule = Location['schedules'][number];

const DEFAULT_ZONE = 'America/Toronto';
const WEEKDAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY_MS = 86_400_000;

/**
 * The public physical locations nearest `lat`/`lon`, nearest first (ties by id). Locations awaiting
 * translation and locations without a usable position (none, or out of range: ADR 0006) are left out.
 */
export async function findNearestLocations(
  db: Db | Tx,
  input: NearestLocationsQuery,
): Promise<NearbyLocation[]> {
  const { lat, lon, limit, at } = parseInput(NearestLocationsQuery, input, 'Invalid position');

  // Ranked in the database so only `limit` locations are loaded, however large the catalog. The range
  // conditions are usablePosition() in SQL (they also leave out NULL and numeric NaN).
  const km = sql<number>`2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(location.latitude::float8 - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(location.latitude::float8))
    * power(sin(radians(location.longitude::float8 - ${lon}::float8) / 2), 2))))`;
  const nearest = await db
    .selectFrom('location')
    .select(['location.id', km.as('km')])
    .where('location.translation_pending', '=', false)
    .where('location.location_type', '=', 'physical')
    .where('location.latitude', '>=', -90)
    .where('location.latitude', '<=', 90)
    .where('location.longitude', '>=', -180)
    .where('location.longitude', '<=', 180)
    .orderBy('km')
    .orderBy('location.id')
    .limit(limit)
    .execute();
  const ids = nearest.map((row) => row.id);
  if (ids.length === 0) return [];

  const [locations, links] = await Promise.all([
    loadLocations(db, ids),
    db
      .selectFrom('service_at_location')
      .innerJoin('service', 'service.id', 'service_at_location.service_id')
      .select(['service_at_location.location_id', 'service.id', 'service.name'])
      .where('service_at_location.location_id', 'in', ids)
      .where('service.translation_pending', '=', false)
      .where('service.status', '=', 'active')
      .orderBy(sql`service.name->>'en'`)
      .orderBy('service.id')
      .execute(),
  ]);
  const serviceIds = [...new Set(links.map((link) => link.id))];
  const serviceLanguages =
    serviceIds.length === 0
      ? []
      : await db
          .selectFrom('language')
          .select(['language.service_id', 'language.code', 'language.name'])
          .where('language.service_id', 'in', serviceIds)
          .orderBy('language.position')
          .execute();

  const servicesAt = new Map<string, NearbyService[]>();
  for (const link of links) {
    const list = servicesAt.get(link.location_id) ?? [];
    if (!list.some((s) => s.id === link.id)) list.push({ id: link.id, name: link.name });
    servicesAt.set(link.location_id, list);
  }
  const languagesOf = new Map<string, OfferedLanguage[]>();
  for (const row of serviceLanguages) {
    if (!row.service_id) continue;
    const list = languagesOf.get(row.service_id) ?? [];
    list.push({ code: row.code, name: row.name });
    languagesOf.set(row.service_id, list);
  }

  const results: NearbyLocation[] = [];
  for (const location of locations) {
    const position = usablePosition(location);
    if (!position) continue;
    const services = servicesAt.get(location.id) ?? [];
    const own = location.languages.map((l) => ({ code: l.code ?? null, name: l.name ?? null }));
    const fromServices = distinctLanguages(services.flatMap((s) => languagesOf.get(s.id) ?? []));
    const languages = own.length > 0 ? own : fromServices;
    const zone = locationTimeZone(location);
    const moment = localMoment(at, zone);
    results.push({
      location,
      distanceKm: haversineKm({ lat, lon }, { lat: position.latitude, lon: position.longitude }),
      timeZone: zone.name,
      openNow: isOpenAt(location.schedules, moment),
      today: dayHours(location.schedules, moment.date),
      services,
      languages,
      languagesFrom: own.length > 0 ? 'location' : fromServices.length > 0 ? 'services' : 'none',
      frenchService: languages.some(isFrench),
    });
  }
  // The database ranked them; the same order in JavaScript's arithmetic keeps ties stable.
  return results.sort((a, b) => a.distanceKm - b.distanceKm || a.location.id.localeCompare(b.location.id));
}

function distinctLanguages(languages: OfferedLanguage[]): OfferedLanguage[] {
  const seen = new Set<string>();
  return languages.filter((language) => {
    const key = language.code?.toLowerCase() ?? language.name?.en.toLowerCase() ?? '';
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** French by its ISO 639-1 or 639-2 code (`fr`, `fr-CA`, `fra`, `fre`), or by name when no code is given. */
export function isFrench(language: OfferedLanguage): boolean {
  if (language.code) return /^(fr|fra|fre)(-|_|$)/i.test(language.code.trim());
  return /^french\b/i.test(language.name?.en.trim() ?? '');
}

// ---------------------------------------------------------------------------------------------
// Time zones and local time

export interface Zone {
  name: string;
  /** Set when the zone is only a fixed UTC offset (from HSDS `schedule.timezone`). */
  offsetMinutes?: number;
}

/** The time zone "open now" is read in; the order of the rules is in this file's header. */
export function locationTimeZone(location: Pick<Location, 'time_zone' | 'addresses' | 'schedules'>): Zone {
  const stored = location.time_zone;
  if (stored && stored !== DEFAULT_ZONE && isTimeZone(stored)) return { name: stored };
  const address = location.addresses.find((a) => a.address_type === 'physical') ?? location.addresses[0];
  const fromProvince = provinceTimeZone(address?.state_province);
  if (fromProvince) return { name: fromProvince };
  const offset = location.schedules.find(
    (s) => typeof s.timezone === 'number' && Number.isFinite(s.timezone) && Math.abs(s.timezone) <= 14,
  )?.timezone;
  if (typeof offset === 'number') {
    const minutes = Math.round(offset * 60);
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const name = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    return { name, offsetMinutes: minutes };
  }
  return { name: stored && isTimeZone(stored) ? stored : DEFAULT_ZONE };
}

export interface LocalMoment {
  date: string;
  weekday: Weekday;
  /** Seconds since local midnight. */
  seconds: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock date, weekday and time at `zone` for an instant. */
export function localMoment(at: Date, zone: Zone): LocalMoment {
  let y: number, mo: number, d: number, h: number, mi: number, s: number;
  if (zone.offsetMinutes !== undefined) {
    const shifted = new Date(at.getTime() + zone.offsetMinutes * 60_000);
    [y, mo, d] = [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
    [h, mi, s] = [shifted.getUTCHours(), shifted.getUTCMinutes(), shifted.getUTCSeconds()];
  } else {
    const parts = Object.fromEntries(
      formatterFor(zone.name)
        .formatToParts(at)
        .map((p) => [p.type, p.value]),
    );
    [y, mo, d] = [Number(parts.year), Number(parts.month), Number(parts.day)];
    [h, mi, s] = [Number(parts.hour) % 24, Number(parts.minute), Number(parts.second)];
  }
  const date = isoDate(Date.UTC(y, mo - 1, d));
  return { date, weekday: weekdayOf(date), seconds: h * 3600 + mi * 60 + s };
}

const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekdayOf = (date: string): Weekday => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
const addDays = (date: string, days: number) => isoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);

/** `08:30` or `08:30:15` as seconds since midnight; undefined for anything else. */
function secondsOf(time: string | null | undefined): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time ?? '');
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Schedules (HSDS: one row per opening span; a closure is `closed` with the dates it covers)

const isOpening = (s: Schedule) =>
  !s.closed &&
  (s.freq === 'WEEKLY' || s.freq === 'MONTHLY') &&
  secondsOf(s.opens_at) !== undefined &&
  secondsOf(s.closes_at) !== undefined;

function inEffect(s: Schedule, date: string): boolean {
  if (s.valid_from && date < s.valid_from) return false;
  if (s.valid_to && date > s.valid_to) return false;
  if (s.dtstart && date < s.dtstart) return false;
  if (s.until && date > s.until) return false;
  return true;
}

const dayList = (s: Schedule) =>
  (s.byday ?? '')
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter(Boolean);

/** Whether the row's recurrence (weekly by day, monthly by day of month or `1MO`/`-1FR`) falls on `date`. */
function recursOn(s: Schedule, date: string): boolean {
  const weekday = weekdayOf(date);
  if (s.freq === 'WEEKLY') {
    if (!dayList(s).includes(weekday)) return false;
    const interval = s.interval ?? 1;
    if (interval > 1 && s.dtstart) {
      // Weeks start on Monday (wkst MO, the schedules' default) for counting the interval.
      const monday = (day: string) => dayNumber(day) - ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7);
      const weeks = Math.round((monday(date) - monday(s.dtstart)) / 7);
      return weeks >= 0 && weeks % interval === 0;
    }
    return true;
  }
  if (s.freq === 'MONTHLY') {
    const dom = Number(date.slice(8, 10));
    const month = new Date(`${date}T00:00:00Z`);
    const daysInMonth = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
    if (s.bymonthday) {
      return s.bymonthday.split(',').some((value) => {
        const n = Number(value.trim());
        return Number.isInteger(n) && (n > 0 ? n === dom : n < 0 && daysInMonth + n + 1 === dom);
      });
    }
    return dayList(s).some((entry) => {
      const match = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(entry);
      if (!match || match[2] !== weekday) return false;
      if (!match[1]) return true;
      const nth = Number(match[1]);
      return nth > 0 ? Math.ceil(dom / 7) === nth : Math.ceil((daysInMonth - dom + 1) / 7) === -nth;
    });
  }
  return false;
}

/**
 * A closure row covering `date`: dated (a holiday, `valid_from`–`valid_to`; one date alone means that
 * day, as the demo and HoursTable read it) or recurring.
 */
function closesOn(s: Schedule, date: string): boolean {
  if (!s.closed) return false;
  if (s.valid_from || s.valid_to) {
    const from = s.valid_from ?? s.valid_to!;
    const to = s.valid_to ?? s.valid_from!;
    if (date < from || date > to) return false;
    return s.freq ? recursOn(s, date) : true;
  }
  return !!s.freq && inEffect(s, date) && recursOn(s, date);
}

interface Plan {
  spans: { opens: number; closes: number; row: Schedule }[];
  closedAllDay: boolean;
  /** Closures with hours: closed only within them. */
  closedWindows: { from: number; to: number }[];
  closure: LocalizedText | null;
}

function planFor(schedules: readonly Schedule[], date: string): Plan {
  const closures = schedules.filter((s) => closesOn(s, date));
  const windows = closures.flatMap((s) => {
    const from = secondsOf(s.opens_at);
    const to = secondsOf(s.closes_at);
    return from !== undefined && to !== undefined ? [{ from, to }] : [];
  });
  const closedAllDay = closures.some(
    (s) => secondsOf(s.opens_at) === undefined || secondsOf(s.closes_at) === undefined,
  );
  const spans = closedAllDay
    ? []
    : schedules
        .filter((s) => isOpening(s) && inEffect(s, date) && recursOn(s, date))
        .map((row) => ({ opens: secondsOf(row.opens_at)!, closes: secondsOf(row.closes_at)!, row }))
        .sort((a, b) => a.opens - b.opens || a.closes - b.closes);
  const reason = closures.find((s) => s.description)?.description ?? null;
  return { spans, closedAllDay, closedWindows: windows, closure: reason };
}

/**
 * Open at the local moment: within a span of that day (a span closing at or before it opens runs
 * past midnight, so yesterday's such span counts too), and not within a closure. Null when the
 * location lists no opening hours at all, so the page can say "hours not listed" rather than "closed".
 */
export function isOpenAt(schedules: readonly Schedule[], moment: LocalMoment): boolean | null {
  if (!schedules.some(isOpening)) return null;
  const now = moment.seconds;
  const today = planFor(schedules, moment.date);
  if (today.closedAllDay || today.closedWindows.some((w) => now >= w.from && now < w.to)) return false;
  if (today.spans.some((s) => (s.opens < s.closes ? now >= s.opens && now < s.closes : now >= s.opens)))
    return true;
  const yesterday = planFor(schedules, addDays(moment.date, -1));
  return yesterday.spans.some((s) => s.closes <= s.opens && now < s.closes);
}

/** The hours of `date` as a visitor reads them: spans in order, or the closure that day. */
export function dayHours(schedules: readonly Schedule[], date: string): DayHours {
  const plan = planFor(schedules, date);
  return {
    date,
    weekday: weekdayOf(date),
    spans: plan.spans.map((s) => ({ opens: s.row.opens_at!, closes: s.row.closes_at! })),
    closedAllDay: plan.closedAllDay,
    closure: plan.closure,
  };
}
