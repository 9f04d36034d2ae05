/**
 * Child records keep the order their editor gave them (split opening hours, the first phone number to
 * call), so an import followed by an export is lossless. The catalog writes `position`; readers order by it.
 */
const TABLES = [
  'organization_identifier',
  'program',
  'address',
  'service_at_location',
  'contact',
  'phone',
  'schedule',
  'funding',
  'service_area',
  'required_document',
  'language',
  'accessibility',
  'cost_option',
  'service_standard',
  'attribute',
  'metadata',
];

export const statements: string[] = [
  ...TABLES.map((table) => `ALTER TABLE ${table} ADD COLUMN position integer NOT NULL DEFAULT 0`),
  `CREATE INDEX attribute_link_id ON attribute (link_id)`,
  `CREATE INDEX contact_service ON contact (service_id)`,
  `CREATE INDEX contact_service_at_location ON contact (service_at_location_id)`,
  `CREATE INDEX contact_organization ON contact (organization_id)`,
  `CREATE INDEX contact_location ON contact (location_id)`,
  `CREATE INDEX phone_contact ON phone (contact_id)`,
  `CREATE INDEX phone_service_at_location ON phone (service_at_location_id)`,
  `CREATE INDEX phone_organization ON phone (organization_id)`,
  `CREATE INDEX schedule_service_at_location ON schedule (service_at_location_id)`,
  `CREATE INDEX language_service ON language (service_id)`,
  `CREATE INDEX language_location ON language (location_id)`,
  `CREATE INDEX language_phone ON language (phone_id)`,
  `CREATE INDEX funding_service ON funding (service_id)`,
  `CREATE INDEX funding_organization ON funding (organization_id)`,
  `CREATE INDEX service_area_service ON service_area (service_id)`,
  `CREATE INDEX required_document_service ON required_document (service_id)`,
  `CREATE INDEX cost_option_service ON cost_option (service_id)`,
  `CREATE INDEX accessibility_location ON accessibility (location_id)`,
  `CREATE INDEX program_organization ON program (organization_id)`,
  `CREATE INDEX organization_identifier_organization ON organization_identifier (organization_id)`,
  `CREATE INDEX metadata_resource_id ON metadata (resource_id)`,
];
