import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { newId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { rebuildSearchIndex, reindexServices, searchNeeds } from '../index.js';

describe('reindexing published services', () => {
  let database: TestDatabase;
  const org = anOrganization();
  const service = aService({
    organization_id: org.id,
    name: text('Snow removal subsidy', 'Subvention pour le déneigement'),
    description: text('Help clearing your driveway.', 'Aide pour déneiger votre entrée.'),
  });
  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [org], services: [service] },
      { source: 'test', actor: 'test' },
    );
    await rebuildSearchIndex(database.db);
  });
  afterAll(async () => database.close());

  const found = async (q: string, lang: 'en' | 'fr') =>
    (await searchNeeds(database.db, { q, lang })).hits.some((hit) => hit.ref === service.id);

  it('finds a service by its new name once it is reindexed, and no longer by the old one', async () => {
    expect(await found('snow removal', 'en')).toBe(true);
    await importCatalog(
      database.db,
      { services: [{ ...service, name: text('Lawn watering permit', 'Permis d’arrosage de pelouse') }] },
      { source: 'test', actor: 'test' },
    );
    expect(await found('lawn watering', 'en')).toBe(false);
    expect(await reindexServices(database.db, [service.id])).toBe(1);
    expect(await found('lawn watering', 'en')).toBe(true);
    expect(await found('arrosage pelouse', 'fr')).toBe(true);
    expect(await found('snow removal', 'en')).toBe(false);
  });

  it('reindexes more ids than one statement can carry, round by round', async () => {
    const unknown = Array.from({ length: 70_000 }, () => newId());
    expect(await reindexServices(database.db, [...unknown, service.id])).toBe(1);
    expect(await found('lawn watering', 'en')).toBe(true);
  });

  it('takes a closed service out of the index', async () => {
    await importCatalog(
      database.db,
      {
        services: [
          {
            ...service,
            name: text('Lawn watering permit', 'Permis d’arrosage de pelouse'),
            status: 'inactive',
          },
        ],
      },
      { source: 'test', actor: 'test' },
    );
    expect(await reindexServices(database.db, [service.id])).toBe(0);
    expect(await found('lawn watering', 'en')).toBe(false);
  });
});
