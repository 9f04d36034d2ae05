/**
 * Catalog tables typed for Kysely from their descriptors (`tables.ts`): each table's id, bilingual columns
 * and position among siblings come from the descriptor, so a text field added there is typed here without
 * another line; the other columns say their type below (the test beside this file fails to compile when
 * a described column has none). Declared into the platform's `Database` by declaration merging, so
 * platform imports no domain.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DateText, OptionalText, Text, Timestamp } from '../../platform/db/schema.js';
import type { CatalogTableName, ColumnWithRole } from './tables.js';
import type { CHANNEL_KINDS, JURISDICTION_LEVELS, LOCATION_TYPES, SERVICE_STATUSES } from './schemas.js';

/** Order among its siblings (migration 0003): given by the import, 0 otherwise. */
type Position = ColumnType<number, number | undefined, number>;
/** A flag with a default, so an insert may leave it out. */
type Flag = ColumnType<boolean, boolean | undefined, boolean>;
type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * What the descriptor says of a table's columns: the id, the bilingual columns (`{ en, fr }`, or null unless
 * the column is in `Required`) and the position among siblings.
 */
type Described<T extends CatalogTableName, Required extends ColumnWithRole<T, 'text'> = never> = {
  [K in ColumnWithRole<T, 'id'>]: string;
} & {
  [K in ColumnWithRole<T, 'text'>]: K extends Required ? Text : OptionalText;
} & {
  [K in ColumnWithRole<T, 'position'>]: Position;
};

/** Migration 0009: who last confirmed a partner's record true, and who last published it from a draft. */
interface Verified {
  last_verified_at: Timestamp | null;
  last_verified_by: string | null;
  last_verified_by_name: string | null;
  last_published_at: Timestamp | null;
  last_published_by_name: string | null;
}

export interface JurisdictionTable extends Described<'jurisdiction', 'name'> {
  level: (typeof JURISDICTION_LEVELS)[number];
  code: string;
  parent_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaxonomyTable extends Described<'taxonomy', 'name' | 'description'> {
  uri: string | null;
  version: string | null;
  /** Migration 0004. */
  translation_pending: Flag;
}

export interface TaxonomyTermTable extends Described<'taxonomy_term', 'name' | 'description'> {
  code: string | null;
  parent_id: string | null;
  taxonomy: string | null;
  language: string | null;
  taxonomy_id: string | null;
  term_uri: string | null;
  /** Migration 0004. */
  translation_pending: Flag;
}

export interface OrganizationTable extends Described<'organization', 'name' | 'description'> {
  jurisdiction_id: string | null;
  email: string | null;
  tax_status: string | null;
  tax_id: string | null;
  year_incorporated: number | null;
  legal_status: string | null;
  logo: string | null;
  uri: string | null;
  parent_organization_id: string | null;
  brand_colour: string | null;
  brand_accent_colour: string | null;
  is_partner: Flag;
  translation_pending: Flag;
  external_id: string | null;
  source: string | null;
  assured_date: DateText | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProgramTable extends Described<'program', 'name' | 'description'> {
  organization_id: string;
  external_id: string | null;
}

export interface OrganizationIdentifierTable extends Described<'organization_identifier'> {
  organization_id: string;
  identifier_scheme: string | null;
  identifier_type: string;
  identifier: string;
}

export interface LocationTable extends Described<'location'>, Verified {
  organization_id: string | null;
  location_type: (typeof LOCATION_TYPES)[number];
  url: string | null;
  latitude: number | null;
  longitude: number | null;
  external_identifier: string | null;
  external_identifier_type: string | null;
  time_zone: ColumnType<string, string | undefined, string>;
  assured_date: DateText | null;
  translation_pending: Flag;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServiceTable extends Described<'service', 'name'>, Verified {
  organization_id: string;
  program_id: string | null;
  email: string | null;
  status: (typeof SERVICE_STATUSES)[number];
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: DateText | null;
  assurer_email: string | null;
  last_modified: Timestamp;
  translation_pending: Flag;
  external_id: string | null;
  source: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServiceAtLocationTable extends Described<'service_at_location'> {
  service_id: string;
  location_id: string;
}

export interface ContactTable extends Described<'contact'> {
  organization_id: string | null;
  service_id: string | null;
  service_at_location_id: string | null;
  location_id: string | null;
  name: string | null;
  email: string | null;
}

export interface PhoneTable extends Described<'phone'> {
  location_id: string | null;
  service_id: string | null;
  organization_id: string | null;
  contact_id: string | null;
  service_at_location_id: string | null;
  number: string;
  extension: number | null;
  type: string | null;
}

export interface LanguageTable extends Described<'language'> {
  service_id: string | null;
  location_id: string | null;
  phone_id: string | null;
  code: string | null;
}

export interface AddressTable extends Described<'address'> {
  location_id: string | null;
  attention: string | null;
  address_1: string;
  address_2: string | null;
  city: string;
  region: string | null;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: (typeof LOCATION_TYPES)[number];
}

export interface ServiceChannelTable extends Described<'service_channel'> {
  service_id: string;
  kind: ChannelKind;
  delivery: 'self_serve' | 'serviced';
  /** Bilingual jsonb, though the descriptor reads it back as stored (a `value`). */
  url: OptionalText;
  phone_number: string | null;
  phone_extension: string | null;
  tty_number: string | null;
  email: string | null;
  mail_address_id: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  unit_cost: number | null;
  currency: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ScheduleTable extends Described<'schedule'> {
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  channel_id: string | null;
  valid_from: DateText | null;
  valid_to: DateText | null;
  dtstart: DateText | null;
  timezone: number | null;
  until: DateText | null;
  count: number | null;
  wkst: string | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  byweekno: string | null;
  bymonthday: string | null;
  byyearday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  schedule_link: string | null;
  closed: Flag;
}

export interface AccessibilityTable extends Described<'accessibility'> {
  location_id: string | null;
  url: string | null;
}

export interface FundingTable extends Described<'funding'> {
  organization_id: string | null;
  service_id: string | null;
}

export interface ServiceAreaTable extends Described<'service_area'> {
  service_id: string | null;
  extent: string | null;
  extent_type: string | null;
  uri: string | null;
}

export interface RequiredDocumentTable extends Described<'required_document'> {
  service_id: string | null;
  uri: string | null;
}

export interface CostOptionTable extends Described<'cost_option'> {
  service_id: string;
  valid_from: DateText | null;
  valid_to: DateText | null;
  currency: string | null;
  amount: number | null;
}

export interface ServiceStandardTable extends Described<'service_standard', 'name'> {
  service_id: string;
  channel_kind: ChannelKind | null;
  standard_type: string | null;
  threshold_value: number | null;
  threshold_unit: string | null;
  target: number | null;
  /** Bilingual jsonb, though the descriptor reads it back as stored (a `value`). */
  url: OptionalText;
  external_id: string | null;
  source: string | null;
}

export interface AttributeTable extends Described<'attribute'> {
  link_id: string;
  link_type: string | null;
  link_entity: string;
  taxonomy_term_id: string | null;
  value: string | null;
  label: string | null;
}

export interface MetadataTable extends Described<'metadata'> {
  resource_id: string;
  resource_type: string;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

declare module '../../platform/db/schema.js' {
  /** Every described table, by the descriptor's table name. */
  interface Database {
    jurisdiction: JurisdictionTable;
    taxonomy: TaxonomyTable;
    taxonomy_term: TaxonomyTermTable;
    organization: OrganizationTable;
    program: ProgramTable;
    organization_identifier: OrganizationIdentifierTable;
    location: LocationTable;
    service: ServiceTable;
    service_at_location: ServiceAtLocationTable;
    contact: ContactTable;
    phone: PhoneTable;
    language: LanguageTable;
    address: AddressTable;
    service_channel: ServiceChannelTable;
    schedule: ScheduleTable;
    accessibility: AccessibilityTable;
    funding: FundingTable;
    service_area: ServiceAreaTable;
    required_document: RequiredDocumentTable;
    cost_option: CostOptionTable;
    service_standard: ServiceStandardTable;
    attribute: AttributeTable;
    metadata: MetadataTable;
  }
}
