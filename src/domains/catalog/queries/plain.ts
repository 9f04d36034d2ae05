/** Jurisdictions, taxonomies and terms are flat: one row is the whole record. */
import type { Jurisdiction, Taxonomy, TaxonomyTerm } from '../types.js';

function compact<T>(row: object): T {
  return Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== null && value !== undefined),
  ) as T;
}

export const JURISDICTION_COLUMNS = ['id', 'level', 'code', 'name', 'parent_id'] as const;
export const TAXONOMY_COLUMNS = ['id', 'name', 'description', 'uri', 'version'] as const;
export const TERM_COLUMNS = [
  'id',
  'code',
  'name',
  'description',
  'parent_id',
  'taxonomy',
  'language',
  'taxonomy_id',
  'term_uri',
] as const;

export const asJurisdiction = (row: object) => compact<Jurisdiction>(row);
export const asTaxonomy = (row: object) => compact<Taxonomy>(row);
export const asTerm = (row: object) => compact<TaxonomyTerm>(row);
