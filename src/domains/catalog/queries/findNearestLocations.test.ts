import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../demo/catalog/index.js';
import { locationId } from '../../../demo/catalog/ids.js';
import { ValidationError } from '../../../platform/errors/index.js';
import { newId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aLocation, anOrganization, aService, text } from '../../../testing/factories.js';
import { importCatalog } from '../commands/importCatalog.js';
import { haversineKm } from '../geo/index.js';
import type { LocationInput, ScheduleInput } from '../schemas.js';
import {
  dayHours,
  findNearestLocations,
  isOpenAt,
  localMoment,
  locationTimeZone,
} from './findNearestLocations.js';

/** Ottawa City Hall's FSA centre (K1P) and Halifax City Hall's (B3J). */
const K1P = { lat: 45.42, lon: -75.699 };
const B3J = { lat: 44.648, lon: -63.576 };
/** Exactly on Halifax City Hall, so it ranks first (Service Canada is nearer the B3J centre). */
const HALIFAX_CITY_HALL = { lat: 44.6489, lon: -63.5753 };
/** Far from every demo office, where the edge-case locations below stand. */
const NOWHERE = { lat: 58, lon: -100 };

const near = (km: number, north = 0) => ({
  latitude: NOWHERE.lat + north + km / 111,
  longitude: NOWHERE.lon,
});
const weekly = (byday: string, opens: string, closes: string): ScheduleInput => ({
  id: newId(),
  freq: 'WEEKLY',
  byday,
  opens_at: opens,
  closes_at: closes,
});
const address = (province: string) => ({
  id: newId(),
  address_1: '1 Test Road',
  city: 'Testville',
  state_province: province,
  postal_code: 'R0B 1A0',
  country: 'CA',
  address_type: 'physical' as const,
});

const org = anOrganization();
/** Nova Scotia address, time_zone left to the default: open now must be read in Halifax time. */
const nsDefaultZone = aLocation({
  ...near(1),
  name: text('NS office, default zone', 'Bureau N.-É., fuseau par défaut'),
  addresses: [address('NS')],
  schedules: [weekly('MO,TU,WE,TH,FR', '09:00', '17:00')],
});
/** Open overnight, Monday 22:00 to Tuesday 02:00, Winnipeg time. */
const overnight = aLocation({
  ...near(2),
  name: text('Night desk', 'Comptoir de nuit'),
  addresses: [address('MB')],
  schedules: [weekly('MO', '22:00', '02:00')],
});
/** No hours; French only through the service it offers. */
const noHours = aLocation({
  ...near(3),
  name: text('No hours listed', 'Heures non indiquées'),
  addresses: [address('MB')],
});
/** No province the geocoder knows: the schedules' UTC offset decides. */
const offsetOnly = aLocation({
  ...near(4),
  name: text('Offset only', 'Décalage seulement'),
  addresses: [address('Atlantis')],
  schedules: [{ ...weekly('MO,TU,WE,TH,FR', '09:00', '17:00'), timezone: -4 }],
});
/** Kept out: awaiting translation, out-of-range and missing coordinates, a mailing address. */
const pending = aLocation({ ...near(0), translation_pending: true, name: { en: 'Pending', fr: '' } });
const outOfRange = aLocation({ latitude: 100, longitude: 101, name: text('HSDS example', 'Exemple HSDS') });
const badLongitude = aLocation({ latitude: NOWHERE.lat, longitude: 200 });
const noPosition = aLocation({ latitude: null, longitude: null });
const postal = aLocation({ ...near(0.5), location_type: 'postal' });

const frenchService = aService({
  organization_id: org.id,
  name: text('Service en français', 'Service en français'),
  languages: [{ id: newId(), code: 'fr' }],
  service_at_locations: [{ id: newId(), location_id: noHours.id }],
});
const untranslated = aService({
  organization_id: org.id,
  translation_pending: true,
  name: { en: 'Untranslated', fr: '' },
  service_at_locations: [{ id: newId(), location_id: noHours.id }],
});
const defunct = aService({
  organization_id: org.id,
  status: 'defunct',
  name: text('Gone', 'Disparu'),
  service_at_locations: [{ id: newId(), location_id: noHours.id }],
});

const edgeLocations: LocationInput[] = [
  nsDefaultZone,
  overnight,
  noHours,
  offsetOnly,
  pending,
  outOfRange,
  badLongitude,
  noPosition,
  postal,
];

describe('findNearestLocations', () => {
  let database: TestDatabase;
  const db = () => database.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(db(), demoCatalog(), { source: 'demo', actor: 'test' });
    await importCatalog(
      db(),
      { organizations: [org], locations: edgeLocations, services: [frenchService, untranslated, defunct] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database?.close());

  // Monday 2 March 2026, 10:00 in Ottawa (EST, UTC−5) and 11:00 in Halifax (AST, UTC−4).
  const mondayMorning = new Date('2026-03-02T15:00:00Z');

  it('ranks the nearest offices first, with haversine distances', async () => {
    const found = await findNearestLocations(db(), { ...K1P, limit: 5, at: mondayMorning });
    expect(found).toHaveLength(5);
    expect(found[0]!.location.id).toBe(locationId('ottawa-city-hall'));
    expect(found[0]!.distanceKm).toBeCloseTo(haversineKm(K1P, { lat: 45.4206, lon: -75.6903 }), 6);
    expect(found[0]!.distanceKm).toBeLessThan(1);
    const distances = found.map((f) => f.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(found.every((f) => f.location.addresses[0]?.state_province === 'ON')).toBe(true);
  });

  it('lists the active services offered at each office, as the catalog links them', async () => {
    const [cityHall] = await findNearestLocations(db(), { ...K1P, limit: 1, at: mondayMorning });
    const expected = demoCatalog()
      .services!.filter(
        (s) =>
          (s.status ?? 'active') === 'active' &&
          s.service_at_locations?.some((sal) => sal.location_id === locationId('ottawa-city-hall')),
      )
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(cityHall!.services.map((s) => s.id).sort()).toEqual(expected);
    expect(cityHall!.services[0]!.name.fr).toBeTruthy();
  });

  it('flags French-language service from the languages served at the counter', async () => {
    const found = await findNearestLocations(db(), { ...B3J, limit: 10, at: mondayMorning });
    const byId = new Map(found.map((f) => [f.location.id, f]));
    const cityHall = byId.get(locationId('halifax-city-hall'))!;
    expect(cityHall.languages.map((l) => l.code)).toEqual(['en']);
    expect(cityHall.languagesFrom).toBe('location');
    expect(cityHall.frenchService).toBe(false);
    const serviceCanada = byId.get(locationId('service-canada-halifax'))!;
    expect(serviceCanada.frenchService).toBe(true);
    expect(serviceCanada.languages.find((l) => l.code === 'fr')?.name).toEqual({
      en: 'French',
      fr: 'français',
    });
  });

  it('falls back to the languages of the services offered when the location lists none', async () => {
    const found = await findNearestLocations(db(), { ...NOWHERE, limit: 10, at: mondayMorning });
    const office = found.find((f) => f.location.id === noHours.id)!;
    expect(office.services.map((s) => s.id)).toEqual([frenchService.id]);
    expect(office.languagesFrom).toBe('services');
    expect(office.languages.map((l) => l.code)).toEqual(['fr']);
    expect(office.frenchService).toBe(true);
    const nsOffice = found.find((f) => f.location.id === nsDefaultZone.id)!;
    expect(nsOffice.languagesFrom).toBe('none');
    expect(nsOffice.frenchService).toBe(false);
  });

  it('leaves out pending, postal and unpositioned locations (ADR 0006), whatever the limit', async () => {
    const found = await findNearestLocations(db(), { ...NOWHERE, limit: 100, at: mondayMorning });
    const ids = new Set(found.map((f) => f.location.id));
    for (const excluded of [pending, outOfRange, badLongitude, noPosition, postal]) {
      expect(ids.has(excluded.id)).toBe(false);
    }
    expect(found.slice(0, 4).map((f) => f.location.id)).toEqual([
      nsDefaultZone.id,
      overnight.id,
      noHours.id,
      offsetOnly.id,
    ]);
    // From the far north, the demo offices still come, with their real (long) distance.
    expect(found.some((f) => f.location.id === locationId('ottawa-city-hall') && f.distanceKm > 1000)).toBe(
      true,
    );
  });

  it('reads open now in each office’s own time zone', async () => {
    // 20:45 UTC: 15:45 in Ottawa (open until 16:30), 16:45 in Halifax (closed at 16:30).
    const at = new Date('2026-03-02T20:45:00Z');
    const [ottawa] = await findNearestLocations(db(), { ...K1P, limit: 1, at });
    const [halifax] = await findNearestLocations(db(), { ...HALIFAX_CITY_HALL, limit: 1, at });
    expect(ottawa).toMatchObject({ timeZone: 'America/Toronto', openNow: true });
    expect(halifax!.location.id).toBe(locationId('halifax-city-hall'));
    expect(halifax).toMatchObject({ timeZone: 'America/Halifax', openNow: false });
    // 12:45 UTC: 7:45 in Ottawa (not yet open), 8:45 in Halifax (open since 8:30).
    const early = new Date('2026-03-02T12:45:00Z');
    expect((await findNearestLocations(db(), { ...K1P, limit: 1, at: early }))[0]!.openNow).toBe(false);
    expect(
      (await findNearestLocations(db(), { ...HALIFAX_CITY_HALL, limit: 1, at: early }))[0]!.openNow,
    ).toBe(true);
  });

  it('is closed on a holiday stored as a closure, and says which', async () => {
    // Canada Day 2026 is a Wednesday; 10:00 in Ottawa (EDT, UTC−4).
    const [cityHall] = await findNearestLocations(db(), {
      ...K1P,
      limit: 1,
      at: new Date('2026-07-01T14:00:00Z'),
    });
    expect(cityHall!.openNow).toBe(false);
    expect(cityHall!.today).toMatchObject({
      date: '2026-07-01',
      weekday: 'WE',
      closedAllDay: true,
      spans: [],
    });
    expect(cityHall!.today.closure?.en).toBe('Canada Day');
  });

  it('respects split hours (closed for lunch)', async () => {
    const found = await findNearestLocations(db(), {
      ...B3J,
      limit: 10,
      at: new Date('2026-03-02T16:30:00Z'),
    });
    const centre = found.find((f) => f.location.id === locationId('mikmaw-friendship-centre'))!;
    // 12:30 in Halifax: between 9:00–12:00 and 13:00–16:30.
    expect(centre.openNow).toBe(false);
    expect(centre.today.spans).toEqual([
      { opens: '09:00', closes: '12:00' },
      { opens: '13:00', closes: '16:30' },
    ]);
    const later = await findNearestLocations(db(), {
      ...B3J,
      limit: 10,
      at: new Date('2026-03-02T17:30:00Z'),
    });
    expect(later.find((f) => f.location.id === centre.location.id)!.openNow).toBe(true);
  });

  it('decides the zone from the province when time_zone is the default, else from the schedule offset', async () => {
    // 13:30 UTC Monday: 9:30 in Halifax (open), 8:30 in Toronto (would be closed).
    const found = await findNearestLocations(db(), {
      ...NOWHERE,
      limit: 4,
      at: new Date('2026-03-02T13:30:00Z'),
    });
    const byId = new Map(found.map((f) => [f.location.id, f]));
    expect(byId.get(nsDefaultZone.id)).toMatchObject({ timeZone: 'America/Halifax', openNow: true });
    expect(byId.get(offsetOnly.id)).toMatchObject({ timeZone: 'UTC-04:00', openNow: true });
    expect(byId.get(noHours.id)).toMatchObject({ openNow: null, timeZone: 'America/Winnipeg' });
  });

  it('keeps a span that runs past midnight open into the next day', async () => {
    // Winnipeg is UTC−6 in March before DST (8 March 2026): Tuesday 01:00 local is 07:00 UTC.
    const at = (iso: string) => findNearestLocations(db(), { ...NOWHERE, limit: 2, at: new Date(iso) });
    const office = (list: Awaited<ReturnType<typeof at>>) =>
      list.find((f) => f.location.id === overnight.id)!;
    expect(office(await at('2026-03-03T07:00:00Z')).openNow).toBe(true);
    expect(office(await at('2026-03-03T09:00:00Z')).openNow).toBe(false);
    expect(office(await at('2026-03-03T04:30:00Z')).openNow).toBe(true); // Monday 22:30
    expect(office(await at('2026-03-03T03:30:00Z')).openNow).toBe(false); // Monday 21:30
  });

  it('refuses an impossible position or limit', async () => {
    await expect(findNearestLocations(db(), { lat: 91, lon: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(findNearestLocations(db(), { lat: 0, lon: Number.NaN })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(findNearestLocations(db(), { ...K1P, limit: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(findNearestLocations(db(), { ...K1P, at: new Date('nope') })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('opening hours rules', () => {
  const row = (over: Partial<ScheduleInput>) => ({ id: newId(), closed: false, ...over }) as never;
  const moment = (date: string, time: string) => {
    const [h, m] = time.split(':').map(Number);
    return {
      ...localMoment(new Date(`${date}T12:00:00Z`), { name: 'UTC', offsetMinutes: 0 }),
      seconds: h! * 3600 + m! * 60,
    };
  };

  it('reads local wall time across a DST change', () => {
    // DST starts in Toronto on 8 March 2026 at 2:00: 14:00 UTC is 9:00 before and 10:00 after.
    expect(localMoment(new Date('2026-03-07T14:00:00Z'), { name: 'America/Toronto' })).toMatchObject({
      date: '2026-03-07',
      weekday: 'SA',
      seconds: 9 * 3600,
    });
    expect(localMoment(new Date('2026-03-09T14:00:00Z'), { name: 'America/Toronto' }).seconds).toBe(
      10 * 3600,
    );
    // Just after midnight UTC it is still the previous evening in Halifax.
    expect(localMoment(new Date('2026-03-03T01:00:00Z'), { name: 'America/Halifax' })).toMatchObject({
      date: '2026-03-02',
      weekday: 'MO',
    });
  });

  it('applies validity dates, weekly intervals and monthly rules', () => {
    const seasonal = [
      row({
        freq: 'WEEKLY',
        byday: 'MO',
        opens_at: '09:00',
        closes_at: '12:00',
        valid_from: '2026-06-01',
        valid_to: '2026-08-31',
      }),
    ];
    expect(isOpenAt(seasonal, moment('2026-03-02', '10:00'))).toBe(false);
    expect(isOpenAt(seasonal, moment('2026-06-01', '10:00'))).toBe(true);

    const everyOtherMonday = [
      row({
        freq: 'WEEKLY',
        interval: 2,
        dtstart: '2026-03-02',
        byday: 'MO',
        opens_at: '09:00',
        closes_at: '12:00',
      }),
    ];
    expect(isOpenAt(everyOtherMonday, moment('2026-03-02', '10:00'))).toBe(true);
    expect(isOpenAt(everyOtherMonday, moment('2026-03-09', '10:00'))).toBe(false);
    expect(isOpenAt(everyOtherMonday, moment('2026-03-16', '10:00'))).toBe(true);

    const firstMonday = [row({ freq: 'MONTHLY', byday: '1MO', opens_at: '09:00', closes_at: '12:00' })];
    expect(isOpenAt(firstMonday, moment('2026-03-02', '10:00'))).toBe(true);
    expect(isOpenAt(firstMonday, moment('2026-03-09', '10:00'))).toBe(false);
    const lastFriday = [row({ freq: 'MONTHLY', byday: '-1FR', opens_at: '09:00', closes_at: '12:00' })];
    expect(isOpenAt(lastFriday, moment('2026-03-27', '10:00'))).toBe(true);
    expect(isOpenAt(lastFriday, moment('2026-03-20', '10:00'))).toBe(false);
    const fifteenth = [row({ freq: 'MONTHLY', bymonthday: '15,-1', opens_at: '09:00', closes_at: '12:00' })];
    expect(isOpenAt(fifteenth, moment('2026-03-15', '10:00'))).toBe(true);
    expect(isOpenAt(fifteenth, moment('2026-03-31', '10:00'))).toBe(true);
    expect(isOpenAt(fifteenth, moment('2026-03-30', '10:00'))).toBe(false);
  });

  it('closes for part of a day when the closure has hours, and for a range of days', () => {
    const hours = [
      row({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '17:00' }),
      row({ closed: true, valid_from: '2026-03-02', opens_at: '12:00', closes_at: '13:00' }),
      row({
        closed: true,
        valid_from: '2026-12-24',
        valid_to: '2026-12-31',
        description: text('Holidays', 'Fêtes'),
      }),
    ];
    expect(isOpenAt(hours, moment('2026-03-02', '12:30'))).toBe(false);
    expect(isOpenAt(hours, moment('2026-03-02', '13:30'))).toBe(true);
    expect(isOpenAt(hours, moment('2026-12-29', '10:00'))).toBe(false);
    expect(dayHours(hours, '2026-12-29')).toMatchObject({ closedAllDay: true, closure: { en: 'Holidays' } });
    expect(isOpenAt(hours, moment('2027-01-04', '10:00'))).toBe(true);
  });

  it('prefers a deliberate time_zone, then the province', () => {
    const base = { addresses: [], schedules: [] };
    expect(locationTimeZone({ ...base, time_zone: 'America/Vancouver' }).name).toBe('America/Vancouver');
    expect(locationTimeZone({ ...base, time_zone: 'Not/AZone' }).name).toBe('America/Toronto');
    expect(
      locationTimeZone({
        time_zone: 'America/Toronto',
        addresses: [address('NL') as never],
        schedules: [],
      }).name,
    ).toBe('America/St_Johns');
  });
});
