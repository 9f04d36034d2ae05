import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { importCatalog } from '../../catalog/index.js';
import { hsdsServices, hsdsServicesText, type ServiceListQuery } from './read.js';
import { RICH_IDS, richBundle } from './testFixtures.js';

/** The database-built list form must be the writer's, item for item, whatever the query. */
describe('the HSDS list form built by the database', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    // Beside the demo's own jurisdictions: the rich catalogue's organizations without theirs.
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
  });
  afterAll(() => database?.close());

  const queries: [string, Omit<ServiceListQuery, 'full' | 'lang'>][] = [
    ['first page', { page: 1, perPage: 50 }],
    ['second page', { page: 2, perPage: 50 }],
    ['past the end', { page: 40, perPage: 50 }],
    ['a search', { page: 1, perPage: 10, search: 'benefit' }],
    ['one organization', { page: 1, perPage: 100, organizationId: RICH_IDS.organization }],
    ['a taxonomy term', { page: 1, perPage: 100, taxonomyTermId: RICH_IDS.term }],
  ];
  const languages: (Lang | undefined)[] = [undefined, 'en', 'fr'];

  for (const [name, query] of queries)
    for (const lang of languages)
      it(`is the writer's for ${name} (${lang ?? 'default language'})`, async () => {
        const asked = { ...query, lang };
        const { body: text } = await hsdsServicesText(database.db, asked);
        const expected = await hsdsServices(database.db, asked);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(expected)));
        if (name === 'first page') expect(expected.contents.length).toBe(50);
        else if (name !== 'past the end') expect(expected.contents.length).toBeGreaterThan(0);
      });

  it('carries the program and the organization brief of a service that has them', async () => {
    const page = JSON.parse(
      (await hsdsServicesText(database.db, { page: 1, perPage: 10, organizationId: RICH_IDS.organization }))
        .body,
    ) as { contents: { id: string; program?: { id: string }; organization?: { id: string } }[] };
    const service = page.contents.find((item) => item.id === RICH_IDS.service);
    expect(service?.program?.id).toBe(RICH_IDS.program);
    expect(service?.organization?.id).toBe(RICH_IDS.organization);
  });
});
