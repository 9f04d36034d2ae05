/**
 * How Stitch's catalog records line up with Open Referral HSDS 3.0 objects (ADR 0004).
 * One table spec per HSDS object: which fields copy as they are, which are `{ en, fr }` text in Stitch
 * (English in the HSDS field, French as an attribute), and which arrays nest which objects.
 */
import { stableId } from '../../../platform/ids/index.js';
import { TABLES, hsdsFields } from '../../catalog/index.js';

export type HsdsObject = Record<string, unknown>;

export type HsdsTable =
  | 'organization'
  | 'program'
  | 'organization_identifier'
  | 'service'
  | 'location'
  | 'service_at_location'
  | 'address'
  | 'phone'
  | 'contact'
  | 'schedule'
  | 'language'
  | 'accessibility'
  | 'service_area'
  | 'cost_option'
  | 'required_document'
  | 'funding'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'attribute'
  | 'metadata';

export interface TableSpec {
  /** Copied unchanged between HSDS and Stitch. */
  scalars: readonly string[];
  /** `{ en, fr }` in Stitch; English in the HSDS field, French in an attribute. */
  texts: readonly string[];
  /** Nested arrays: HSDS key → table (and the Stitch key when it differs). */
  children: Readonly<Record<string, { table: HsdsTable; key?: string }>>;
  /** Whether HSDS gives this object `attributes` and `metadata` arrays. */
  attributes: boolean;
}

type Children = TableSpec['children'];

/** A table spec: its HSDS fields come from the catalog's table descriptors. */
const spec = (table: Exclude<HsdsTable, 'attribute' | 'metadata'>, children: Children = {}): TableSpec => ({
  ...hsdsFields(table),
  children,
  attributes: TABLES[table].linked,
});

export const SPECS: Record<Exclude<HsdsTable, 'attribute' | 'metadata'>, TableSpec> = {
  organization: spec('organization', {
    funding: { table: 'funding' },
    contacts: { table: 'contact' },
    phones: { table: 'phone' },
    programs: { table: 'program' },
    organization_identifiers: { table: 'organization_identifier', key: 'identifiers' },
  }),
  program: spec('program'),
  organization_identifier: spec('organization_identifier'),
  service: spec('service', {
    phones: { table: 'phone' },
    schedules: { table: 'schedule' },
    service_areas: { table: 'service_area' },
    languages: { table: 'language' },
    funding: { table: 'funding' },
    cost_options: { table: 'cost_option' },
    required_documents: { table: 'required_document' },
    contacts: { table: 'contact' },
  }),
  location: spec('location', {
    languages: { table: 'language' },
    addresses: { table: 'address' },
    contacts: { table: 'contact' },
    accessibility: { table: 'accessibility' },
    phones: { table: 'phone' },
    schedules: { table: 'schedule' },
  }),
  service_at_location: spec('service_at_location', {
    contacts: { table: 'contact' },
    phones: { table: 'phone' },
    schedules: { table: 'schedule' },
  }),
  address: spec('address'),
  phone: spec('phone', { languages: { table: 'language' } }),
  contact: spec('contact', { phones: { table: 'phone' } }),
  schedule: spec('schedule'),
  language: spec('language'),
  accessibility: spec('accessibility'),
  service_area: spec('service_area'),
  cost_option: spec('cost_option'),
  required_document: spec('required_document'),
  funding: spec('funding'),
  // HSDS 3.0 gives taxonomies and terms no attributes: their French travels in a top-level attribute list.
  taxonomy: spec('taxonomy'),
  taxonomy_term: spec('taxonomy_term'),
};

/** Stitch's own taxonomy terms, exported with every HSDS export so the attributes that use them resolve. */
export const STITCH_TAXONOMY = {
  id: stableId('hsds:taxonomy:stitch-translations'),
  name: { en: 'Stitch translations', fr: 'Traductions Stitch' },
  description: {
    en: 'Terms Stitch uses to carry French text and Stitch-specific data through HSDS attributes (ADR 0004).',
    fr: 'Termes utilisés par Stitch pour transmettre le texte français et les données propres à Stitch dans les attributs HSDS (ADR 0004).',
  },
  version: '1',
} as const;

export const FRENCH_TERM = {
  id: stableId('hsds:taxonomy_term:stitch-translations:fr'),
  code: 'fr',
  name: { en: 'French translation', fr: 'Traduction française' },
  description: {
    en: 'The attribute value is the French text of the field named by link_type on the linked record.',
    fr: 'La valeur de l’attribut est le texte français du champ nommé par link_type dans la fiche liée.',
  },
  taxonomy: 'Stitch translations',
  language: 'fr',
  taxonomy_id: STITCH_TAXONOMY.id,
} as const;

export const EXTENSION_TERM = {
  id: stableId('hsds:taxonomy_term:stitch-translations:stitch'),
  code: 'stitch',
  name: { en: 'Stitch extension', fr: 'Extension Stitch' },
  description: {
    en: 'The attribute value is JSON holding Stitch data that has no HSDS field; link_type names its kind (stitch:channel, stitch:standard…).',
    fr: 'La valeur de l’attribut est un JSON contenant des données Stitch sans champ HSDS ; link_type en nomme le genre (stitch:channel, stitch:standard…).',
  },
  taxonomy: 'Stitch translations',
  language: 'en',
  taxonomy_id: STITCH_TAXONOMY.id,
} as const;

export const STITCH_TERM_IDS = new Set<string>([FRENCH_TERM.id, EXTENSION_TERM.id]);

/**
 * The identifiers HSDS reads derive from the records' ids are asked again at every read of the same
 * records: each is hashed once and kept, up to a bound past which the kept ones are dropped.
 */
const derivedIds = new Map<string, string>();
const DERIVED_IDS_KEPT = 100_000;

export function derivedId(name: string): string {
  let id = derivedIds.get(name);
  if (id === undefined) {
    if (derivedIds.size >= DERIVED_IDS_KEPT) derivedIds.clear();
    id = stableId(name);
    derivedIds.set(name, id);
  }
  return id;
}

export function frenchAttributeId(table: string, id: string, field: string): string {
  return derivedId(`hsds-fr:${table}:${id}:${field}`);
}

export function extensionAttributeId(table: string, id: string, kind: string, sub?: string): string {
  return derivedId(`hsds-stitch:${table}:${id}:${kind}${sub ? `:${sub}` : ''}`);
}

export const DEFAULT_TIME_ZONE = 'America/Toronto';
