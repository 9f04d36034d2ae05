/**
 * Turns one validated catalog record into the table rows that store it, with the references it makes
 * to other records (checked by the import before anything is written). Everything is read from the table
 * descriptors (`tables.ts`): which columns a row has and what each holds, the children a record nests and
 * under which key, and whether rows carry attributes and metadata. A new field needs no change here.
 */
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { RowValues, WrittenTable } from '../repository.js';
import { TABLES, type CatalogTableName } from '../tables.js';

export type RefKind = 'jurisdiction' | 'taxonomy' | 'taxonomy_term' | 'organization' | 'location' | 'program';

export interface Ref {
  kind: RefKind;
  id: string;
  field: string;
  /** For a program: the organization the referring service belongs to. */
  organizationId?: string;
}

/**
 * The references the import checks before writing (README, "References are checked before writing").
 * Outside references (a location's organization, a term's parent and taxonomy, an organization's parent)
 * are kept unchecked, so they are not listed.
 */
const REFERENCES: Partial<Record<WrittenTable, Readonly<Record<string, RefKind>>>> = {
  jurisdiction: { parent_id: 'jurisdiction' },
  organization: { jurisdiction_id: 'jurisdiction' },
  service: { organization_id: 'organization', program_id: 'program' },
  service_at_location: { location_id: 'location' },
  attribute: { taxonomy_term_id: 'taxonomy_term' },
};

/** Values the input may leave out that the table stores as a fixed default. */
const DEFAULTS: Partial<Record<WrittenTable, Readonly<Record<string, unknown>>>> = {
  taxonomy: { translation_pending: false },
  taxonomy_term: { translation_pending: false },
};

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

type Input = Readonly<Record<string, unknown>>;

const isInput = (value: unknown): value is Input =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A language given by code only is stored with its name in both languages, so every reader can show it. */
function stored(table: WrittenTable, column: string, record: Input): unknown {
  const value = record[column];
  if (table === 'language' && column === 'name' && value == null && typeof record.code === 'string')
    return languageName(record.code);
  return value ?? DEFAULTS[table]?.[column];
}

interface Placement {
  /** The column holding the parent's id, and that id. */
  parent?: [column: string, id: string];
  position: number;
  /** Where the record sits in its root, for the fields named in refusals (`service_at_locations.0.`). */
  path: string;
}

/**
 * Adds a record's row, then its children in the descriptor's order (each under its own parent key), then
 * its attributes and metadata. `now` stands for an instant the source did not give (the import time).
 */
function addRecord(
  out: RecordRows,
  table: WrittenTable,
  record: Input,
  at: Placement,
  now: string,
  rootOrganization: string | undefined,
): void {
  const descriptor = TABLES[table];
  const id = String(record.id);
  const row: RowValues = {};
  for (const [column, { role }] of Object.entries(descriptor.columns)) {
    if (role === 'id') row[column] = id;
    else if (role === 'parent') row[column] = at.parent?.[0] === column ? at.parent[1] : null;
    else if (role === 'position') row[column] = at.position;
    // Where the record came from; the generic tables' owning table is set by the owner below.
    else if (role === 'internal') row[column] = column === 'source' ? out.source : null;
    else if (role === 'nested') {
      const child = Object.entries(descriptor.children).find(([, c]) => c.one && c.by === column);
      const nested = child ? record[child[0]] : undefined;
      row[column] = isInput(nested) ? String(nested.id) : null;
    } else if (role === 'instant') row[column] = record[column] ?? now;
    else if (role === 'text') {
      const value = stored(table, column, record);
      row[column] = value == null ? null : JSON.stringify(value);
    } else {
      const value = stored(table, column, record);
      row[column] = isInput(value) ? JSON.stringify(value) : (value ?? null);
    }
  }
  for (const [column, kind] of Object.entries(REFERENCES[table] ?? {})) {
    const value = record[column];
    if (typeof value === 'string')
      out.ref(kind, value, `${at.path}${column}`, kind === 'program' ? rootOrganization : undefined);
  }
  out.add(table, row);
  for (const [key, child] of Object.entries(descriptor.children)) {
    const childTable = child.table as CatalogTableName;
    if (child.one) {
      const nested = record[key];
      if (isInput(nested))
        addRecord(out, childTable, nested, { position: 0, path: `${at.path}${key}.` }, now, rootOrganization);
      continue;
    }
    const list = record[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, position) => {
      if (isInput(item))
        addRecord(
          out,
          childTable,
          item,
          { parent: [child.by, id], position, path: `${at.path}${key}.${position}.` },
          now,
          rootOrganization,
        );
    });
  }
  if (descriptor.linked) {
    for (const [key, linkedTable, column, kindColumn] of [
      ['attributes', 'attribute', 'link_id', 'link_entity'],
      ['metadata', 'metadata', 'resource_id', 'resource_type'],
    ] as const) {
      const list = record[key];
      if (!Array.isArray(list)) continue;
      list.forEach((item: unknown, position) => {
        if (!isInput(item)) return;
        const before = out.rows.length;
        addRecord(
          out,
          linkedTable,
          item,
          { parent: [column, id], position, path: `${at.path}${key}.${position}.` },
          now,
          rootOrganization,
        );
        // The generic tables say which table the owning row lives in (the HSDS table name).
        out.rows[before]![1][kindColumn] = table;
      });
    }
  }
}

/** The rows of one validated record of `table` (a root: jurisdiction, taxonomy, term, organization, location or service). */
export function recordRows(out: RecordRows, table: WrittenTable, record: Input, now: string): void {
  const organization =
    table === 'service' && typeof record.organization_id === 'string' ? record.organization_id : undefined;
  addRecord(out, table, record, { position: 0, path: '' }, now, organization);
}
