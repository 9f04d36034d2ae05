import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { listJurisdictions } from './listJurisdictions.js';
import { listLocationIdsOfOrganizations } from './listLocationIdsOfOrganizations.js';
import { listServices } from './listServices.js';
import { loadLocations, loadOrganizations, loadServices } from './load.js';
import { loadServiceBundle } from './loadServiceBundle.js';
import { loadTaxonomies } from './loadTaxonomies.js';
import { loadTaxonomyTerms } from './loadTaxonomyTerms.js';

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

function termIdsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) termIdsOf(item, into);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === 'taxonomy_term_id' && typeof child === 'string') into.add(child);
      else termIdsOf(child, into);
    }
  return into;
}

describe('loadServiceBundle', () => {
  let database: TestDatabase;
  let serviceIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    serviceIds = (await listServices(database.db, { page: 1, perPage: 500 })).items.map((s) => s.id);
  });
  afterAll(() => database?.close());

  it('loads, in one statement, what loading each kind in turn loads', async () => {
    const asked = [serviceIds[7]!, 'no-such-service', serviceIds[0]!, serviceIds[42]!];
    const bundle = await loadServiceBundle(database.db, asked, { organizationLocations: true });

    const services = await loadServices(database.db, asked);
    expect(bundle.services).toEqual(services);
    const organizations = await loadOrganizations(database.db, [
      ...new Set(services.map((s) => s.organization_id)),
    ]);
    expect(byId(bundle.organizations)).toEqual(byId(organizations));
    const held = await listLocationIdsOfOrganizations(
      database.db,
      organizations.map((o) => o.id),
      { includePending: true },
    );
    const locationIds = new Set([
      ...[...held.values()].flat(),
      ...services.flatMap((s) => s.service_at_locations.map((link) => link.location_id)),
    ]);
    const locations = await loadLocations(database.db, [...locationIds]);
    expect(locations.length).toBeGreaterThan(0);
    expect(byId(bundle.locations)).toEqual(byId(locations));
    const terms = await loadTaxonomyTerms(database.db, [
      ...termIdsOf([...services, ...organizations, ...locations]),
    ]);
    expect(byId(bundle.taxonomyTerms)).toEqual(byId(terms));
    const taxonomies = await loadTaxonomies(database.db, [
      ...new Set(terms.flatMap((t) => (t.taxonomy_id ? [t.taxonomy_id] : []))),
    ]);
    expect(byId(bundle.taxonomies)).toEqual(byId(taxonomies));
    expect(byId(bundle.jurisdictions)).toEqual(byId(await listJurisdictions(database.db)));
  });

  it('leaves the organizations’ other offices out unless asked', async () => {
    const bundle = await loadServiceBundle(database.db, [serviceIds[0]!]);
    const linked = new Set(bundle.services[0]!.service_at_locations.map((link) => link.location_id));
    expect(bundle.locations.map((l) => l.id).sort()).toEqual([...linked].sort());
  });

  it('finds nothing for unknown ids', async () => {
    const bundle = await loadServiceBundle(database.db, ['no-such-service']);
    expect(bundle.services).toEqual([]);
    expect(bundle.organizations).toEqual([]);
    expect(bundle.jurisdictions).toEqual([]);
  });
});
