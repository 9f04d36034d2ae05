/**
 * Loads whole records (services, locations, organizations) with every child, for many ids at once:
 * one query per child table for the whole set, never one per record.
 */
import type { Db, Tx } from '../../../platform/db/index.js';
import { childRows, type RowValues } from '../repository.js';
import type { Location, Organization, Service } from '../schemas.js';

type Conn = Db | Tx;
type Out = Record<string, unknown>;

/** Drops null columns: an absent optional field reads back as absent, as it was given. */
function compact(row: RowValues, columns: readonly string[]): Out {
  const out: Out = {};
  for (const column of columns) {
    const value = row[column];
    if (value !== null && value !== undefined) out[column] = value;
  }
  return out;
}

function group(rows: RowValues[], column: string): Map<string, RowValues[]> {
  const map = new Map<string, RowValues[]>();
  for (const row of rows) {
    const key = row[column];
    if (typeof key !== 'string') continue;
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(row);
  }
  return map;
}

const ids = (rows: RowValues[]) => rows.map((r) => String(r.id));

/** Attributes and metadata of every id, loaded in two queries. */
class Linked {
  private constructor(
    private readonly attributes: Map<string, RowValues[]>,
    private readonly metadata: Map<string, RowValues[]>,
  ) {}

  static async load(db: Conn, owners: string[]): Promise<Linked> {
    const [attributes, metadata] = await Promise.all([
      childRows(db, 'attribute', 'link_id', owners),
      childRows(db, 'metadata', 'resource_id', owners),
    ]);
    return new Linked(group(attributes, 'link_id'), group(metadata, 'resource_id'));
  }

  of(id: string): { attributes: Out[]; metadata: Out[] } {
    return {
      attributes: (this.attributes.get(id) ?? []).map((a) =>
        compact(a, ['id', 'taxonomy_term_id', 'link_type', 'value', 'label']),
      ),
      metadata: (this.metadata.get(id) ?? []).map((m) =>
        compact(m, [
          'id',
          'last_action_date',
          'last_action_type',
          'field_name',
          'previous_value',
          'replacement_value',
          'updated_by',
        ]),
      ),
    };
  }
}

/** Phones (with their languages) and contacts (with their phones) for several kinds of owner. */
class People {
  phones = new Map<string, Map<string, RowValues[]>>();
  contacts = new Map<string, Map<string, RowValues[]>>();
  languagesByPhone = new Map<string, RowValues[]>();
  contactPhones = new Map<string, RowValues[]>();
  allIds: string[] = [];

  static async load(
    db: Conn,
    phoneOwners: [column: PhoneColumn, ids: string[]][],
    contactOwners: [column: ContactColumn, ids: string[]][],
  ): Promise<People> {
    const people = new People();
    const contactLists = await Promise.all(
      contactOwners.map(([column, list]) => childRows(db, 'contact', column, list)),
    );
    contactOwners.forEach(([column], i) => people.contacts.set(column, group(contactLists[i]!, column)));
    const contactIds = contactLists.flatMap(ids);
    const phoneLists = await Promise.all([
      ...phoneOwners.map(([column, list]) => childRows(db, 'phone', column, list)),
      childRows(db, 'phone', 'contact_id', contactIds),
    ]);
    phoneOwners.forEach(([column], i) => people.phones.set(column, group(phoneLists[i]!, column)));
    people.contactPhones = group(phoneLists.at(-1)!, 'contact_id');
    const phoneIds = phoneLists.flatMap(ids);
    people.languagesByPhone = group(await childRows(db, 'language', 'phone_id', phoneIds), 'phone_id');
    const languageIds = [...people.languagesByPhone.values()].flatMap(ids);
    people.allIds = [...contactIds, ...phoneIds, ...languageIds];
    return people;
  }

  phonesOf(column: PhoneColumn, owner: string, linked: Linked): Out[] {
    return (this.phones.get(column)?.get(owner) ?? []).map((p) => this.phone(p, linked));
  }

  contactsOf(column: ContactColumn, owner: string, linked: Linked): Out[] {
    return (this.contacts.get(column)?.get(owner) ?? []).map((c) => ({
      ...compact(c, ['id', 'name', 'title', 'department', 'email']),
      phones: (this.contactPhones.get(String(c.id)) ?? []).map((p) => this.phone(p, linked)),
      ...linked.of(String(c.id)),
    }));
  }

  private phone(p: RowValues, linked: Linked): Out {
    return {
      ...compact(p, ['id', 'number', 'extension', 'type', 'description']),
      languages: languages(this.languagesByPhone.get(String(p.id)) ?? [], linked),
      ...linked.of(String(p.id)),
    };
  }
}

type PhoneColumn = 'location_id' | 'service_id' | 'organization_id' | 'service_at_location_id';
type ContactColumn = 'organization_id' | 'service_id' | 'service_at_location_id' | 'location_id';

function languages(rows: RowValues[], linked: Linked): Out[] {
  return rows.map((l) => ({ ...compact(l, ['id', 'name', 'code', 'note']), ...linked.of(String(l.id)) }));
}

const SCHEDULE_FIELDS = [
  'id',
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
  'description',
  'opens_at',
  'closes_at',
  'schedule_link',
  'attending_type',
  'notes',
  'closed',
] as const;

function schedule(row: RowValues, linked: Linked): Out {
  // Times are text since migration 0004: `10:00` and `10:00:00` read back as written.
  return { ...compact(row, SCHEDULE_FIELDS), ...linked.of(String(row.id)) };
}

const ADDRESS_FIELDS = [
  'id',
  'attention',
  'address_1',
  'address_2',
  'city',
  'region',
  'state_province',
  'postal_code',
  'country',
  'address_type',
] as const;

function address(row: RowValues, linked: Linked): Out {
  return { ...compact(row, ADDRESS_FIELDS), ...linked.of(String(row.id)) };
}

function simple(rows: RowValues[] | undefined, fields: readonly string[], linked: Linked): Out[] {
  return (rows ?? []).map((r) => ({ ...compact(r, fields), ...linked.of(String(r.id)) }));
}

function inOrder<T extends { id: string }>(wanted: string[], records: T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return wanted.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found] : [];
  });
}

const SERVICE_FIELDS = [
  'id',
  'organization_id',
  'program_id',
  'name',
  'alternate_name',
  'description',
  'url',
  'email',
  'status',
  'interpretation_services',
  'application_process',
  'fees_description',
  'wait_time',
  'fees',
  'accreditations',
  'licenses',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'assurer_email',
  'alert',
  'translation_pending',
  'external_id',
] as const;

/** Whole services, in the order of `serviceIds` (unknown ids are left out). */
export async function loadServices(db: Conn, serviceIds: string[]): Promise<Service[]> {
  if (serviceIds.length === 0) return [];
  const services = await childRows(db, 'service', 'id', serviceIds);
  const found = ids(services);
  const [schedules, areas, langs, funding, costs, documents, links, channels, standards] = await Promise.all([
    childRows(db, 'schedule', 'service_id', found),
    childRows(db, 'service_area', 'service_id', found),
    childRows(db, 'language', 'service_id', found),
    childRows(db, 'funding', 'service_id', found),
    childRows(db, 'cost_option', 'service_id', found),
    childRows(db, 'required_document', 'service_id', found),
    childRows(db, 'service_at_location', 'service_id', found),
    childRows(db, 'service_channel', 'service_id', found),
    childRows(db, 'service_standard', 'service_id', found),
  ]);
  const linkIds = ids(links);
  const channelIds = ids(channels);
  const mailIds = channels.flatMap((c) => (typeof c.mail_address_id === 'string' ? [c.mail_address_id] : []));
  const [people, linkSchedules, hours, mail] = await Promise.all([
    People.load(
      db,
      [
        ['service_id', found],
        ['service_at_location_id', linkIds],
      ],
      [
        ['service_id', found],
        ['service_at_location_id', linkIds],
      ],
    ),
    childRows(db, 'schedule', 'service_at_location_id', linkIds),
    childRows(db, 'schedule', 'channel_id', channelIds),
    childRows(db, 'address', 'id', mailIds),
  ]);
  const linked = await Linked.load(db, [
    ...found,
    ...people.allIds,
    ...[schedules, areas, langs, funding, costs, documents, links, linkSchedules, hours, mail].flatMap(ids),
  ]);

  const schedulesBy = group(schedules, 'service_id');
  const areasBy = group(areas, 'service_id');
  const languagesBy = group(langs, 'service_id');
  const fundingBy = group(funding, 'service_id');
  const costsBy = group(costs, 'service_id');
  const documentsBy = group(documents, 'service_id');
  const linksBy = group(links, 'service_id');
  const channelsBy = group(channels, 'service_id');
  const standardsBy = group(standards, 'service_id');
  const linkSchedulesBy = group(linkSchedules, 'service_at_location_id');
  const hoursBy = group(hours, 'channel_id');
  const mailById = new Map(mail.map((a) => [String(a.id), a]));

  const out = services.map((s) => {
    const id = String(s.id);
    return {
      ...compact(s, SERVICE_FIELDS),
      last_modified: new Date(s.last_modified as Date | string).toISOString(),
      phones: people.phonesOf('service_id', id, linked),
      schedules: (schedulesBy.get(id) ?? []).map((r) => schedule(r, linked)),
      service_areas: simple(
        areasBy.get(id),
        ['id', 'name', 'description', 'extent', 'extent_type', 'uri'],
        linked,
      ),
      languages: languages(languagesBy.get(id) ?? [], linked),
      funding: simple(fundingBy.get(id), ['id', 'source'], linked),
      cost_options: simple(
        costsBy.get(id),
        ['id', 'valid_from', 'valid_to', 'option', 'currency', 'amount', 'amount_description'],
        linked,
      ),
      required_documents: simple(documentsBy.get(id), ['id', 'document', 'uri'], linked),
      contacts: people.contactsOf('service_id', id, linked),
      service_at_locations: (linksBy.get(id) ?? []).map((l) => {
        const linkId = String(l.id);
        return {
          ...compact(l, ['id', 'location_id', 'description']),
          phones: people.phonesOf('service_at_location_id', linkId, linked),
          contacts: people.contactsOf('service_at_location_id', linkId, linked),
          schedules: (linkSchedulesBy.get(linkId) ?? []).map((r) => schedule(r, linked)),
          ...linked.of(linkId),
        };
      }),
      channels: (channelsBy.get(id) ?? []).map((c) => {
        const mailAddress =
          typeof c.mail_address_id === 'string' ? mailById.get(c.mail_address_id) : undefined;
        return {
          ...compact(c, [
            'id',
            'kind',
            'delivery',
            'description',
            'url',
            'phone_number',
            'phone_extension',
            'tty_number',
            'email',
          ]),
          ...(mailAddress ? { mail_address: address(mailAddress, linked) } : {}),
          languages: c.languages,
          ...compact(c, ['unit_cost', 'currency']),
          hours: (hoursBy.get(String(c.id)) ?? []).map((r) => schedule(r, linked)),
        };
      }),
      standards: (standardsBy.get(id) ?? []).map((r) =>
        compact(r, [
          'id',
          'channel_kind',
          'name',
          'description',
          'standard_type',
          'threshold_value',
          'threshold_unit',
          'target',
          'url',
          'external_id',
        ]),
      ),
      ...linked.of(id),
    } as unknown as Service;
  });
  return inOrder(serviceIds, out);
}

const LOCATION_FIELDS = [
  'id',
  'organization_id',
  'location_type',
  'url',
  'name',
  'alternate_name',
  'description',
  'transportation',
  'latitude',
  'longitude',
  'external_identifier',
  'external_identifier_type',
  'time_zone',
  'assured_date',
  'translation_pending',
] as const;

/** Whole locations, in the order of `locationIds`. */
export async function loadLocations(db: Conn, locationIds: string[]): Promise<Location[]> {
  if (locationIds.length === 0) return [];
  const locations = await childRows(db, 'location', 'id', locationIds);
  const found = ids(locations);
  const [addresses, schedules, langs, access, people] = await Promise.all([
    childRows(db, 'address', 'location_id', found),
    childRows(db, 'schedule', 'location_id', found),
    childRows(db, 'language', 'location_id', found),
    childRows(db, 'accessibility', 'location_id', found),
    People.load(db, [['location_id', found]], [['location_id', found]]),
  ]);
  const linked = await Linked.load(db, [
    ...found,
    ...people.allIds,
    ...[addresses, schedules, langs, access].flatMap(ids),
  ]);
  const addressesBy = group(addresses, 'location_id');
  const schedulesBy = group(schedules, 'location_id');
  const languagesBy = group(langs, 'location_id');
  const accessBy = group(access, 'location_id');
  const out = locations.map((l) => {
    const id = String(l.id);
    return {
      ...compact(l, LOCATION_FIELDS),
      addresses: (addressesBy.get(id) ?? []).map((a) => address(a, linked)),
      phones: people.phonesOf('location_id', id, linked),
      schedules: (schedulesBy.get(id) ?? []).map((r) => schedule(r, linked)),
      languages: languages(languagesBy.get(id) ?? [], linked),
      accessibility: simple(accessBy.get(id), ['id', 'description', 'details', 'url'], linked),
      contacts: people.contactsOf('location_id', id, linked),
      ...linked.of(id),
    } as unknown as Location;
  });
  return inOrder(locationIds, out);
}

const ORGANIZATION_FIELDS = [
  'id',
  'jurisdiction_id',
  'name',
  'alternate_name',
  'description',
  'email',
  'website',
  'tax_status',
  'tax_id',
  'year_incorporated',
  'legal_status',
  'logo',
  'uri',
  'parent_organization_id',
  'brand_colour',
  'brand_accent_colour',
  'is_partner',
  'assured_date',
  'translation_pending',
  'external_id',
] as const;

/** Whole organizations (identifiers, programs, contacts, phones, funding), in the order of `organizationIds`. */
export async function loadOrganizations(db: Conn, organizationIds: string[]): Promise<Organization[]> {
  if (organizationIds.length === 0) return [];
  const organizations = await childRows(db, 'organization', 'id', organizationIds);
  const found = ids(organizations);
  const [identifiers, programs, funding, people] = await Promise.all([
    childRows(db, 'organization_identifier', 'organization_id', found),
    childRows(db, 'program', 'organization_id', found),
    childRows(db, 'funding', 'organization_id', found),
    People.load(db, [['organization_id', found]], [['organization_id', found]]),
  ]);
  const linked = await Linked.load(db, [
    ...found,
    ...people.allIds,
    ...[identifiers, programs, funding].flatMap(ids),
  ]);
  const identifiersBy = group(identifiers, 'organization_id');
  const programsBy = group(programs, 'organization_id');
  const fundingBy = group(funding, 'organization_id');
  const out = organizations.map((o) => {
    const id = String(o.id);
    return {
      ...compact(o, ORGANIZATION_FIELDS),
      identifiers: simple(
        identifiersBy.get(id),
        ['id', 'identifier_scheme', 'identifier_type', 'identifier'],
        linked,
      ),
      programs: simple(programsBy.get(id), ['id', 'name', 'alternate_name', 'description'], linked),
      contacts: people.contactsOf('organization_id', id, linked),
      phones: people.phonesOf('organization_id', id, linked),
      funding: simple(fundingBy.get(id), ['id', 'source'], linked),
      ...linked.of(id),
    } as unknown as Organization;
  });
  return inOrder(organizationIds, out);
}
