import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDataPath } from '../../../platform/reference/index.js';
import {
  builtInGeocoder,
  createTableGeocoder,
  forwardSortationArea,
  haversineKm,
  placeKey,
  readGeocoderTable,
} from './index.js';
import { BUILT_IN_TABLE } from './places.js';
import { isTimeZone, provinceTimeZone } from './timeZones.js';

const locate = (text: string) => builtInGeocoder.locate(text);
const { areas: POSTAL_AREAS, regions: POSTAL_REGIONS, places: PLACES } = BUILT_IN_TABLE;

describe('postal codes', () => {
  it.each(['k1p 1j1', 'K1P1J1', 'K1P-1J1', '  K1P 1J1  ', 'K1P', 'k1p', 'K1P\u00a01J1', 'Ｋ１Ｐ １Ｊ１'])(
    'reads %j as the FSA K1P',
    (text) => {
      expect(locate(text)).toMatchObject({
        fsa: 'K1P',
        precision: 'postal-area',
        label: { en: 'K1P (Ottawa Centre)', fr: 'K1P (Ottawa-Centre)' },
      });
    },
  );

  it('reads Halifax codes with a hyphen', () => {
    expect(locate('B3J-3A5')).toMatchObject({ fsa: 'B3J', label: { en: 'B3J (Downtown Halifax)' } });
  });

  it('places each FSA near the demo office that has that postal code', () => {
    const offices: [string, number, number][] = [
      ['K1P 1J1', 45.4206, -75.6903], // Ottawa City Hall
      ['K2G 5K7', 45.3447, -75.761], // Ben Franklin Place
      ['K1E 3V8', 45.479, -75.512], // Orléans
      ['K1L 6B8', 45.4385, -75.6565], // Wabano
      ['B3J 3A5', 44.6489, -63.5753], // Halifax City Hall
      ['B2Y 4P8', 44.6661, -63.5682], // Alderney Gate
      ['B3S 0B7', 44.6476, -63.6688], // Access Nova Scotia
      ['B3K 3B4', 44.6531, -63.5849], // Mi’kmaw Friendship Centre
    ];
    for (const [code, lat, lon] of offices) {
      const place = locate(code)!;
      expect(haversineKm(place, { lat, lon }), code).toBeLessThan(3);
    }
  });

  it('covers every Ottawa and Halifax area the brief lists', () => {
    const ottawa =
      'K1A K1B K1C K1E K1G K1H K1J K1K K1L K1M K1N K1P K1R K1S K1T K1V K1W K1X K1Y K1Z K2A K2B K2C K2E K2G K2H K2J K2K K2L K2M K2P K2R K2S K2T K2V K2W K4A K4B K4C';
    const halifax = 'B2V B2W B2X B2Y B2Z B3A B3B B3H B3J B3K B3L B3M B3S B4A B4C B4E B4G';
    for (const fsa of `${ottawa} ${halifax}`.split(' ')) {
      const place = locate(fsa);
      expect(place?.fsa, fsa).toBe(fsa);
      // A table row, not the regional fallback: within 40 km of Ottawa or Halifax city hall.
      const centre = fsa.startsWith('K') ? { lat: 45.4206, lon: -75.6903 } : { lat: 44.6489, lon: -63.5753 };
      expect(haversineKm(place!, centre), fsa).toBeLessThan(40);
      expect(
        POSTAL_AREAS.some((row) => row[0] === fsa),
        fsa,
      ).toBe(true);
    }
  });

  it('falls back to the postal region for a valid code whose area is not in the table', () => {
    const place = locate('V5K 0A1');
    expect(place).toMatchObject({ fsa: 'V5K', precision: 'postal-area' });
    expect(place?.label).toEqual({ en: 'V5K (British Columbia)', fr: 'V5K (Colombie-Britannique)' });
  });

  it('refuses codes with letters Canada Post never uses', () => {
    for (const text of ['D1A 1A1', 'K1D 1A1', 'K1A 1O1', 'W1A', 'Z9Z 9Z9', 'K1P 1J', 'K1P 1J1 1']) {
      expect(locate(text), text).toBeUndefined();
    }
    expect(forwardSortationArea('k1p-1j1')).toBe('K1P');
    expect(forwardSortationArea('Ottawa')).toBeUndefined();
  });
});

describe('place names', () => {
  it.each([
    ['Orléans', 'Orléans'],
    ['orleans', 'Orléans'],
    ['ORLEANS', 'Orléans'],
    ['Gatineau', 'Gatineau'],
    ['Gatineau, QC', 'Gatineau'],
    ['Gatineau (Québec)', 'Gatineau'],
    ['Dartmouth', 'Dartmouth'],
    ['Dartmouth, Nova Scotia', 'Dartmouth'],
    ['Dartmouth N.-É.', 'Dartmouth'],
    ['Bedford', 'Bedford'],
    ['Kanata', 'Kanata'],
    ['Vanier', 'Vanier'],
    ['Ottawa, ON, Canada', 'Ottawa'],
    ['Côte-de-Sable', 'Sandy Hill'],
    ['cote de sable', 'Sandy Hill'],
    ['Marché By', 'ByWard Market'],
    ['St. John’s', 'St. John’s'],
    ["St John's", 'St. John’s'],
    ['Québec', 'Québec City'],
    ['quebec city', 'Québec City'],
    ['Montreal', 'Montréal'],
  ])('finds %j as %s', (text, en) => {
    expect(locate(text)).toMatchObject({ precision: 'place', label: { en } });
  });

  it('gives the French name in French', () => {
    expect(locate('Quebec City')?.label).toEqual({ en: 'Québec City', fr: 'Québec' });
    expect(locate('Sandy Hill')?.label.fr).toBe('Côte-de-Sable');
  });

  it('has the capital of every province and territory', () => {
    const capitals = [
      'Toronto',
      'Québec',
      'Halifax',
      'Fredericton',
      'Charlottetown',
      'St. John’s',
      'Winnipeg',
      'Regina',
      'Edmonton',
      'Victoria',
      'Whitehorse',
      'Yellowknife',
      'Iqaluit',
      'Ottawa',
    ];
    for (const name of capitals) expect(locate(name), name).toBeDefined();
  });

  it('keeps every name and alias unambiguous, and every coordinate in Canada', () => {
    const seen = new Map<string, string>();
    for (const place of PLACES) {
      for (const name of new Set([place.en, place.fr, ...(place.aliases ?? [])].map(placeKey))) {
        expect(seen.get(name), `${name} names ${seen.get(name)} and ${place.en}`).toBeUndefined();
        seen.set(name, place.en);
      }
    }
    const rows = [
      ...PLACES.map((p) => [p.en, p.lat, p.lon] as const),
      ...POSTAL_AREAS.map((r) => [r[0], r[1], r[2]] as const),
      ...POSTAL_REGIONS.map((r) => [r[0], r[1], r[2]] as const),
    ];
    for (const [name, lat, lon] of rows) {
      expect(lat, name).toBeGreaterThan(41.6);
      expect(lat, name).toBeLessThan(83.2);
      expect(lon, name).toBeGreaterThan(-141.1);
      expect(lon, name).toBeLessThan(-52.6);
    }
    expect(new Set(POSTAL_AREAS.map((r) => r[0])).size).toBe(POSTAL_AREAS.length);
  });
});

describe('hostile or meaningless input', () => {
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['unknown letters', 'ZZZ'],
    ['gibberish', 'zzqxj vvwpk'],
    ['10,000 characters', 'K'.repeat(10_000)],
    ['a long place name', `Ottawa ${'x'.repeat(200)}`],
    ['a control character', 'K1P\u00001J1'],
    ['a newline', 'Ottawa\n'],
    ['an escape sequence', '\u001b[31mOttawa'],
    ['markup', '<script>alert(1)</script>'],
    ['SQL', "'; DROP TABLE location; --"],
    ['only punctuation', '!!!---???'],
    ['emoji', '🏛️'],
  ])('returns undefined for %s', (_name, text) => {
    expect(locate(text)).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [undefined, null, 42, {}, [], '\ud800', 'K1P\u200b1J1'];
    for (const value of odd) expect(() => locate(value as string)).not.toThrow();
    // Zero-width characters from copy and paste are ignored.
    expect(locate('K1P\u200b1J1')?.fsa).toBe('K1P');
  });

  it('uses its own table when given one', () => {
    const geocoder = createTableGeocoder({
      areas: [['K1P', 1, 2, 'Here', 'Ici']],
      regions: [],
      places: [{ en: 'Somewhere', fr: 'Quelque part', lat: 3, lon: 4 }],
      suffixes: [],
    });
    expect(geocoder.locate('K1P 1J1')).toMatchObject({ lat: 1, lon: 2 });
    expect(geocoder.locate('quelque part')).toMatchObject({ lat: 3, lon: 4, label: { fr: 'Quelque part' } });
    expect(geocoder.locate('K2P')).toBeUndefined();
  });
});

describe('the table in data/reference/places', () => {
  it('is read whole: every postal area, region, place and region name', () => {
    expect(POSTAL_AREAS.length).toBeGreaterThan(100);
    expect(POSTAL_REGIONS.map((row) => row[0]).join('')).toBe('ABCEGHJKLMNPRSTVXY');
    expect(PLACES.find((place) => place.en === 'Halifax')?.aliases).toContain('hrm');
    expect(BUILT_IN_TABLE.suffixes).toEqual(expect.arrayContaining(['nova scotia', 'qc', 'canada']));
  });

  it('refuses a malformed row, naming the file and its line', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'stitch-places-'));
    try {
      await cp(referenceDataPath('places'), folder, { recursive: true });
      expect(readGeocoderTable(folder).areas).toEqual(POSTAL_AREAS);

      const areas = join(folder, 'postal-areas.csv');
      const lines = (await readFile(areas, 'utf8')).split('\n');
      // Latitude and longitude swapped on the third data row (line 4 with the header).
      const [fsa, lat, lon, ...names] = lines[3]!.split(',');
      lines[3] = [fsa, lon, lat, ...names].join(',');
      await writeFile(areas, lines.join('\n'));
      expect(() => readGeocoderTable(folder)).toThrow(/\/postal-areas\.csv line 4: lat: .*lon: /s);

      await cp(referenceDataPath('places'), folder, { recursive: true });
      await writeFile(join(folder, 'places.csv'), 'name_en,name_fr,lat,lon,aliases\nOttawa,,45.42,-75.69,\n');
      expect(() => readGeocoderTable(folder)).toThrow(/\/places\.csv line 2: name_fr: /);

      await writeFile(
        join(folder, 'places.csv'),
        'name_en,name_fr,lat,lon,aliases\nOttawa,Ottawa,45.42,-75.69,\n',
      );
      await writeFile(join(folder, 'region-suffixes.csv'), 'suffix\nQuébec\n');
      expect(() => readGeocoderTable(folder)).toThrow(/region-suffixes\.csv line 2: suffix: /);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('distances and time zones', () => {
  it('measures great-circle distances in kilometres', () => {
    const ottawa = { lat: 45.4215, lon: -75.6972 };
    const halifax = { lat: 44.6488, lon: -63.5752 };
    // About 960 km as the crow flies.
    expect(haversineKm(ottawa, halifax)).toBeGreaterThan(940);
    expect(haversineKm(ottawa, halifax)).toBeLessThan(980);
    expect(haversineKm(ottawa, ottawa)).toBe(0);
    // Antipodes: half the circumference, with no NaN from rounding.
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });

  it('knows the zone of each province by code or name', () => {
    expect(provinceTimeZone('ON')).toBe('America/Toronto');
    expect(provinceTimeZone('NS')).toBe('America/Halifax');
    expect(provinceTimeZone('Nouvelle-Écosse')).toBe('America/Halifax');
    expect(provinceTimeZone('nl')).toBe('America/St_Johns');
    expect(provinceTimeZone('Atlantis')).toBeUndefined();
    expect(provinceTimeZone(null)).toBeUndefined();
    expect(isTimeZone('America/Halifax')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
