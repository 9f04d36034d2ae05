/**
 * The catalog's input shapes, validated at every way in (API, HSDS import, demo seed).
 * They follow Open Referral HSDS 3.0 field names, with client-facing text as `{ en, fr }` and
 * Stitch's additions (jurisdictions, brands, channels, service standards).
 *
 * Text fields take `Text` (required) or `OptText` (may be absent; when present, both languages).
 * A record with `translation_pending: true` may carry one language only; it is kept out of
 * client-facing channels until translated (see README.md).
 */
import { z } from 'zod';
import { textColumns, type CatalogTableName, type TextColumnOf } from './tables.js';

const blank = (value: string | undefined) => !value || !value.trim();

/** One language may be missing (a record awaiting translation), never both. */
export const PendingTextSchema = z
  .object({ en: z.string().optional().default(''), fr: z.string().optional().default('') })
  .refine((text) => !(blank(text.en) && blank(text.fr)), {
    message: 'Text is required in English or French',
  });

/** Not blank, and kept exactly as given (surrounding spaces too): an HSDS import exports what it read. */
const kept = (message: string) =>
  z.string({ error: message }).refine((value) => value.trim().length > 0, message);

/** Both languages present and not blank, with the messages of `LocalizedTextSchema`, without trimming. */
export const Text = z.object(
  { en: kept('English text is required'), fr: kept('French text is required (texte français requis)') },
  { error: 'Text is required in English and French, as { "en": "…", "fr": "…" }' },
);
export const OptText = Text.nullish();

/**
 * The bilingual fields of a table, as its descriptor lists them (`tables.ts`): each optional (both
 * languages when given); a schema then makes the ones it requires `Text`.
 */
function textFields<T extends CatalogTableName>(table: T): Record<TextColumnOf<T>, typeof OptText> {
  const fields: Partial<Record<TextColumnOf<T>, typeof OptText>> = {};
  for (const name of textColumns(table)) fields[name] = OptText;
  return fields as Record<TextColumnOf<T>, typeof OptText>;
}

export const Id = z.uuid({ error: 'Must be a UUID' });
const OptId = Id.nullish();
const Url = z.url({ error: 'Must be a web address (URL)' });
const Email = z.email({ error: 'Must be an email address' });
const IsoDate = z.iso.date({ error: 'Must be a date in the form YYYY-MM-DD' });
const Time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'Must be a time in the form HH:MM or HH:MM:SS');

export const JURISDICTION_LEVELS = [
  'federal',
  'provincial',
  'territorial',
  'municipal',
  'indigenous',
  'ngo',
] as const;
export const CHANNEL_KINDS = ['web', 'phone', 'walk_in', 'kiosk', 'mail', 'email'] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

export const JurisdictionInput = z.object({
  id: Id,
  level: z.enum(JURISDICTION_LEVELS),
  /** Short stable code: `ca`, `ca-on`, `ca-on-ottawa`. */
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and hyphens'),
  name: Text,
  parent_id: OptId,
});

export const AttributeInput = z.object({
  id: Id,
  taxonomy_term_id: OptId,
  link_type: z.string().nullish(),
  value: z.string().nullish(),
  label: z.string().nullish(),
});

export const MetadataInput = z.object({
  id: Id,
  last_action_date: z.string(),
  last_action_type: z.string(),
  field_name: z.string(),
  previous_value: z.string(),
  replacement_value: z.string(),
  updated_by: z.string(),
});

export const LanguageInput = z.object({
  id: Id,
  /** The language's name; when absent it is derived from `code` in both languages. */
  name: OptText,
  code: z.string().nullish(),
  note: OptText,
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const PhoneInput = z.object({
  id: Id,
  number: z.string().trim().min(1, 'A phone number is required'),
  extension: z.number().nullish(),
  type: z.string().nullish(),
  description: OptText,
  languages: z.array(LanguageInput).default([]),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const ContactInput = z.object({
  id: Id,
  name: z.string().nullish(),
  title: OptText,
  department: OptText,
  email: Email.nullish(),
  phones: z.array(PhoneInput).default([]),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

/**
 * HSDS schedule (iCalendar RRULE fields). Weekly opening hours are one row per opening span, so
 * split hours are two rows for the same day. A holiday closure is `closed: true` with
 * `valid_from`/`valid_to` set to the day(s) closed.
 */
export const ScheduleInput = z.object({
  id: Id,
  valid_from: IsoDate.nullish(),
  valid_to: IsoDate.nullish(),
  dtstart: IsoDate.nullish(),
  timezone: z.number().nullish(),
  until: IsoDate.nullish(),
  count: z.number().int().nullish(),
  wkst: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).nullish(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).nullish(),
  interval: z.number().int().nullish(),
  byday: z.string().nullish(),
  byweekno: z.string().nullish(),
  bymonthday: z.string().nullish(),
  byyearday: z.string().nullish(),
  description: OptText,
  opens_at: Time.nullish(),
  closes_at: Time.nullish(),
  schedule_link: Url.nullish(),
  attending_type: OptText,
  notes: OptText,
  closed: z.boolean().default(false),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const AddressInput = z.object({
  id: Id,
  attention: z.string().nullish(),
  address_1: z.string().trim().min(1),
  address_2: z.string().nullish(),
  city: z.string().trim().min(1),
  region: z.string().nullish(),
  state_province: z.string().trim().min(1),
  postal_code: z.string().trim().min(1),
  country: z.string().length(2, 'Two-letter country code (ISO 3166-1)'),
  address_type: z.enum(LOCATION_TYPES),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const AccessibilityInput = z.object({
  id: Id,
  description: OptText,
  details: OptText,
  url: Url.nullish(),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const LocationInput = z.object({
  id: Id,
  organization_id: OptId,
  location_type: z.enum(LOCATION_TYPES),
  url: Url.nullish(),
  ...textFields('location'),
  /**
   * Kept exactly as the source gives it (any finite number), so it round-trips; a position out of
   * range is no position: use `usablePosition()` wherever distance or maps are computed (ADR 0006).
   */
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  external_identifier: z.string().nullish(),
  external_identifier_type: z.string().nullish(),
  /** IANA time zone, used for "open now". */
  time_zone: z.string().default('America/Toronto'),
  assured_date: IsoDate.nullish(),
  translation_pending: z.boolean().default(false),
  addresses: z.array(AddressInput).default([]),
  phones: z.array(PhoneInput).default([]),
  schedules: z.array(ScheduleInput).default([]),
  languages: z.array(LanguageInput).default([]),
  accessibility: z.array(AccessibilityInput).default([]),
  contacts: z.array(ContactInput).default([]),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const ServiceChannelInput = z.object({
  id: Id,
  kind: z.enum(CHANNEL_KINDS),
  delivery: z.enum(['self_serve', 'serviced']),
  description: OptText,
  url: OptText,
  phone_number: z.string().nullish(),
  phone_extension: z.string().nullish(),
  tty_number: z.string().nullish(),
  email: Email.nullish(),
  mail_address: AddressInput.nullish(),
  /** Languages served on this channel, ISO 639-1 codes. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
  /** What one transaction costs on this channel, for the results framework. */
  unit_cost: z.number().nonnegative().nullish(),
  currency: z.string().length(3).default('CAD'),
  hours: z.array(ScheduleInput).default([]),
});

export const ServiceStandardInput = z.object({
  id: Id,
  channel_kind: z.enum(CHANNEL_KINDS).nullish(),
  name: Text,
  description: OptText,
  standard_type: z.string().nullish(),
  /** "10" with unit "business_days": the promise. `target` 0.8: the share of cases that must meet it. */
  threshold_value: z.number().nullish(),
  threshold_unit: z.string().nullish(),
  target: z.number().min(0).max(1).nullish(),
  url: OptText,
  external_id: z.string().nullish(),
});

export const ServiceAreaInput = z.object({
  id: Id,
  name: OptText,
  description: OptText,
  extent: z.string().nullish(),
  extent_type: z.string().nullish(),
  uri: Url.nullish(),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const CostOptionInput = z.object({
  id: Id,
  valid_from: IsoDate.nullish(),
  valid_to: IsoDate.nullish(),
  option: OptText,
  currency: z.string().nullish(),
  amount: z.number().nullish(),
  amount_description: OptText,
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const RequiredDocumentInput = z.object({
  id: Id,
  document: OptText,
  uri: Url.nullish(),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const FundingInput = z.object({
  id: Id,
  source: OptText,
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const ServiceAtLocationInput = z.object({
  id: Id,
  location_id: Id,
  description: OptText,
  phones: z.array(PhoneInput).default([]),
  contacts: z.array(ContactInput).default([]),
  schedules: z.array(ScheduleInput).default([]),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const ServiceInput = z.object({
  id: Id,
  organization_id: Id,
  program_id: OptId,
  ...textFields('service'),
  name: Text,
  email: Email.nullish(),
  status: z.enum(SERVICE_STATUSES),
  minimum_age: z.number().nonnegative().nullish(),
  maximum_age: z.number().nonnegative().nullish(),
  /** When a person last checked this record was true (HSDS assured_date). */
  assured_date: IsoDate.nullish(),
  assurer_email: Email.nullish(),
  last_modified: z.iso.datetime({ offset: true }).nullish(),
  translation_pending: z.boolean().default(false),
  external_id: z.string().nullish(),
  phones: z.array(PhoneInput).default([]),
  schedules: z.array(ScheduleInput).default([]),
  service_areas: z.array(ServiceAreaInput).default([]),
  languages: z.array(LanguageInput).default([]),
  funding: z.array(FundingInput).default([]),
  cost_options: z.array(CostOptionInput).default([]),
  required_documents: z.array(RequiredDocumentInput).default([]),
  contacts: z.array(ContactInput).default([]),
  service_at_locations: z.array(ServiceAtLocationInput).default([]),
  channels: z.array(ServiceChannelInput).default([]),
  standards: z.array(ServiceStandardInput).default([]),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const ProgramInput = z.object({
  id: Id,
  name: Text,
  alternate_name: OptText,
  description: Text,
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const OrganizationIdentifierInput = z.object({
  id: Id,
  identifier_scheme: z.string().nullish(),
  identifier_type: z.string(),
  identifier: z.string(),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const OrganizationInput = z.object({
  id: Id,
  jurisdiction_id: OptId,
  name: Text,
  alternate_name: OptText,
  description: Text,
  email: Email.nullish(),
  website: OptText,
  tax_status: z.string().nullish(),
  tax_id: z.string().nullish(),
  year_incorporated: z.number().int().nullish(),
  legal_status: z.string().nullish(),
  logo: z.string().nullish(),
  uri: z.string().nullish(),
  parent_organization_id: OptId,
  /** Brand colours as #rrggbb, used when partners co-brand a cluster. */
  brand_colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'A colour as #rrggbb')
    .nullish(),
  brand_accent_colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'A colour as #rrggbb')
    .nullish(),
  is_partner: z.boolean().default(false),
  assured_date: IsoDate.nullish(),
  translation_pending: z.boolean().default(false),
  external_id: z.string().nullish(),
  identifiers: z.array(OrganizationIdentifierInput).default([]),
  programs: z.array(ProgramInput).default([]),
  contacts: z.array(ContactInput).default([]),
  phones: z.array(PhoneInput).default([]),
  funding: z.array(FundingInput).default([]),
  attributes: z.array(AttributeInput).default([]),
  metadata: z.array(MetadataInput).default([]),
});

export const TaxonomyInput = z.object({
  id: Id,
  name: Text,
  description: Text,
  uri: Url.nullish(),
  version: z.string().nullish(),
  /** As on the other records (README); optional here, so flat taxonomy rows built elsewhere still fit. */
  translation_pending: z.boolean().optional(),
});

export const TaxonomyTermInput = z.object({
  id: Id,
  code: z.string().nullish(),
  name: Text,
  description: Text,
  parent_id: OptId,
  taxonomy: z.string().nullish(),
  language: z.string().nullish(),
  taxonomy_id: OptId,
  term_uri: z.string().nullish(),
  translation_pending: z.boolean().optional(),
});

/** Everything one import or seed brings, saved in one transaction. */
export const CatalogBundle = z.object({
  jurisdictions: z.array(JurisdictionInput).default([]),
  taxonomies: z.array(TaxonomyInput).default([]),
  taxonomy_terms: z.array(TaxonomyTermInput).default([]),
  organizations: z.array(OrganizationInput).default([]),
  locations: z.array(LocationInput).default([]),
  services: z.array(ServiceInput).default([]),
});

/**
 * A location's coordinates when they can place it on a map: both given, finite, latitude within ±90 and
 * longitude within ±180. Anything else (HSDS examples use 100/101) is stored as given but is no position.
 */
export function usablePosition(location: {
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
}): { latitude: number; longitude: number } | undefined {
  const { latitude, longitude } = location;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

export type JurisdictionInput = z.input<typeof JurisdictionInput>;
export type OrganizationInput = z.input<typeof OrganizationInput>;
export type LocationInput = z.input<typeof LocationInput>;
export type ServiceInput = z.input<typeof ServiceInput>;
export type ServiceChannelInput = z.input<typeof ServiceChannelInput>;
export type ServiceStandardInput = z.input<typeof ServiceStandardInput>;
export type ScheduleInput = z.input<typeof ScheduleInput>;
export type TaxonomyInput = z.input<typeof TaxonomyInput>;
export type TaxonomyTermInput = z.input<typeof TaxonomyTermInput>;
export type CatalogBundleInput = z.input<typeof CatalogBundle>;
export type CatalogBundle = z.output<typeof CatalogBundle>;
export type Service = z.output<typeof ServiceInput>;
export type Organization = z.output<typeof OrganizationInput>;
export type Location = z.output<typeof LocationInput>;
