import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { importCatalog, listServices } from '../../catalog/index.js';
import { hsdsService, hsdsServiceText } from './read.js';
import { RICH_IDS, richBundle } from './testFixtures.js';

/** The database-built full form must be the writer's, whatever the service and the language. */
describe('the HSDS full form built by the database', () => {
  let database: TestDatabase;
  let ids: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    const rich = richBundle();
    await importCatalog(
      database.db,
      {
        ...rich,
        jurisdictions: [],
        organizations: rich.organizations?.map(({ jurisdiction_id: _j, ...organization }) => organization),
      },
      { source: 'test', actor: 'tester' },
    );
    const demo = await listServices(database.db, { page: 1, perPage: 8 });
    ids = [RICH_IDS.service, ...demo.items.map((service) => service.id)];
  });
  afterAll(() => database?.close());

  const languages: (Lang | undefined)[] = [undefined, 'en', 'fr'];
  for (const lang of languages)
    it(`is the writer's (${lang ?? 'default language'})`, async () => {
      for (const id of ids) {
        const text = await hsdsServiceText(database.db, id, lang);
        const expected = await hsdsService(database.db, id, lang);
        expect(JSON.parse(text!.body)).toEqual(JSON.parse(JSON.stringify(expected!.record)));
        expect(text!.organizationId).toBe(expected!.service.organization_id);
      }
    });

  it('finds no service for an unknown id', async () => {
    expect(await hsdsServiceText(database.db, 'no-such-service')).toBeUndefined();
  });
});
