/** Jurisdictions, taxonomies and terms are flat: one row is the whole record. */
import type { Jurisdiction, Taxonomy, TaxonomyTerm } from '../types.js';

function compact<T>(row: object): T {
  return Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== null && value !== undefined),
  ) as T;
}

export const JURISDICTION_COLUMNS = ['id', 'level', 'code', 'name', 'parent_id'] as const;
export const TAXONOMY_COLUMNS = [
  'id',
  'name',
  'description',
  'uri',
  'version',
  'translation_pending',
] as const;
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
  'translation_pending',
] as const;

export const asJurisdiction = (row: object) => compact<Jurisdiction>(row);
/** `translation_pending` is optional on taxonomies and terms: absent when false, as most are given. */
function withoutDefault(row: object): object {
  const { translation_pending: pending, ...rest } = row as { translation_pending?: boolean };
  return pending ? { ...rest, translation_pending: true } : rest;
}

export const asTaxonomy = (row: object) => compact<Taxonomy>(withoutDefault(row));
export const asTerm = (row: object) => compact<TaxonomyTerm>(withoutDefault(row));
