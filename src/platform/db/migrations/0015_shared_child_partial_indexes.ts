/**
 * A shared child row (contact, phone, language, schedule, funding) holds one parent key of the several it
 * has columns for; the others are null. Indexing only the keys that are set keeps every lookup by parent
 * (`parent_id = …`, `= any(…)`, the cascades of the foreign keys) on an index while sparing each insert
 * the index entries of its null keys: a generated HSDS service's phone has one parent key in five.
 */
const PARENT_KEYS: Record<string, Record<string, string>> = {
  contact: {
    contact_organization: 'organization_id',
    contact_service: 'service_id',
    contact_service_at_location: 'service_at_location_id',
    contact_location: 'location_id',
  },
  phone: {
    phone_location: 'location_id',
    phone_service: 'service_id',
    phone_organization: 'organization_id',
    phone_contact: 'contact_id',
    phone_service_at_location: 'service_at_location_id',
  },
  language: {
    language_service: 'service_id',
    language_location: 'location_id',
    language_phone: 'phone_id',
  },
  schedule: {
    schedule_service: 'service_id',
    schedule_location: 'location_id',
    schedule_service_at_location: 'service_at_location_id',
    schedule_channel: 'channel_id',
  },
  funding: {
    funding_organization: 'organization_id',
    funding_service: 'service_id',
  },
};

export const statements: string[] = Object.entries(PARENT_KEYS).flatMap(([table, indexes]) =>
  Object.entries(indexes).flatMap(([index, column]) => [
    `DROP INDEX ${index}`,
    `CREATE INDEX ${index} ON ${table} (${column}) WHERE ${column} IS NOT NULL`,
  ]),
);
