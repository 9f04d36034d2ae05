/**
 * The HSDS 3.0 tabular form: a CSV data package (21 tables + datapackage.json). Reading joins the tables by
 * their foreign keys into nested HSDS documents (then the JSON mapping applies); writing flattens nested
 * documents back into rows. French travels in attributes.csv, as in the JSON form (ADR 0004).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { hsdsColumns } from '../../catalog/index.js';
import type { HsdsDocument, HsdsRejection } from './fromHsds.js';
import type { HsdsDocumentSet } from './documents.js';
import type { HsdsObject } from './spec.js';

/** Table → file, in the order of the official data package. */
const CSV_FILES = {
  organization: 'organizations.csv',
  program: 'programs.csv',
  service: 'services.csv',
  attribute: 'attributes.csv',
  service_at_location: 'service_at_location.csv',
  location: 'locations.csv',
  phone: 'phones.csv',
  contact: 'contacts.csv',
  address: 'addresses.csv',
  schedule: 'schedules.csv',
  funding: 'funding.csv',
  service_area: 'service_areas.csv',
  required_document: 'required_documents.csv',
  language: 'languages.csv',
  accessibility: 'accessibility.csv',
  taxonomy_term: 'taxonomy_terms.csv',
  metadata: 'metadata.csv',
  meta_table_description: 'meta_table_descriptions.csv',
  cost_option: 'cost_options.csv',
  organization_identifier: 'organization_identifiers.csv',
  taxonomy: 'taxonomies.csv',
} as const;

export type CsvTable = keyof typeof CSV_FILES;

/** The one HSDS table the catalog does not keep: its columns are the standard's. */
const META_TABLE_DESCRIPTION_COLUMNS = ['id', 'name', 'language', 'character_set'];

const csvColumns = (table: string): readonly string[] =>
  table === 'meta_table_description'
    ? META_TABLE_DESCRIPTION_COLUMNS
    : hsdsColumns(table as Exclude<CsvTable, 'meta_table_description'>);

/**
 * Table → file and columns (comma-separated), in the order of the official data package. The columns come
 * from the catalog's table descriptors, so a field added there is written and read here too.
 */
export const CSV_TABLES = Object.fromEntries(
  Object.entries(CSV_FILES).map(([table, file]): [string, readonly [string, string]] => [
    table,
    [file, csvColumns(table).join(',')],
  ]),
) as Record<CsvTable, readonly [string, string]>;

export const columnsOf = (table: CsvTable) => CSV_TABLES[table][1].split(',');

const NUMBERS = new Set([
  'year_incorporated',
  'minimum_age',
  'maximum_age',
  'latitude',
  'longitude',
  'extension',
  'timezone',
  'count',
  'interval',
  'amount',
]);

type Row = Record<string, unknown>;
export type CsvRows = Partial<Record<CsvTable, Row[]>>;

/** Nested arrays of each table: HSDS key → child table and the child's column pointing back. */
const NESTING: Partial<Record<CsvTable, Record<string, [CsvTable, string]>>> = {
  organization: {
    funding: ['funding', 'organization_id'],
    contacts: ['contact', 'organization_id'],
    phones: ['phone', 'organization_id'],
    programs: ['program', 'organization_id'],
    organization_identifiers: ['organization_identifier', 'organization_id'],
  },
  service: {
    phones: ['phone', 'service_id'],
    schedules: ['schedule', 'service_id'],
    service_areas: ['service_area', 'service_id'],
    languages: ['language', 'service_id'],
    funding: ['funding', 'service_id'],
    cost_options: ['cost_option', 'service_id'],
    required_documents: ['required_document', 'service_id'],
    contacts: ['contact', 'service_id'],
    service_at_locations: ['service_at_location', 'service_id'],
  },
  location: {
    languages: ['language', 'location_id'],
    addresses: ['address', 'location_id'],
    contacts: ['contact', 'location_id'],
    accessibility: ['accessibility', 'location_id'],
    phones: ['phone', 'location_id'],
    schedules: ['schedule', 'location_id'],
  },
  service_at_location: {
    contacts: ['contact', 'service_at_location_id'],
    phones: ['phone', 'service_at_location_id'],
    schedules: ['schedule', 'service_at_location_id'],
  },
  contact: { phones: ['phone', 'contact_id'] },
  phone: { languages: ['language', 'phone_id'] },
};

/** Columns that point to a parent: implied by nesting, so left out of the nested object. */
const PARENT_COLUMNS = new Set([
  'organization_id',
  'service_id',
  'location_id',
  'contact_id',
  'phone_id',
  'service_at_location_id',
  'link_id',
  'resource_id',
]);

/** Parses one CSV file; problems name the file and the row (the header is row 1). */
export function parseCsv(text: string, file: string): { rows: Row[]; rejected: HsdsRejection[] } {
  try {
    const records = parse(text, {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      relax_column_count: false,
    }) as Record<string, string>[];
    const rejected: HsdsRejection[] = [];
    const rows = records.map((record, index) => {
      const row: Row = {};
      for (const [column, value] of Object.entries(record)) {
        if (value === '') continue;
        if (NUMBERS.has(column)) {
          const number = Number(value);
          if (Number.isNaN(number))
            rejected.push({
              where: `${file} row ${index + 2} (id ${record.id ?? '?'})`,
              field: column,
              reason: `"${value}" is not a number.`,
            });
          else row[column] = number;
        } else row[column] = value;
      }
      return row;
    });
    return { rows, rejected };
  } catch (error) {
    const e = error as Error & { lines?: number };
    return {
      rows: [],
      rejected: [
        { where: `${file}${e.lines ? ` row ${e.lines}` : ''}`, reason: `Not valid CSV: ${e.message}` },
      ],
    };
  }
}

/** Joins the tables into nested HSDS documents: organizations, locations, services, taxonomies, terms. */
export function csvToDocuments(tables: CsvRows): { documents: HsdsDocument[]; notes: string[] } {
  const notes: string[] = [];
  const index = new Map<string, Map<string, Row[]>>();
  const childrenOf = (table: CsvTable, column: string, id: string): Row[] => {
    const key = `${table}.${column}`;
    let byParent = index.get(key);
    if (!byParent) {
      byParent = new Map();
      for (const row of tables[table] ?? []) {
        const parent = row[column];
        if (typeof parent !== 'string') continue;
        byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
      }
      index.set(key, byParent);
    }
    return byParent.get(id) ?? [];
  };
  const attached = new Set<string>();
  const ids = new Set<string>();
  for (const rows of Object.values(tables))
    for (const row of rows ?? []) if (typeof row.id === 'string') ids.add(row.id);

  const build = (table: CsvTable, row: Row, keep: readonly string[] = []): HsdsObject => {
    const out: HsdsObject = {};
    for (const [column, value] of Object.entries(row))
      if (!PARENT_COLUMNS.has(column) || keep.includes(column)) out[column] = value;
    const id = String(row.id);
    for (const [key, [child, column]] of Object.entries(NESTING[table] ?? {})) {
      const rows = childrenOf(child, column, id);
      if (rows.length > 0)
        out[key] = rows.map((childRow) =>
          build(child, childRow, child === 'service_at_location' ? ['location_id'] : []),
        );
    }
    const attributes = childrenOf('attribute', 'link_id', id);
    if (attributes.length > 0) {
      out.attributes = attributes.map((attribute) => {
        attached.add(String(attribute.id));
        return { ...attribute };
      });
    }
    const metadata = childrenOf('metadata', 'resource_id', id);
    if (metadata.length > 0) out.metadata = metadata.map((entry) => ({ ...entry }));
    return out;
  };

  const documents: HsdsDocument[] = [];
  const add = (table: CsvTable, kind: HsdsDocument['kind'], keep: readonly string[]) =>
    (tables[table] ?? []).forEach((row, i) =>
      documents.push({
        where: `${CSV_TABLES[table][0]} row ${i + 2} (id ${String(row.id)})`,
        kind,
        data: build(table, row, keep),
      }),
    );
  add('organization', 'organization', []);
  add('location', 'location', ['organization_id']);
  add('service', 'service', ['organization_id', 'program_id']);
  add('taxonomy', 'taxonomy', []);
  add('taxonomy_term', 'taxonomy_term', []);
  // Attributes of taxonomies and terms (no nested place in HSDS 3.0), and any others left over.
  (tables.attribute ?? []).forEach((row, i) => {
    if (attached.has(String(row.id))) return;
    if (typeof row.link_id === 'string' && ids.has(row.link_id)) {
      documents.push({
        where: `attributes.csv row ${i + 2} (id ${String(row.id)})`,
        kind: 'attribute',
        data: { ...row },
      });
    } else
      notes.push(
        `attributes.csv row ${i + 2}: attribute ${String(row.id)} links to ${String(row.link_id)}, which is not in the package; left out.`,
      );
  });
  (tables.metadata ?? []).forEach((row, i) => {
    if (typeof row.resource_id !== 'string' || !ids.has(row.resource_id)) {
      notes.push(
        `metadata.csv row ${i + 2}: metadata ${String(row.id)} is about ${String(row.resource_id)}, which is not in the package; left out.`,
      );
    }
  });
  if ((tables.meta_table_description ?? []).length > 0)
    notes.push('meta_table_descriptions.csv describes the source tables; Stitch does not keep it.');
  return { documents, notes };
}

/** Flattens nested HSDS documents into table rows; the same record met twice becomes one row. */
export class CsvFlattener {
  readonly rows = new Map<CsvTable, Map<string, Row>>();

  private put(table: CsvTable, row: Row): void {
    let rows = this.rows.get(table);
    if (!rows) {
      rows = new Map();
      this.rows.set(table, rows);
    }
    const id = String(row.id);
    const existing = rows.get(id);
    if (!existing) rows.set(id, row);
    else
      for (const [key, value] of Object.entries(row)) if (existing[key] === undefined) existing[key] = value;
  }

  add(table: CsvTable, object: HsdsObject, parents: Row = {}): void {
    const id = String(object.id);
    const row: Row = { ...parents };
    const nesting = NESTING[table] ?? {};
    const nestedObjects = [
      'organization',
      'program',
      'location',
      'service',
      'locations',
      'services',
      'taxonomy_detail',
      'taxonomy_term',
    ];
    for (const [key, value] of Object.entries(object)) {
      if (key === 'attributes' || key === 'metadata' || key in nesting || nestedObjects.includes(key))
        continue;
      row[key] = value;
    }
    const nested = (key: string) =>
      object[key] && typeof object[key] === 'object' && !Array.isArray(object[key])
        ? (object[key] as HsdsObject)
        : undefined;
    const organization = nested('organization');
    if (organization) {
      row.organization_id ??= organization.id;
      this.add('organization', organization);
    }
    const program = nested('program');
    if (program) {
      row.program_id ??= program.id;
      this.add('program', program, { organization_id: row.organization_id });
    }
    const location = nested('location');
    if (location) {
      row.location_id ??= location.id;
      this.add('location', location);
    }
    const taxonomy = nested('taxonomy_detail');
    if (taxonomy) {
      row.taxonomy_id ??= taxonomy.id;
      this.add('taxonomy', taxonomy);
    }
    this.put(table, row);
    for (const [key, [child, column]] of Object.entries(nesting)) {
      const items = object[key];
      if (Array.isArray(items))
        for (const item of items as HsdsObject[]) this.add(child, item, { [column]: id });
    }
    for (const item of (object.locations as HsdsObject[] | undefined) ?? [])
      this.add('location', item, { organization_id: id });
    for (const item of (object.services as HsdsObject[] | undefined) ?? [])
      this.add('service', item, { organization_id: id });
    for (const attribute of (object.attributes as HsdsObject[] | undefined) ?? [])
      this.attribute(attribute, table, id);
    for (const entry of (object.metadata as HsdsObject[] | undefined) ?? [])
      this.put('metadata', { ...entry, resource_id: id, resource_type: table });
  }

  attribute(attribute: HsdsObject, table?: string, linkId?: string): void {
    const { taxonomy_term: term, metadata: _metadata, ...rest } = attribute;
    const row: Row = { ...rest };
    if (linkId) row.link_id = linkId;
    if (table) row.link_entity ??= table;
    if (term && typeof term === 'object') {
      row.taxonomy_term_id ??= (term as HsdsObject).id;
      this.add('taxonomy_term', term as HsdsObject);
    }
    this.put('attribute', row);
  }

  addSet(set: Partial<HsdsDocumentSet>): this {
    for (const organization of set.organizations ?? []) this.add('organization', organization);
    for (const location of set.locations ?? []) this.add('location', location);
    for (const service of set.services ?? []) this.add('service', service);
    for (const taxonomy of set.taxonomies ?? []) this.add('taxonomy', taxonomy);
    for (const term of set.taxonomy_terms ?? []) this.add('taxonomy_term', term);
    for (const attribute of set.attributes ?? []) this.attribute(attribute);
    return this;
  }

  /** One CSV text per table, columns in the official order, every table present (headers only if empty). */
  toCsv(): Map<CsvTable, string> {
    const out = new Map<CsvTable, string>();
    for (const table of Object.keys(CSV_TABLES) as CsvTable[]) {
      const columns = columnsOf(table);
      const rows = [...(this.rows.get(table)?.values() ?? [])].map((row) =>
        columns.map((column) => cell(row[column])),
      );
      out.set(table, stringify([columns, ...rows], { record_delimiter: '\n' }));
    }
    return out;
  }
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value);
}
