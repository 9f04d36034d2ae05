import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../demo/catalog/index.js';
import { flushViews } from '../../measurement/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { importCatalog } from '../commands/importCatalog.js';
import { getOfficeFinder, OFFICE_SEARCH_MAX_LENGTH } from './getOfficeFinder.js';

/** Monday 2 March 2026, 10:00 in Ottawa and 11:00 in Halifax. */
const MONDAY_MORNING = new Date('2026-03-02T15:00:00Z');
/** Sunday 1 March 2026, 23:30 in Halifax but 22:30 in Ottawa, both the same calendar day. */
const SUNDAY_NIGHT = new Date('2026-03-02T03:30:00Z');

describe('getOfficeFinder', () => {
  let database: TestDatabase;
  const searches = () =>
    database.db.selectFrom('interaction').selectAll().where('kind', '=', 'search').orderBy('id').execute();

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(database.db, demoCatalog(), { source: 'demo', actor: 'test' });
  });
  afterAll(async () => database.close());

  it('shows the form alone before a search, and records nothing', async () => {
    const view = await getOfficeFinder(database.db, { lang: 'en' });
    expect(view).toEqual({ query: '', searched: false, error: null, place: null, offices: [] });
    await flushViews(database.db);
    expect(await searches()).toHaveLength(0);
  });

  it('finds the nearest offices to a postal code, with today’s hours where each office is', async () => {
    const view = await getOfficeFinder(database.db, {
      near: 'k1p 1j1',
      lang: 'en',
      limit: 3,
      now: MONDAY_MORNING,
    });
    expect(view.error).toBeNull();
    expect(view.place?.fsa).toBe('K1P');
    expect(view.offices).toHaveLength(3);
    const distances = view.offices.map((o) => o.distanceKm);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    for (const office of view.offices) {
      expect(office.today.date).toBe('2026-03-02');
      expect(office.today.weekday).toBe('MO');
    }
    const late = await getOfficeFinder(database.db, { near: 'K1P', lang: 'en', now: SUNDAY_NIGHT });
    expect(late.offices.every((o) => o.today.weekday === 'SU')).toBe(true);
  });

  it('says why a search could not be made, and shows back one bounded line', async () => {
    expect((await getOfficeFinder(database.db, { near: ' \u0000 ', lang: 'en' })).error).toBe('empty');
    const unknown = await getOfficeFinder(database.db, { near: `zzqxj\n${'y'.repeat(200)}`, lang: 'fr' });
    expect(unknown.error).toBe('notFound');
    expect(unknown.place).toBeNull();
    expect(unknown.query.startsWith('zzqxj y')).toBe(true);
    expect(Array.from(unknown.query)).toHaveLength(OFFICE_SEARCH_MAX_LENGTH);
  });

  it('records each search made with the FSA or place only, never what was typed', async () => {
    await flushViews(database.db);
    await database.db.deleteFrom('interaction').execute();
    await getOfficeFinder(database.db, { near: 'K2G 5K7', lang: 'en', now: MONDAY_MORNING });
    await getOfficeFinder(database.db, { near: 'Vanier', lang: 'fr', now: MONDAY_MORNING });
    await getOfficeFinder(database.db, { near: 'zzqxj vvwpk', lang: 'en' });
    await getOfficeFinder(database.db, { near: '', lang: 'en' });
    await flushViews(database.db);
    const rows = await searches();
    expect(rows.map((r) => [r.channel, r.lang, r.outcome, r.detail])).toEqual([
      ['web', 'en', 'found', { fsa: 'K2G', results: 10 }],
      ['web', 'fr', 'found', { place: 'Vanier', results: 10 }],
      ['web', 'en', 'none', { results: 0 }],
    ]);
    expect(JSON.stringify(rows)).not.toContain('5K7');
  });
});
