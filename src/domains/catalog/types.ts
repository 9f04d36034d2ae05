import type { z } from 'zod';
import type {
  JurisdictionInput,
  Location,
  Service,
  ServiceAtLocationInput,
  TaxonomyInput,
  TaxonomyTermInput,
} from './schemas.js';
import type { CatalogTableName } from './tables.js';

export type Jurisdiction = z.output<typeof JurisdictionInput>;
export type Taxonomy = z.output<typeof TaxonomyInput>;
export type TaxonomyTerm = z.output<typeof TaxonomyTermInput>;
export type ServiceAtLocation = z.output<typeof ServiceAtLocationInput>;

/** One refused record (or one problem in it). */
export interface Rejection {
  /** Which record: `services[3] (id …, "Employment Insurance")`. */
  where: string;
  /** Dotted path to the field, such as `name.fr`, when one field is at fault. */
  field?: string;
  reason: string;
}

export interface ImportReport {
  /** Top-level records read (jurisdictions, taxonomies, terms, organizations, locations, services). */
  read: number;
  created: number;
  updated: number;
  rejected: Rejection[];
  /** What the import wrote, for whatever is derived from the catalog (statistics, the search index). */
  written: WrittenRecords;
}

export interface WrittenRecords {
  /** The catalog tables rows were written to, in the order they are written. */
  tables: CatalogTableName[];
  /** Services whose record or whose organization's record was written. */
  services: string[];
}

export interface ImportOptions {
  /** Where the records come from (`hsds`, `gc-service-inventory`, `demo`): kept with each record. */
  source: string;
  actor: string;
  /** Write the valid records and list the refused ones, instead of refusing the whole import. */
  skipInvalid?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Records validated and written together (default 500). */
  chunkSize?: number;
}

export interface PageQuery {
  page: number;
  perPage: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

/** A service offered at a location, with both ends. */
export interface ServiceAtLocationDetail {
  id: string;
  service_id: string;
  location_id: string;
  service_at_location: ServiceAtLocation;
  service: Service;
  location: Location;
}
