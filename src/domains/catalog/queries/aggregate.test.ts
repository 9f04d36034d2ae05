import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements as wholeRecordMigration } from '../../../platform/db/migrations/0013_catalog_whole_records.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aLocation, aRichService, aService, anOrganization, text } from '../../../testing/factories.js';
import { importCatalog } from '../commands/importCatalog.js';
import { WHOLE_RECORD_ROOTS, wholeRecordFunctionSql } from './aggregate.js';
import { listServiceSummaries } from './listServiceSummaries.js';
import { loadServices } from './load.js';

describe('whole-record functions', () => {
  it('are the ones the table descriptors give (a new child table needs a migration)', () => {
    for (const root of WHOLE_RECORD_ROOTS)
      expect(wholeRecordMigration).toContain(wholeRecordFunctionSql(root));
  });
});

describe('loading whole records and summaries', () => {
  let database: TestDatabase;
  const organization = anOrganization();
  const location = aLocation({ organization_id: organization.id });
  const rich = aRichService({ organization_id: organization.id, location_id: location.id });
  const plain = ['Birth certificate', 'Apply for a passport', 'Canada child benefit'].map((name) =>
    aService({ organization_id: organization.id, name: text(name, `${name} (fr)`) }),
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [organization], locations: [location], services: [rich, ...plain] },
      { source: 'test', actor: 'tester' },
    );
  });
  afterAll(() => database?.close());

  it('loads many services in one call, in the order asked, unknown ids left out', async () => {
    const asked = [plain[2]!.id, 'no-such-service', rich.id, plain[0]!.id];
    const loaded = await loadServices(database.db, asked);
    expect(loaded.map((s) => s.id)).toEqual([plain[2]!.id, rich.id, plain[0]!.id]);
    const whole = loaded[1]!;
    expect(whole.channels.map((c) => c.kind)).toEqual(['web', 'phone', 'mail']);
    expect(whole.channels[1]!.hours).toHaveLength(1);
    expect(whole.channels[2]!.mail_address?.city).toBe('Bathurst');
    expect(whole.service_at_locations[0]!.phones[0]!.number).toBe('613-555-0199');
    expect(whole.contacts[0]!.phones.length).toBeGreaterThan(0);
    expect(whole.schedules.map((s) => s.opens_at)).toEqual(['08:30', '13:00']);
    expect(loaded[0]!.channels).toEqual([]);
  });

  it('pages summaries by English name with their organization and the total', async () => {
    const first = await listServiceSummaries(database.db, { page: 1, perPage: 2 });
    expect(first.total).toBe(4);
    expect(first.items.map((item) => item.service.name.en)).toEqual([
      'Apply for a passport',
      'Birth certificate',
    ]);
    expect(first.items[0]!.organization?.id).toBe(organization.id);
    expect(first.items[0]!.service.channels).toEqual([]);
    const beyond = await listServiceSummaries(database.db, { page: 9, perPage: 2 });
    expect(beyond).toMatchObject({ items: [], total: 4 });
    const searched = await listServiceSummaries(database.db, { page: 1, perPage: 10, search: 'passport' });
    expect(searched.items.map((item) => item.service.id)).toEqual([plain[1]!.id]);
    expect(searched.total).toBe(1);
  });
});

describe('paging the public list deep into a large catalogue', () => {
  let database: TestDatabase;
  const organization = anOrganization();
  const services = Array.from({ length: 2_150 }, (_, i) =>
    aService({
      organization_id: organization.id,
      name: text(`Service ${(i * 7919) % 2_150}`, `Service ${i}`),
    }),
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [organization], services },
      { source: 'test', actor: 'tester' },
    );
  });
  afterAll(() => database?.close());

  const idsOf = async (page: number, perPage = 50) =>
    (await listServiceSummaries(database.db, { page, perPage })).items.map((item) => item.service.id);
  const expected = async (page: number, perPage = 50) =>
    (
      await database.db
        .selectFrom('service')
        .select('id')
        .orderBy(sql`name->>'en'`)
        .orderBy('id')
        .limit(perPage)
        .offset((page - 1) * perPage)
        .execute()
    ).map((row) => row.id);

  it('gives the same pages as counting from the start, on both sides of every anchor', async () => {
    for (const page of [1, 20, 21, 22, 40, 41, 43, 44])
      expect(await idsOf(page)).toEqual(await expected(page));
    expect(await idsOf(2, 999)).toEqual(await expected(2, 999));
    expect((await listServiceSummaries(database.db, { page: 30, perPage: 50 })).total).toBe(2_150);
  });

  it('sees a change made after the list was measured: the count and the order', async () => {
    await idsOf(30);
    const moved = services[1_500]!;
    await database.db
      .updateTable('service')
      .set({ name: sql`jsonb_set(name, '{en}', '"AAA first"')` })
      .where('id', '=', moved.id)
      .execute();
    await database.db.deleteFrom('service').where('id', '=', services[3]!.id).execute();
    expect((await idsOf(1))[0]).toBe(moved.id);
    for (const page of [21, 30, 43]) expect(await idsOf(page)).toEqual(await expected(page));
    expect((await listServiceSummaries(database.db, { page: 1, perPage: 10 })).total).toBe(2_149);
  });
});
