/**
 * How Stitch's catalog records line up with Open Referral HSDS 3.0 objects (ADR 0004).
 * One table spec per HSDS object: which fields copy as they are, which are `{ en, fr }` text in Stitch
 * (English in the HSDS field, French as an attribute), and which arrays nest which objects.
 */
import { stableId } from '../../../platform/ids/index.js';

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

const common = { attributes: true } as const;

export const SPECS: Record<Exclude<HsdsTable, 'attribute' | 'metadata'>, TableSpec> = {
  organization: {
    ...common,
    scalars: [
      'email',
      'tax_status',
      'tax_id',
      'year_incorporated',
      'legal_status',
      'logo',
      'uri',
      'parent_organization_id',
    ],
    texts: ['name', 'alternate_name', 'description', 'website'],
    children: {
      funding: { table: 'funding' },
      contacts: { table: 'contact' },
      phones: { table: 'phone' },
      programs: { table: 'program' },
      organization_identifiers: { table: 'organization_identifier', key: 'identifiers' },
    },
  },
  program: { ...common, scalars: [], texts: ['name', 'alternate_name', 'description'], children: {} },
  organization_identifier: {
    ...common,
    scalars: ['identifier_scheme', 'identifier_type', 'identifier'],
    texts: [],
    children: {},
  },
  service: {
    ...common,
    scalars: [
      'email',
      'status',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'assurer_email',
      'last_modified',
    ],
    texts: [
      'name',
      'alternate_name',
      'description',
      'url',
      'interpretation_services',
      'application_process',
      'fees_description',
      'wait_time',
      'fees',
      'accreditations',
      'eligibility_description',
      'licenses',
      'alert',
    ],
    children: {
      phones: { table: 'phone' },
      schedules: { table: 'schedule' },
      service_areas: { table: 'service_area' },
      languages: { table: 'language' },
      funding: { table: 'funding' },
      cost_options: { table: 'cost_option' },
      required_documents: { table: 'required_document' },
      contacts: { table: 'contact' },
    },
  },
  location: {
    ...common,
    scalars: [
      'location_type',
      'url',
      'latitude',
      'longitude',
      'external_identifier',
      'external_identifier_type',
    ],
    texts: ['name', 'alternate_name', 'description', 'transportation'],
    children: {
      languages: { table: 'language' },
      addresses: { table: 'address' },
      contacts: { table: 'contact' },
      accessibility: { table: 'accessibility' },
      phones: { table: 'phone' },
      schedules: { table: 'schedule' },
    },
  },
  service_at_location: {
    ...common,
    scalars: [],
    texts: ['description'],
    children: {
      contacts: { table: 'contact' },
      phones: { table: 'phone' },
      schedules: { table: 'schedule' },
    },
  },
  address: {
    ...common,
    scalars: [
      'attention',
      'address_1',
      'address_2',
      'city',
      'region',
      'state_province',
      'postal_code',
      'country',
      'address_type',
    ],
    texts: [],
    children: {},
  },
  phone: {
    ...common,
    scalars: ['number', 'extension', 'type'],
    texts: ['description'],
    children: { languages: { table: 'language' } },
  },
  contact: {
    ...common,
    scalars: ['name', 'email'],
    texts: ['title', 'department'],
    children: { phones: { table: 'phone' } },
  },
  schedule: {
    ...common,
    scalars: [
      'valid_from',
      'valid_to',
      'dtstart',
      'timezone',
      'until',
      'count',
      'wkst',
      'freq',
      'interval',
      'byday',
      'byweekno',
      'bymonthday',
      'byyearday',
      'opens_at',
      'closes_at',
      'schedule_link',
    ],
    texts: ['description', 'attending_type', 'notes'],
    children: {},
  },
  language: { ...common, scalars: ['code'], texts: ['name', 'note'], children: {} },
  accessibility: { ...common, scalars: ['url'], texts: ['description', 'details'], children: {} },
  service_area: {
    ...common,
    scalars: ['extent', 'extent_type', 'uri'],
    texts: ['name', 'description'],
    children: {},
  },
  cost_option: {
    ...common,
    scalars: ['valid_from', 'valid_to', 'currency', 'amount'],
    texts: ['option', 'amount_description'],
    children: {},
  },
  required_document: { ...common, scalars: ['uri'], texts: ['document'], children: {} },
  funding: { ...common, scalars: [], texts: ['source'], children: {} },
  // HSDS 3.0 gives taxonomies and terms no attributes: their French travels in a top-level attribute list.
  taxonomy: { attributes: false, scalars: ['uri', 'version'], texts: ['name', 'description'], children: {} },
  taxonomy_term: {
    attributes: false,
    scalars: ['code', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'],
    texts: ['name', 'description'],
    children: {},
  },
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

export function frenchAttributeId(table: string, id: string, field: string): string {
  return stableId(`hsds-fr:${table}:${id}:${field}`);
}

export function extensionAttributeId(table: string, id: string, kind: string, sub?: string): string {
  return stableId(`hsds-stitch:${table}:${id}:${kind}${sub ? `:${sub}` : ''}`);
}

export const DEFAULT_TIME_ZONE = 'America/Toronto';
