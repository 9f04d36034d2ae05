/**
 * The whole catalog as HSDS records, batch by batch (organizations, locations, services, then the
 * taxonomies), so that an export of 100,000 services never holds more than one batch and its lookups.
 */
import type { Db, Tx } from '../../../platform/db/index.js';
import { countServices, streamLocations, streamOrganizations, streamServices } from '../../catalog/index.js';
import { taxonomyDocuments, type DOCUMENT_FILES } from './documents.js';
import { allTaxonomies, allTaxonomyTerms, DbLookupLoader } from './read.js';
import type { HsdsObject } from './spec.js';
import { toHsdsLocation, toHsdsOrganization, toHsdsService } from './toHsds.js';
import type { HsdsSchemaKind } from './validate.js';

export interface HsdsExportBatch {
  file: (typeof DOCUMENT_FILES)[number];
  kind: HsdsSchemaKind;
  records: HsdsObject[];
}

/** How many services an export will write (those awaiting translation included). */
export async function countExportedServices(db: Db | Tx): Promise<number> {
  return countServices(db);
}

/**
 * Every record of the catalog in its HSDS export form: organizations with their locations nested,
 * locations, services naming their organization by id, then taxonomies, terms and their French.
 * Records awaiting translation are included, so that a second Stitch loses nothing.
 */
export async function* hsdsExportBatches(
  db: Db | Tx,
  options: { batchSize?: number } = {},
): AsyncGenerator<HsdsExportBatch> {
  const batchSize = options.batchSize ?? 200;
  for await (const organizations of streamOrganizations(db, { batchSize })) {
    const loader = new DbLookupLoader(db);
    await loader.addOrganizations(organizations, { organizationLocations: true });
    yield {
      file: 'organizations',
      kind: 'organization',
      records: organizations.map((o) => toHsdsOrganization(o, loader.lookup)),
    };
  }
  for await (const locations of streamLocations(db, { batchSize })) {
    const loader = new DbLookupLoader(db);
    await loader.addLocations(locations);
    yield {
      file: 'locations',
      kind: 'location',
      records: locations.map((l) => toHsdsLocation(l, loader.lookup)),
    };
  }
  for await (const services of streamServices(db, { batchSize })) {
    const lookup = await new DbLookupLoader(db).forServices(services);
    yield {
      file: 'services',
      kind: 'service',
      records: services.map((s) => toHsdsService(s, lookup, { organizationById: true })),
    };
  }
  const loader = new DbLookupLoader(db);
  const taxonomies = await allTaxonomies(db);
  const terms = await allTaxonomyTerms(db);
  loader.lookup.add({ taxonomies, taxonomy_terms: terms });
  const documents = taxonomyDocuments(taxonomies, terms, loader.lookup);
  yield { file: 'taxonomies', kind: 'taxonomy', records: documents.taxonomies };
  yield { file: 'taxonomy_terms', kind: 'taxonomy_term', records: documents.taxonomy_terms };
  yield { file: 'attributes', kind: 'attribute', records: documents.attributes };
}
