/** A whole catalog held in memory ↔ the set of HSDS documents an export writes (services.json, …). */
import type { CatalogBundle } from '../../catalog/index.js';
import { MemoryLookup } from './lookup.js';
import type { HsdsObject } from './spec.js';
import {
  stitchTaxonomy,
  taxonomyFrenchAttributes,
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsService,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
  type HsdsLookup,
  type Taxonomy,
  type TaxonomyTerm,
} from './toHsds.js';
import type { HsdsDocument } from './fromHsds.js';

/** The JSON files of an export, by file stem. */
export interface HsdsDocumentSet {
  services: HsdsObject[];
  organizations: HsdsObject[];
  locations: HsdsObject[];
  taxonomies: HsdsObject[];
  taxonomy_terms: HsdsObject[];
  /** The French of taxonomies and terms (HSDS 3.0 gives them no attributes array). */
  attributes: HsdsObject[];
}

export const DOCUMENT_FILES = [
  'organizations',
  'locations',
  'services',
  'taxonomies',
  'taxonomy_terms',
  'attributes',
] as const;

/** Taxonomies and terms with Stitch's own added, and the attributes carrying their French. */
export function taxonomyDocuments(
  taxonomies: Taxonomy[],
  terms: TaxonomyTerm[],
  lookup: HsdsLookup,
): Pick<HsdsDocumentSet, 'taxonomies' | 'taxonomy_terms' | 'attributes'> {
  const stitch = stitchTaxonomy();
  const allTaxonomies = [stitch.taxonomy, ...taxonomies.filter((t) => t.id !== stitch.taxonomy.id)];
  const allTerms = [...stitch.terms, ...terms.filter((t) => !stitch.terms.some((s) => s.id === t.id))];
  const withStitch = new MemoryLookup({ taxonomies: [stitch.taxonomy], taxonomy_terms: stitch.terms });
  const termLookup: HsdsLookup = {
    ...lookup,
    organization: (id) => lookup.organization(id),
    location: (id) => lookup.location(id),
    jurisdiction: (id) => lookup.jurisdiction(id),
    locationsOf: (id) => lookup.locationsOf(id),
    taxonomy: (id) => lookup.taxonomy(id) ?? withStitch.taxonomy(id),
    taxonomyTerm: (id) => lookup.taxonomyTerm(id) ?? withStitch.taxonomyTerm(id),
  };
  return {
    taxonomies: allTaxonomies.map((taxonomy) => toHsdsTaxonomy(taxonomy, termLookup)),
    taxonomy_terms: allTerms.map((term) => toHsdsTaxonomyTerm(term, termLookup)),
    attributes: [
      ...allTaxonomies.flatMap((taxonomy) => taxonomyFrenchAttributes('taxonomy', taxonomy)),
      ...allTerms.flatMap((term) => taxonomyFrenchAttributes('taxonomy_term', term)),
    ],
  };
}

/**
 * Everything in a bundle as HSDS documents. Services name their organization by id (organizations.json
 * carries it in full), so that a big organization is not repeated in every service.
 */
export function bundleToHsds(bundle: CatalogBundle): HsdsDocumentSet {
  const lookup = new MemoryLookup(bundle);
  return {
    organizations: bundle.organizations.map((organization) => toHsdsOrganization(organization, lookup)),
    locations: bundle.locations.map((location) => toHsdsLocation(location, lookup)),
    services: bundle.services.map((service) => toHsdsService(service, lookup, { organizationById: true })),
    ...taxonomyDocuments(bundle.taxonomies, bundle.taxonomy_terms, lookup),
  };
}

/** The document set as the reader takes it, with each record's file and index for messages. */
export function documentsOf(set: Partial<HsdsDocumentSet>): HsdsDocument[] {
  const kinds = {
    services: 'service',
    organizations: 'organization',
    locations: 'location',
    taxonomies: 'taxonomy',
    taxonomy_terms: 'taxonomy_term',
    attributes: 'attribute',
  } as const;
  return DOCUMENT_FILES.flatMap((file) =>
    (set[file] ?? []).map((data, index) => ({
      where: `${file}.json [${index}] (id ${String(data.id)})`,
      kind: kinds[file],
      data,
    })),
  );
}
