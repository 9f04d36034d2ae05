import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import {
  aJurisdiction,
  aLocation,
  anOrganization,
  aService,
  aTaxonomy,
  aTaxonomyTerm,
  text,
} from '../../../testing/factories.js';
import { importCatalog } from '../commands/importCatalog.js';
import { getJurisdiction } from './getJurisdiction.js';
import { getLocation } from './getLocation.js';
import { getOrganization } from './getOrganization.js';
import { getService } from './getService.js';
import { getServiceAtLocation } from './getServiceAtLocation.js';
import { getTaxonomy } from './getTaxonomy.js';
import { getTaxonomyTerm } from './getTaxonomyTerm.js';
import { listJurisdictions } from './listJurisdictions.js';
import { listLocations } from './listLocations.js';
import { listOrganizations } from './listOrganizations.js';
import { listServiceAtLocations } from './listServiceAtLocations.js';
import { listServices } from './listServices.js';
import { listTaxonomies } from './listTaxonomies.js';
import { listTaxonomyTerms } from './listTaxonomyTerms.js';
import { streamServices } from './streamServices.js';

describe('catalog queries', () => {
  let database: TestDatabase;
  const db = () => database.db;
  const canada = aJurisdiction({ code: 'ca' });
  const ontario = aJurisdiction({ code: 'ca-on', level: 'provincial', parent_id: canada.id });
  const federal = anOrganization({
    name: text('Employment and Social Development Canada', 'Emploi et Développement social Canada'),
    jurisdiction_id: canada.id,
  });
  const provincial = anOrganization({
    name: text('ServiceOntario', 'ServiceOntario'),
    jurisdiction_id: ontario.id,
  });
  const taxonomy = aTaxonomy();
  const work = aTaxonomyTerm({ taxonomy_id: taxonomy.id, code: 'a-work', name: text('Work', 'Travail') });
  const jobLoss = aTaxonomyTerm({ taxonomy_id: taxonomy.id, parent_id: work.id, code: 'b-job-loss' });
  const office = aLocation({ organization_id: federal.id });
  const ei = aService({
    organization_id: federal.id,
    name: text('Employment Insurance benefits', 'Prestations d’assurance-emploi'),
    last_modified: '2026-03-01T00:00:00.000Z',
    attributes: [{ id: newId(), taxonomy_term_id: jobLoss.id }],
    service_at_locations: [{ id: newId(), location_id: office.id }],
  });
  const pension = aService({
    organization_id: federal.id,
    name: text('Canada Pension Plan', 'Régime de pensions du Canada'),
    description: text('A monthly pension.', 'Une pension mensuelle versée à la retraite.'),
    last_modified: '2026-01-01T00:00:00.000Z',
  });
  const health = aService({
    organization_id: provincial.id,
    name: text('Apply for a health card', 'Demander une carte Santé'),
    alternate_name: text('OHIP', 'Assurance-santé'),
    last_modified: '2026-06-01T00:00:00.000Z',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    // Children given before parents on purpose: the import orders same-kind references itself.
    await importCatalog(
      db(),
      {
        jurisdictions: [ontario, canada],
        taxonomies: [taxonomy],
        taxonomy_terms: [jobLoss, work],
        organizations: [federal, provincial],
        locations: [office],
        services: [ei, pension, health],
      },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database.close());

  const names = (items: { name: { en: string } }[]) => items.map((s) => s.name.en);

  it('pages services ordered by English name with the total', async () => {
    const first = await listServices(db(), { page: 1, perPage: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, perPage: 2 });
    expect(names(first.items)).toEqual(['Apply for a health card', 'Canada Pension Plan']);
    expect(names((await listServices(db(), { page: 2, perPage: 2 })).items)).toEqual([
      'Employment Insurance benefits',
    ]);
    expect((await listServices(db(), { page: 3, perPage: 2 })).items).toEqual([]);
  });

  it('searches both languages ignoring accents and case', async () => {
    expect(names((await listServices(db(), { page: 1, perPage: 10, search: 'prestation' })).items)).toEqual([
      'Employment Insurance benefits',
    ]);
    expect(
      names((await listServices(db(), { page: 1, perPage: 10, search: 'REGIME pensions' })).items),
    ).toEqual(['Canada Pension Plan']);
    expect(names((await listServices(db(), { page: 1, perPage: 10, search: 'retraite' })).items)).toEqual([
      'Canada Pension Plan',
    ]);
    expect(names((await listServices(db(), { page: 1, perPage: 10, search: 'ohip' })).items)).toEqual([
      'Apply for a health card',
    ]);
    expect((await listServices(db(), { page: 1, perPage: 10, search: '100%_' })).total).toBe(0);
  });

  it('filters services by organization, taxonomy term and modification date', async () => {
    expect(
      names((await listServices(db(), { page: 1, perPage: 10, organizationId: provincial.id })).items),
    ).toEqual(['Apply for a health card']);
    expect(
      names((await listServices(db(), { page: 1, perPage: 10, taxonomyTermId: jobLoss.id })).items),
    ).toEqual(['Employment Insurance benefits']);
    expect((await listServices(db(), { page: 1, perPage: 10, taxonomyTermId: work.id })).total).toBe(0);
    expect(
      names((await listServices(db(), { page: 1, perPage: 10, modifiedAfter: '2026-02-01' })).items),
    ).toEqual(['Apply for a health card', 'Employment Insurance benefits']);
    await expect(
      listServices(db(), { page: 1, perPage: 10, modifiedAfter: 'yesterday' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('answers NotFound for unknown ids', async () => {
    for (const get of [
      getService,
      getOrganization,
      getLocation,
      getServiceAtLocation,
      getJurisdiction,
      getTaxonomy,
      getTaxonomyTerm,
    ]) {
      await expect(get(db(), newId())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('reads a service at a location with both ends', async () => {
    const link = ei.service_at_locations![0]!;
    const found = await getServiceAtLocation(db(), link.id);
    expect(found).toMatchObject({
      id: link.id,
      service_id: ei.id,
      location_id: office.id,
      service: { id: ei.id },
      location: { id: office.id },
    });
    expect(found.service_at_location).toEqual({
      id: link.id,
      location_id: office.id,
      phones: [],
      contacts: [],
      schedules: [],
      attributes: [],
      metadata: [],
    });
    const listed = await listServiceAtLocations(db(), { page: 1, perPage: 10, locationId: office.id });
    expect(listed.items.map((l) => l.id)).toEqual([link.id]);
    expect(
      (await listServiceAtLocations(db(), { page: 1, perPage: 10, organizationId: provincial.id })).total,
    ).toBe(0);
  });

  it('lists organizations, locations and jurisdictions', async () => {
    expect(names((await listOrganizations(db(), { page: 1, perPage: 10 })).items)).toEqual([
      'Employment and Social Development Canada',
      'ServiceOntario',
    ]);
    expect(
      (await listOrganizations(db(), { page: 1, perPage: 10, search: 'developpement' })).items.map(
        (o) => o.id,
      ),
    ).toEqual([federal.id]);
    expect(
      (await listLocations(db(), { page: 1, perPage: 10, organizationId: federal.id })).items.map(
        (l) => l.id,
      ),
    ).toEqual([office.id]);
    expect((await listJurisdictions(db())).map((j) => j.code)).toEqual(['ca', 'ca-on']);
    expect(await getJurisdiction(db(), ontario.id)).toEqual(ontario);
  });

  it('lists taxonomies and terms by taxonomy, parent or top level', async () => {
    expect((await listTaxonomies(db(), { page: 1, perPage: 10 })).items).toEqual([taxonomy]);
    expect(
      (await listTaxonomyTerms(db(), { page: 1, perPage: 10, taxonomyId: taxonomy.id })).items.map(
        (t) => t.id,
      ),
    ).toEqual([work.id, jobLoss.id]);
    expect(
      (await listTaxonomyTerms(db(), { page: 1, perPage: 10, topOnly: true })).items.map((t) => t.id),
    ).toEqual([work.id]);
    expect(
      (await listTaxonomyTerms(db(), { page: 1, perPage: 10, parentId: work.id })).items.map((t) => t.id),
    ).toEqual([jobLoss.id]);
    expect(await getTaxonomyTerm(db(), jobLoss.id)).toEqual(jobLoss);
  });

  it('streams every service in id-ordered batches', async () => {
    const batches: string[][] = [];
    for await (const batch of streamServices(db(), { batchSize: 2 })) batches.push(batch.map((s) => s.id));
    expect(batches.map((b) => b.length)).toEqual([2, 1]);
    expect(batches.flat()).toEqual([ei.id, pension.id, health.id].sort());
  });
});
