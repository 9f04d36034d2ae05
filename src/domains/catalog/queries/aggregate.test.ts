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
