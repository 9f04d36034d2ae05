import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { importCatalog } from '../../catalog/index.js';
import { flushViews } from '../../measurement/index.js';
import { getHsdsService } from './getHsdsService.js';
import { listHsdsOrganizations } from './listHsdsOrganizations.js';
import { listHsdsServiceAtLocations } from './listHsdsServiceAtLocations.js';
import { listHsdsServices } from './listHsdsServices.js';

describe('HSDS reads record what they were asked', () => {
  let database: TestDatabase;
  const organization = anOrganization();
  const service = aService({
    organization_id: organization.id,
    name: text('Employment Insurance', 'Assurance-emploi'),
  });
  const reader = { channel: 'api', lang: 'fr' } as const;

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [organization], services: [service] },
      { source: 'test', actor: 'tester' },
    );
  });
  afterAll(() => database?.close());

  const recorded = async () => {
    await flushViews(database.db);
    return database.db
      .selectFrom('interaction')
      .select(['channel', 'kind', 'service_id', 'organization_id', 'lang', 'detail'])
      .orderBy('id')
      .execute();
  };

  it('a service read is a view of it, with its organization and the reader’s language', async () => {
    const record = await getHsdsService(database.db, { id: service.id, lang: 'fr', reader });
    expect(record?.name).toBe('Assurance-emploi');
    expect(await getHsdsService(database.db, { id: organization.id, reader })).toBeUndefined();
    expect(await recorded()).toEqual([
      {
        channel: 'api',
        kind: 'view',
        service_id: service.id,
        organization_id: organization.id,
        lang: 'fr',
        detail: null,
      },
    ]);
  });

  it('a list asked with search is a search with its result count; browsing records nothing', async () => {
    await database.db.deleteFrom('interaction').execute();
    const query = { page: 1, perPage: 10, reader };
    await listHsdsServices(database.db, query);
    await listHsdsServices(database.db, { ...query, search: 'employment', organizationId: organization.id });
    await listHsdsOrganizations(database.db, { ...query, search: 'nothing of the kind' });
    await listHsdsServiceAtLocations(database.db, { ...query, search: 'employment' });
    const searches = await recorded();
    expect(searches.map((row) => [row.kind, row.organization_id, row.detail])).toEqual([
      ['search', organization.id, { resource: 'services', results: 1 }],
      ['search', null, { resource: 'organizations', results: 0 }],
      ['search', null, { resource: 'service_at_locations', results: 0 }],
    ]);
  });
});
