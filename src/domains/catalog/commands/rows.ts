/**
 * Turns one validated catalog record into the table rows that store it, with the references it makes
 * to other records (checked by the import before anything is written).
 */
import type { z } from 'zod';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { RowValues, WrittenTable } from '../repository.js';
import type {
  AddressInput,
  AttributeInput,
  ContactInput,
  LanguageInput,
  MetadataInput,
  PhoneInput,
  ScheduleInput,
} from '../schemas.js';
import type { Jurisdiction, Taxonomy, TaxonomyTerm } from '../types.js';
import type { Location, Organization, Service } from '../schemas.js';

export type RefKind = 'jurisdiction' | 'taxonomy' | 'taxonomy_term' | 'organization' | 'location' | 'program';

export interface Ref {
  kind: RefKind;
  id: string;
  field: string;
  /** For a program: the organization the referring service belongs to. */
  organizationId?: string;
}

/** The rows of one record, before it is accepted into a chunk. */
export class RecordRows {
  readonly rows: [WrittenTable, RowValues][] = [];
  readonly refs: Ref[] = [];
  constructor(readonly source: string) {}

  add(table: WrittenTable, row: RowValues): void {
    this.rows.push([table, row]);
  }

  ref(kind: RefKind, id: string | null | undefined, field: string, organizationId?: string): void {
    if (id) this.refs.push(organizationId ? { kind, id, field, organizationId } : { kind, id, field });
  }
}

type Attribute = z.output<typeof AttributeInput>;
type Metadata = z.output<typeof MetadataInput>;
type Phone = z.output<typeof PhoneInput>;
type Contact = z.output<typeof ContactInput>;
type Schedule = z.output<typeof ScheduleInput>;
type Address = z.output<typeof AddressInput>;
type Language = z.output<typeof LanguageInput>;

const j = (text: LocalizedText | null | undefined): string | null => (text ? JSON.stringify(text) : null);
const n = <T>(value: T | null | undefined): T | null => value ?? null;

const displayNames = {
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
  fr: new Intl.DisplayNames(['fr'], { type: 'language' }),
};

/** `{ en: 'French', fr: 'français' }` for `fr`; undefined for a code Intl does not know. */
const names = new Map<string, LocalizedText | undefined>();

export function languageName(code: string): LocalizedText | undefined {
  if (names.has(code)) return names.get(code);
  const name = nameOf(code);
  if (names.size < 1000) names.set(code, name);
  return name;
}

function nameOf(code: string): LocalizedText | undefined {
  try {
    const en = displayNames.en.of(code);
    const fr = displayNames.fr.of(code);
    if (!en || !fr || en === code) return undefined;
    return { en, fr };
  } catch {
    return undefined;
  }
}

interface Linked {
  attributes: Attribute[];
  metadata: Metadata[];
}

function linked(out: RecordRows, entity: string, id: string, record: Linked, path: string): void {
  record.attributes.forEach((a, position) => {
    out.ref('taxonomy_term', a.taxonomy_term_id, `${path}attributes.${position}.taxonomy_term_id`);
    out.add('attribute', {
      id: a.id,
      link_id: id,
      link_type: n(a.link_type),
      link_entity: entity,
      taxonomy_term_id: n(a.taxonomy_term_id),
      value: n(a.value),
      label: n(a.label),
      position,
    });
  });
  record.metadata.forEach((m, position) => {
    out.add('metadata', {
      id: m.id,
      resource_id: id,
      resource_type: entity,
      last_action_date: m.last_action_date,
      last_action_type: m.last_action_type,
      field_name: m.field_name,
      previous_value: m.previous_value,
      replacement_value: m.replacement_value,
      updated_by: m.updated_by,
      position,
    });
  });
}

type PhoneOwner = 'location_id' | 'service_id' | 'organization_id' | 'contact_id' | 'service_at_location_id';
type ScheduleOwner = 'service_id' | 'location_id' | 'service_at_location_id' | 'channel_id';
type LanguageOwner = 'service_id' | 'location_id' | 'phone_id';
type ContactOwner = 'organization_id' | 'service_id' | 'service_at_location_id' | 'location_id';

function languages(
  out: RecordRows,
  owner: LanguageOwner,
  ownerId: string,
  list: Language[],
  path: string,
): void {
  list.forEach((l, position) => {
    const name = l.name ?? (l.code ? languageName(l.code) : undefined);
    out.add('language', {
      id: l.id,
      [owner]: ownerId,
      name: j(name),
      code: n(l.code),
      note: j(l.note),
      position,
    });
    linked(out, 'language', l.id, l, `${path}${position}.`);
  });
}

function phones(out: RecordRows, owner: PhoneOwner, ownerId: string, list: Phone[], path: string): void {
  list.forEach((p, position) => {
    out.add('phone', {
      id: p.id,
      [owner]: ownerId,
      number: p.number,
      extension: n(p.extension),
      type: n(p.type),
      description: j(p.description),
      position,
    });
    languages(out, 'phone_id', p.id, p.languages, `${path}${position}.languages.`);
    linked(out, 'phone', p.id, p, `${path}${position}.`);
  });
}

function contacts(
  out: RecordRows,
  owner: ContactOwner,
  ownerId: string,
  list: Contact[],
  path: string,
): void {
  list.forEach((c, position) => {
    out.add('contact', {
      id: c.id,
      [owner]: ownerId,
      name: n(c.name),
      title: j(c.title),
      department: j(c.department),
      email: n(c.email),
      position,
    });
    phones(out, 'contact_id', c.id, c.phones, `${path}${position}.phones.`);
    linked(out, 'contact', c.id, c, `${path}${position}.`);
  });
}

function schedules(
  out: RecordRows,
  owner: ScheduleOwner,
  ownerId: string,
  list: Schedule[],
  path: string,
): void {
  list.forEach((s, position) => {
    out.add('schedule', {
      id: s.id,
      [owner]: ownerId,
      valid_from: n(s.valid_from),
      valid_to: n(s.valid_to),
      dtstart: n(s.dtstart),
      timezone: n(s.timezone),
      until: n(s.until),
      count: n(s.count),
      wkst: n(s.wkst),
      freq: n(s.freq),
      interval: n(s.interval),
      byday: n(s.byday),
      byweekno: n(s.byweekno),
      bymonthday: n(s.bymonthday),
      byyearday: n(s.byyearday),
      description: j(s.description),
      opens_at: n(s.opens_at),
      closes_at: n(s.closes_at),
      schedule_link: n(s.schedule_link),
      attending_type: j(s.attending_type),
      notes: j(s.notes),
      closed: s.closed,
      position,
    });
    linked(out, 'schedule', s.id, s, `${path}${position}.`);
  });
}

function address(
  out: RecordRows,
  locationId: string | null,
  a: Address,
  position: number,
  path: string,
): void {
  out.add('address', {
    id: a.id,
    location_id: locationId,
    attention: n(a.attention),
    address_1: a.address_1,
    address_2: n(a.address_2),
    city: a.city,
    region: n(a.region),
    state_province: a.state_province,
    postal_code: a.postal_code,
    country: a.country,
    address_type: a.address_type,
    position,
  });
  linked(out, 'address', a.id, a, path);
}

export function jurisdictionRows(out: RecordRows, r: Jurisdiction): void {
  out.ref('jurisdiction', r.parent_id, 'parent_id');
  out.add('jurisdiction', {
    id: r.id,
    level: r.level,
    code: r.code,
    name: j(r.name),
    parent_id: n(r.parent_id),
  });
}

export function taxonomyRows(out: RecordRows, r: Taxonomy): void {
  out.add('taxonomy', {
    id: r.id,
    name: j(r.name),
    description: j(r.description),
    uri: n(r.uri),
    version: n(r.version),
    translation_pending: r.translation_pending ?? false,
  });
}

/** `parent_id` and `taxonomy_id` may name records held elsewhere (HSDS datasets do): kept, not checked. */
export function taxonomyTermRows(out: RecordRows, r: TaxonomyTerm): void {
  out.add('taxonomy_term', {
    id: r.id,
    code: n(r.code),
    name: j(r.name),
    description: j(r.description),
    parent_id: n(r.parent_id),
    taxonomy: n(r.taxonomy),
    language: n(r.language),
    taxonomy_id: n(r.taxonomy_id),
    term_uri: n(r.term_uri),
    translation_pending: r.translation_pending ?? false,
  });
}

/** `parent_organization_id` may name an organization held elsewhere: it is kept, not checked. */
export function organizationRows(out: RecordRows, r: Organization): void {
  out.ref('jurisdiction', r.jurisdiction_id, 'jurisdiction_id');
  out.add('organization', {
    id: r.id,
    jurisdiction_id: n(r.jurisdiction_id),
    name: j(r.name),
    alternate_name: j(r.alternate_name),
    description: j(r.description),
    email: n(r.email),
    website: j(r.website),
    tax_status: n(r.tax_status),
    tax_id: n(r.tax_id),
    year_incorporated: n(r.year_incorporated),
    legal_status: n(r.legal_status),
    logo: n(r.logo),
    uri: n(r.uri),
    parent_organization_id: n(r.parent_organization_id),
    brand_colour: n(r.brand_colour),
    brand_accent_colour: n(r.brand_accent_colour),
    is_partner: r.is_partner,
    translation_pending: r.translation_pending,
    external_id: n(r.external_id),
    source: out.source,
    assured_date: n(r.assured_date),
  });
  r.identifiers.forEach((i, position) => {
    out.add('organization_identifier', {
      id: i.id,
      organization_id: r.id,
      identifier_scheme: n(i.identifier_scheme),
      identifier_type: i.identifier_type,
      identifier: i.identifier,
      position,
    });
    linked(out, 'organization_identifier', i.id, i, `identifiers.${position}.`);
  });
  r.programs.forEach((p, position) => {
    out.add('program', {
      id: p.id,
      organization_id: r.id,
      name: j(p.name),
      alternate_name: j(p.alternate_name),
      description: j(p.description),
      position,
    });
    linked(out, 'program', p.id, p, `programs.${position}.`);
  });
  contacts(out, 'organization_id', r.id, r.contacts, 'contacts.');
  phones(out, 'organization_id', r.id, r.phones, 'phones.');
  r.funding.forEach((f, position) => {
    out.add('funding', { id: f.id, organization_id: r.id, source: j(f.source), position });
    linked(out, 'funding', f.id, f, `funding.${position}.`);
  });
  linked(out, 'organization', r.id, r, '');
}

/** `organization_id` may name an organization held elsewhere (HSDS datasets do): kept, not checked. */
export function locationRows(out: RecordRows, r: Location): void {
  out.add('location', {
    id: r.id,
    organization_id: n(r.organization_id),
    location_type: r.location_type,
    url: n(r.url),
    name: j(r.name),
    alternate_name: j(r.alternate_name),
    description: j(r.description),
    transportation: j(r.transportation),
    latitude: n(r.latitude),
    longitude: n(r.longitude),
    external_identifier: n(r.external_identifier),
    external_identifier_type: n(r.external_identifier_type),
    time_zone: r.time_zone,
    assured_date: n(r.assured_date),
    translation_pending: r.translation_pending,
  });
  r.addresses.forEach((a, position) => address(out, r.id, a, position, `addresses.${position}.`));
  phones(out, 'location_id', r.id, r.phones, 'phones.');
  schedules(out, 'location_id', r.id, r.schedules, 'schedules.');
  languages(out, 'location_id', r.id, r.languages, 'languages.');
  r.accessibility.forEach((a, position) => {
    out.add('accessibility', {
      id: a.id,
      location_id: r.id,
      description: j(a.description),
      details: j(a.details),
      url: n(a.url),
      position,
    });
    linked(out, 'accessibility', a.id, a, `accessibility.${position}.`);
  });
  contacts(out, 'location_id', r.id, r.contacts, 'contacts.');
  linked(out, 'location', r.id, r, '');
}

export function serviceRows(out: RecordRows, r: Service, lastModified: string): void {
  out.ref('organization', r.organization_id, 'organization_id');
  out.ref('program', r.program_id, 'program_id', r.organization_id);
  out.add('service', {
    id: r.id,
    organization_id: r.organization_id,
    program_id: n(r.program_id),
    name: j(r.name),
    alternate_name: j(r.alternate_name),
    description: j(r.description),
    url: j(r.url),
    email: n(r.email),
    status: r.status,
    interpretation_services: j(r.interpretation_services),
    application_process: j(r.application_process),
    fees_description: j(r.fees_description),
    wait_time: j(r.wait_time),
    fees: j(r.fees),
    accreditations: j(r.accreditations),
    licenses: j(r.licenses),
    eligibility_description: j(r.eligibility_description),
    minimum_age: n(r.minimum_age),
    maximum_age: n(r.maximum_age),
    assured_date: n(r.assured_date),
    assurer_email: n(r.assurer_email),
    alert: j(r.alert),
    last_modified: r.last_modified ?? lastModified,
    translation_pending: r.translation_pending,
    external_id: n(r.external_id),
    source: out.source,
  });
  phones(out, 'service_id', r.id, r.phones, 'phones.');
  schedules(out, 'service_id', r.id, r.schedules, 'schedules.');
  r.service_areas.forEach((a, position) => {
    out.add('service_area', {
      id: a.id,
      service_id: r.id,
      name: j(a.name),
      description: j(a.description),
      extent: n(a.extent),
      extent_type: n(a.extent_type),
      uri: n(a.uri),
      position,
    });
    linked(out, 'service_area', a.id, a, `service_areas.${position}.`);
  });
  languages(out, 'service_id', r.id, r.languages, 'languages.');
  r.funding.forEach((f, position) => {
    out.add('funding', { id: f.id, service_id: r.id, source: j(f.source), position });
    linked(out, 'funding', f.id, f, `funding.${position}.`);
  });
  r.cost_options.forEach((c, position) => {
    out.add('cost_option', {
      id: c.id,
      service_id: r.id,
      valid_from: n(c.valid_from),
      valid_to: n(c.valid_to),
      option: j(c.option),
      currency: n(c.currency),
      amount: n(c.amount),
      amount_description: j(c.amount_description),
      position,
    });
    linked(out, 'cost_option', c.id, c, `cost_options.${position}.`);
  });
  r.required_documents.forEach((d, position) => {
    out.add('required_document', {
      id: d.id,
      service_id: r.id,
      document: j(d.document),
      uri: n(d.uri),
      position,
    });
    linked(out, 'required_document', d.id, d, `required_documents.${position}.`);
  });
  contacts(out, 'service_id', r.id, r.contacts, 'contacts.');
  r.service_at_locations.forEach((sal, position) => {
    const path = `service_at_locations.${position}.`;
    out.ref('location', sal.location_id, `${path}location_id`);
    out.add('service_at_location', {
      id: sal.id,
      service_id: r.id,
      location_id: sal.location_id,
      description: j(sal.description),
      position,
    });
    phones(out, 'service_at_location_id', sal.id, sal.phones, `${path}phones.`);
    contacts(out, 'service_at_location_id', sal.id, sal.contacts, `${path}contacts.`);
    schedules(out, 'service_at_location_id', sal.id, sal.schedules, `${path}schedules.`);
    linked(out, 'service_at_location', sal.id, sal, path);
  });
  r.channels.forEach((c, position) => {
    if (c.mail_address) address(out, null, c.mail_address, 0, `channels.${position}.mail_address.`);
    out.add('service_channel', {
      id: c.id,
      service_id: r.id,
      kind: c.kind,
      delivery: c.delivery,
      position,
      description: j(c.description),
      url: j(c.url),
      phone_number: n(c.phone_number),
      phone_extension: n(c.phone_extension),
      tty_number: n(c.tty_number),
      email: n(c.email),
      mail_address_id: c.mail_address?.id ?? null,
      languages: c.languages,
      unit_cost: n(c.unit_cost),
      currency: c.currency,
    });
    schedules(out, 'channel_id', c.id, c.hours, `channels.${position}.hours.`);
  });
  r.standards.forEach((s, position) => {
    out.add('service_standard', {
      id: s.id,
      service_id: r.id,
      channel_kind: n(s.channel_kind),
      name: j(s.name),
      description: j(s.description),
      standard_type: n(s.standard_type),
      threshold_value: n(s.threshold_value),
      threshold_unit: n(s.threshold_unit),
      target: n(s.target),
      url: j(s.url),
      external_id: n(s.external_id),
      source: out.source,
      position,
    });
  });
  linked(out, 'service', r.id, r, '');
}
