/**
 * One descriptor per catalog table: its columns (in the order the import writes them), which of them are
 * bilingual `{ en, fr }` text, which point at a parent, which are HSDS fields, and the children a whole
 * record nests. The import's column lists, the aggregated loaders and their row mappers, and the HSDS
 * field lists are all derived from here; adding a field to a table is one line here plus a migration
 * (see README.md).
 */

/**
 * What a column is:
 * - `id`: the primary key;
 * - `owner`: a key to the owning record that the record keeps when read (a service's organization);
 * - `parent`: the key that hangs a child row under its parent; the parent's nesting says it, so it is
 *   written but not read back;
 * - `nested`: a key to a row nested in its place when read (a channel's mail address);
 * - `value`: an ordinary column, read back as stored;
 * - `text`: bilingual text `{ en, fr }` (jsonb);
 * - `instant`: a timestamp, read back as an ISO 8601 string;
 * - `position`: the order of children under their parent;
 * - `internal`: written by the import, never read back (where a record came from).
 */
export type ColumnRole =
  'id' | 'owner' | 'parent' | 'nested' | 'value' | 'text' | 'instant' | 'position' | 'internal';

export interface Column {
  role: ColumnRole;
  /**
   * HSDS carries it in a field of the same name (otherwise it travels as a Stitch extension, or not at all);
   * on a key, HSDS's tables (the CSV data package) have that column.
   */
  hsds?: boolean;
  /** A partner's editor may change it in a draft, within these limits (bilingual text only, for now). */
  edit?: Edit;
}

export interface Edit {
  /** Characters in each language. */
  max: number;
  /** Both languages always; otherwise absent, or both languages. */
  required?: boolean;
  /** Several lines in the form. */
  multiline?: boolean;
  /** A web address (http or https) in each language. */
  format?: 'url';
}

/** A child list (or, with `one`, a single nested row) of a whole record. */
export interface Child {
  /** A table of this file (checked where the loaders are built). */
  table: string;
  /** The child's column that holds the parent's id; with `one`, the parent's column that holds the child's id. */
  by: string;
  one?: boolean;
}

export interface TableDescriptor {
  columns: Readonly<Record<string, Column>>;
  /** What a whole record nests, under the keys it is read with. */
  children: Readonly<Record<string, Child>>;
  /** Whether rows carry HSDS attributes and metadata (linked by id in their own tables). */
  linked: boolean;
  /**
   * The columns of the HSDS data package's table, in its order, where that order is not the descriptor's
   * (otherwise: the id and the columns marked `hsds`, in the descriptor's order).
   */
  hsdsOrder?: readonly string[];
}

// Each kind of column keeps its literal role in the type, so the bilingual columns of a table are known
// at compile time (input schemas and database types are derived from them).
const id = { role: 'id' } as const satisfies Column;
/** Keys HSDS has too (its tables hold them; its nested documents imply them). */
const owner = { role: 'owner', hsds: true } as const satisfies Column;
const parent = { role: 'parent', hsds: true } as const satisfies Column;
/** A parent key of Stitch's own. */
const stitchParent = { role: 'parent' } as const satisfies Column;
const position = { role: 'position' } as const satisfies Column;
const internal = { role: 'internal' } as const satisfies Column;
/** A column HSDS has too. */
const hsdsValue = { role: 'value', hsds: true } as const satisfies Column;
/** A column of Stitch's own. */
const value = { role: 'value' } as const satisfies Column;
const hsdsText = { role: 'text', hsds: true } as const satisfies Column;
const text = { role: 'text' } as const satisfies Column;

/** A column an editor may change, with its limits kept in the type (so drafts can be typed from it). */
const editable = <C extends Column, E extends Edit>(column: C, edit: E): C & { edit: E } => ({
  ...column,
  edit,
});

const tables = {
  jurisdiction: {
    columns: { id, level: value, code: value, name: text, parent_id: value },
    children: {},
    linked: false,
  },
  taxonomy: {
    columns: {
      id,
      name: hsdsText,
      description: hsdsText,
      uri: hsdsValue,
      version: hsdsValue,
      translation_pending: value,
    },
    children: {},
    linked: false,
  },
  taxonomy_term: {
    columns: {
      id,
      code: hsdsValue,
      name: hsdsText,
      description: hsdsText,
      parent_id: hsdsValue,
      taxonomy: hsdsValue,
      language: hsdsValue,
      taxonomy_id: hsdsValue,
      term_uri: hsdsValue,
      translation_pending: value,
    },
    children: {},
    linked: false,
  },
  organization: {
    columns: {
      id,
      jurisdiction_id: value,
      name: hsdsText,
      alternate_name: hsdsText,
      description: hsdsText,
      email: hsdsValue,
      website: hsdsText,
      tax_status: hsdsValue,
      tax_id: hsdsValue,
      year_incorporated: hsdsValue,
      legal_status: hsdsValue,
      logo: hsdsValue,
      uri: hsdsValue,
      parent_organization_id: hsdsValue,
      brand_colour: value,
      brand_accent_colour: value,
      is_partner: value,
      translation_pending: value,
      external_id: value,
      source: internal,
      assured_date: value,
    },
    children: {
      identifiers: { table: 'organization_identifier', by: 'organization_id' },
      programs: { table: 'program', by: 'organization_id' },
      contacts: { table: 'contact', by: 'organization_id' },
      phones: { table: 'phone', by: 'organization_id' },
      funding: { table: 'funding', by: 'organization_id' },
    },
    linked: true,
  },
  program: {
    columns: {
      id,
      organization_id: parent,
      name: hsdsText,
      alternate_name: hsdsText,
      description: hsdsText,
      position,
    },
    children: {},
    linked: true,
  },
  organization_identifier: {
    columns: {
      id,
      organization_id: parent,
      identifier_scheme: hsdsValue,
      identifier_type: hsdsValue,
      identifier: hsdsValue,
      position,
    },
    children: {},
    linked: true,
  },
  location: {
    columns: {
      id,
      organization_id: owner,
      location_type: hsdsValue,
      url: hsdsValue,
      name: editable(hsdsText, { max: 300, required: true }),
      alternate_name: hsdsText,
      description: hsdsText,
      transportation: hsdsText,
      latitude: hsdsValue,
      longitude: hsdsValue,
      external_identifier: hsdsValue,
      external_identifier_type: hsdsValue,
      time_zone: value,
      assured_date: value,
      translation_pending: value,
    },
    children: {
      addresses: { table: 'address', by: 'location_id' },
      phones: { table: 'phone', by: 'location_id' },
      schedules: { table: 'schedule', by: 'location_id' },
      languages: { table: 'language', by: 'location_id' },
      accessibility: { table: 'accessibility', by: 'location_id' },
      contacts: { table: 'contact', by: 'location_id' },
    },
    linked: true,
    hsdsOrder: [
      'id',
      'location_type',
      'url',
      'organization_id',
      'name',
      'alternate_name',
      'description',
      'transportation',
      'latitude',
      'longitude',
      'external_identifier',
      'external_identifier_type',
    ],
  },
  service: {
    columns: {
      id,
      organization_id: owner,
      program_id: owner,
      name: editable(hsdsText, { max: 300, required: true }),
      alternate_name: hsdsText,
      description: editable(hsdsText, { max: 4000, multiline: true }),
      eligibility_description: editable(hsdsText, { max: 4000, multiline: true }),
      application_process: editable(hsdsText, { max: 4000, multiline: true }),
      fees_description: editable(hsdsText, { max: 2000, multiline: true }),
      url: editable(hsdsText, { max: 500, format: 'url' }),
      email: hsdsValue,
      status: hsdsValue,
      interpretation_services: hsdsText,
      wait_time: hsdsText,
      fees: hsdsText,
      accreditations: hsdsText,
      licenses: hsdsText,
      minimum_age: hsdsValue,
      maximum_age: hsdsValue,
      assured_date: hsdsValue,
      assurer_email: hsdsValue,
      alert: hsdsText,
      last_modified: { role: 'instant', hsds: true },
      translation_pending: value,
      external_id: value,
      source: internal,
    },
    children: {
      phones: { table: 'phone', by: 'service_id' },
      schedules: { table: 'schedule', by: 'service_id' },
      service_areas: { table: 'service_area', by: 'service_id' },
      languages: { table: 'language', by: 'service_id' },
      funding: { table: 'funding', by: 'service_id' },
      cost_options: { table: 'cost_option', by: 'service_id' },
      required_documents: { table: 'required_document', by: 'service_id' },
      contacts: { table: 'contact', by: 'service_id' },
      service_at_locations: { table: 'service_at_location', by: 'service_id' },
      channels: { table: 'service_channel', by: 'service_id' },
      standards: { table: 'service_standard', by: 'service_id' },
    },
    linked: true,
    hsdsOrder: [
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
      'eligibility_description',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'assurer_email',
      'licenses',
      'alert',
      'last_modified',
    ],
  },
  service_at_location: {
    columns: { id, service_id: parent, location_id: owner, description: hsdsText, position },
    children: {
      phones: { table: 'phone', by: 'service_at_location_id' },
      contacts: { table: 'contact', by: 'service_at_location_id' },
      schedules: { table: 'schedule', by: 'service_at_location_id' },
    },
    linked: true,
  },
  contact: {
    columns: {
      id,
      organization_id: parent,
      service_id: parent,
      service_at_location_id: parent,
      location_id: parent,
      name: hsdsValue,
      title: hsdsText,
      department: hsdsText,
      email: hsdsValue,
      position,
    },
    children: { phones: { table: 'phone', by: 'contact_id' } },
    linked: true,
  },
  phone: {
    columns: {
      id,
      location_id: parent,
      service_id: parent,
      organization_id: parent,
      contact_id: parent,
      service_at_location_id: parent,
      number: hsdsValue,
      extension: hsdsValue,
      type: hsdsValue,
      description: hsdsText,
      position,
    },
    children: { languages: { table: 'language', by: 'phone_id' } },
    linked: true,
  },
  language: {
    columns: {
      id,
      service_id: parent,
      location_id: parent,
      phone_id: parent,
      name: hsdsText,
      code: hsdsValue,
      note: hsdsText,
      position,
    },
    children: {},
    linked: true,
  },
  address: {
    columns: {
      id,
      location_id: parent,
      attention: hsdsValue,
      address_1: hsdsValue,
      address_2: hsdsValue,
      city: hsdsValue,
      region: hsdsValue,
      state_province: hsdsValue,
      postal_code: hsdsValue,
      country: hsdsValue,
      address_type: hsdsValue,
      position,
    },
    children: {},
    linked: true,
  },
  service_channel: {
    columns: {
      id,
      service_id: stitchParent,
      kind: value,
      delivery: value,
      position,
      description: text,
      url: value,
      phone_number: value,
      phone_extension: value,
      tty_number: value,
      email: value,
      mail_address_id: { role: 'nested' },
      languages: value,
      unit_cost: value,
      currency: value,
    },
    children: {
      mail_address: { table: 'address', by: 'mail_address_id', one: true },
      hours: { table: 'schedule', by: 'channel_id' },
    },
    linked: false,
  },
  schedule: {
    columns: {
      id,
      service_id: parent,
      location_id: parent,
      service_at_location_id: parent,
      channel_id: stitchParent,
      valid_from: hsdsValue,
      valid_to: hsdsValue,
      dtstart: hsdsValue,
      timezone: hsdsValue,
      until: hsdsValue,
      count: hsdsValue,
      wkst: hsdsValue,
      freq: hsdsValue,
      interval: hsdsValue,
      byday: hsdsValue,
      byweekno: hsdsValue,
      bymonthday: hsdsValue,
      byyearday: hsdsValue,
      description: hsdsText,
      opens_at: hsdsValue,
      closes_at: hsdsValue,
      schedule_link: hsdsValue,
      attending_type: hsdsText,
      notes: hsdsText,
      closed: value,
      position,
    },
    children: {},
    linked: true,
  },
  accessibility: {
    columns: { id, location_id: parent, description: hsdsText, details: hsdsText, url: hsdsValue, position },
    children: {},
    linked: true,
  },
  funding: {
    columns: { id, organization_id: parent, service_id: parent, source: hsdsText, position },
    children: {},
    linked: true,
  },
  service_area: {
    columns: {
      id,
      service_id: parent,
      name: hsdsText,
      description: hsdsText,
      extent: hsdsValue,
      extent_type: hsdsValue,
      uri: hsdsValue,
      position,
    },
    children: {},
    linked: true,
  },
  required_document: {
    columns: { id, service_id: parent, document: hsdsText, uri: hsdsValue, position },
    children: {},
    linked: true,
  },
  cost_option: {
    columns: {
      id,
      service_id: parent,
      valid_from: hsdsValue,
      valid_to: hsdsValue,
      option: hsdsText,
      currency: hsdsValue,
      amount: hsdsValue,
      amount_description: hsdsText,
      position,
    },
    children: {},
    linked: true,
  },
  service_standard: {
    columns: {
      id,
      service_id: stitchParent,
      channel_kind: value,
      name: text,
      description: text,
      standard_type: value,
      threshold_value: value,
      threshold_unit: value,
      target: value,
      url: value,
      external_id: value,
      source: internal,
      position,
    },
    children: {},
    linked: false,
  },
  attribute: {
    columns: {
      id,
      link_id: parent,
      link_type: hsdsValue,
      link_entity: { role: 'internal', hsds: true },
      taxonomy_term_id: hsdsValue,
      value: hsdsValue,
      label: hsdsValue,
      position,
    },
    children: {},
    linked: false,
    // The data package has no `label` (HSDS JSON does).
    hsdsOrder: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
  },
  metadata: {
    columns: {
      id,
      resource_id: parent,
      resource_type: { role: 'internal', hsds: true },
      last_action_date: hsdsValue,
      last_action_type: hsdsValue,
      field_name: hsdsValue,
      previous_value: hsdsValue,
      replacement_value: hsdsValue,
      updated_by: hsdsValue,
      position,
    },
    children: {},
    linked: false,
  },
} as const satisfies Record<string, TableDescriptor>;

export type CatalogTableName = keyof typeof tables;

export const TABLES: Readonly<Record<CatalogTableName, TableDescriptor>> = tables;

export type ColumnsOf<T extends CatalogTableName> = Extract<keyof (typeof tables)[T]['columns'], string>;

/** Every column of a table, in write order. */
export function columnsOf<T extends CatalogTableName>(table: T): readonly ColumnsOf<T>[] {
  return Object.keys(tables[table].columns) as ColumnsOf<T>[];
}

/** The columns a whole record carries when read: everything but parent keys, positions and internals. */
export function readColumns(table: CatalogTableName): readonly string[] {
  let columns = readLists.get(table);
  if (!columns) {
    columns = Object.entries(TABLES[table].columns)
      .filter(([, column]) => !['parent', 'nested', 'position', 'internal'].includes(column.role))
      .map(([name]) => name);
    readLists.set(table, columns);
  }
  return columns;
}

/** Read once per table: every loaded row walks its list. */
const readLists = new Map<CatalogTableName, readonly string[]>();

/** The bilingual columns of a table. */
export function textColumns<T extends CatalogTableName>(table: T): TextColumnOf<T>[] {
  return Object.entries(TABLES[table].columns)
    .filter(([, column]) => column.role === 'text')
    .map(([name]) => name as TextColumnOf<T>);
}

/**
 * HSDS fields of a table: those copied as they are, and the bilingual ones (English in HSDS, French beside).
 * Keys are not fields: nesting implies them.
 */
export function hsdsFields(table: CatalogTableName): { scalars: string[]; texts: string[] } {
  const scalars: string[] = [];
  const texts: string[] = [];
  for (const [name, column] of Object.entries(TABLES[table].columns)) {
    if (!column.hsds || !FIELD_ROLES.has(column.role)) continue;
    (column.role === 'text' ? texts : scalars).push(name);
  }
  return { scalars, texts };
}

const FIELD_ROLES = new Set<ColumnRole>(['value', 'text', 'instant']);

/** The columns of HSDS's table (a CSV data package's), keys included, in the order of the standard. */
export function hsdsColumns(table: CatalogTableName): readonly string[] {
  const descriptor = TABLES[table];
  return (
    descriptor.hsdsOrder ??
    Object.entries(descriptor.columns)
      .filter(([, column]) => column.role === 'id' || column.hsds)
      .map(([name]) => name)
  );
}

/** The columns of a table that play this role, as the descriptor's literal type says. */
export type ColumnWithRole<T extends CatalogTableName, R extends ColumnRole> = {
  [K in ColumnsOf<T>]: (typeof tables)[T]['columns'][K] extends { role: R } ? K : never;
}[ColumnsOf<T>];

/** The bilingual `{ en, fr }` columns of a table. */
export type TextColumnOf<T extends CatalogTableName> = ColumnWithRole<T, 'text'>;

/** The columns of a table an editor may change, as the descriptor's literal type says. */
export type EditableColumn<T extends CatalogTableName> = {
  [K in ColumnsOf<T>]: (typeof tables)[T]['columns'][K] extends { edit: Edit } ? K : never;
}[ColumnsOf<T>];

/** Of those, the ones that must always be given in both languages. */
export type RequiredColumn<T extends CatalogTableName> = {
  [K in ColumnsOf<T>]: (typeof tables)[T]['columns'][K] extends { edit: { required: true } } ? K : never;
}[ColumnsOf<T>];

/** The columns an editor may change, in the descriptor's order, with their limits. */
export function editableColumns<T extends CatalogTableName>(
  table: T,
): { name: EditableColumn<T>; edit: Edit }[] {
  return Object.entries(TABLES[table].columns).flatMap(([name, column]) =>
    column.edit ? [{ name: name as EditableColumn<T>, edit: column.edit }] : [],
  );
}
