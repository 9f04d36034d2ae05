/**
 * SQL on the catalog's own tables. Writes are multi-row upserts sent as raw compiled queries: building
 * thousands of rows through the query builder costs more than the database work itself.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { canCopy, copyText, type Db, type Tx } from '../../platform/db/index.js';
import { TABLES, columnsOf, type CatalogTableName, type ColumnsOf } from './tables.js';

type Conn = Db | Tx;
export type CatalogTable = keyof Database;
export type RowValues = Record<string, unknown>;

/** Columns the import writes, per table (from the descriptors); anything else keeps its default (created_at, version…). */
export const COLUMNS = Object.fromEntries(
  (Object.keys(TABLES) as CatalogTableName[]).map((table) => [table, columnsOf(table)]),
) as { readonly [T in CatalogTableName]: readonly ColumnsOf<T>[] };

export type WrittenTable = CatalogTableName;

/** The order rows are written in, so every foreign key points at a row already there. */
export const WRITE_ORDER: WrittenTable[] = [
  'jurisdiction',
  'taxonomy',
  'taxonomy_term',
  'organization',
  'program',
  'organization_identifier',
  'location',
  'service',
  'service_at_location',
  'contact',
  'phone',
  'language',
  'address',
  'service_channel',
  'schedule',
  'accessibility',
  'funding',
  'service_area',
  'required_document',
  'cost_option',
  'service_standard',
  'attribute',
  'metadata',
];

/** Records replaced whole by an import: their row is updated in place (created_at kept), version bumped. */
const VERSIONED = new Set<WrittenTable>(['organization', 'location', 'service']);
const STAMPED = new Set<WrittenTable>([
  'jurisdiction',
  'organization',
  'location',
  'service',
  'service_channel',
]);

/** PostgreSQL takes at most 65,535 bind parameters in one statement. */
const MAX_PARAMETERS = 60_000;

const quote = (name: string) => `"${name}"`;

/**
 * Inserts rows, replacing any row with the same id whole. Child ids are unique across the catalog, so a
 * child that moved to another parent is taken over rather than refused. A shared child (SHARED_PARENTS)
 * keeps the parent keys the new row leaves empty: another parent may still hold it.
 */
export async function upsertRows(tx: Conn, table: WrittenTable, rows: RowValues[]): Promise<void> {
  if (rows.length === 0) return;
  const columns: readonly string[] = COLUMNS[table];
  const parents: readonly string[] = isShared(table) ? SHARED_PARENTS[table] : [];
  const updates = columns
    .filter((c) => c !== 'id')
    .map((c) =>
      parents.includes(c)
        ? `${quote(c)} = coalesce(excluded.${quote(c)}, ${quote(table)}.${quote(c)})`
        : `${quote(c)} = excluded.${quote(c)}`,
    );
  if (VERSIONED.has(table)) updates.push(`"version" = ${table}."version" + 1`);
  if (STAMPED.has(table)) updates.push(`"updated_at" = now()`);
  const list = columns.map(quote).join(', ');
  const head = `insert into ${quote(table)} (${list}) `;
  const tail = ` on conflict ("id") do update set ${updates.join(', ')}`;
  const types = await columnTypes(tx, table);
  if (await copyIntoStaging(tx, table, columns, types, rows)) {
    const staging = quote(`staging_${table}`);
    await run(tx, `${head}select ${list} from ${staging}${tail}`, []);
    await run(tx, `truncate ${staging}`, []);
    return;
  }
  if (columns.every((c) => types.get(c) && !types.get(c)!.endsWith('[]'))) {
    // One array per column: the statement stays small whatever the row count, and parses once.
    const arrays = columns.map((c) => rows.map((row) => row[c] ?? null));
    const casts = columns.map((c, i) => `$${i + 1}::${types.get(c)}[]`).join(', ');
    await tx.executeQuery(CompiledQuery.raw(`${head}select * from unnest(${casts})${tail}`, arrays));
    return;
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples: string[] = [];
    for (const row of batch) {
      const marks: string[] = [];
      for (const column of columns) {
        const value = row[column];
        parameters.push(value === undefined ? null : value);
        marks.push(`$${parameters.length}`);
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await tx.executeQuery(CompiledQuery.raw(`${head}values ${tuples.join(', ')}${tail}`, parameters));
  }
}

/* ---------- COPY into staging tables ---------- */

/** A value in COPY's text format: backslash escapes, `\N` for null, arrays as `{…}` literals. */
function copyValue(value: unknown, type: string): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value) && type.endsWith('[]'))
    return escapeCopy(
      `{${value.map((item) => (item == null ? 'NULL' : `"${String(item).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`,
    );
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'object') return escapeCopy(JSON.stringify(value));
  return escapeCopy(String(value));
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escapeCopy = (text: string) => text.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!);

/**
 * Loads rows with COPY into the session's staging table for `table` (the written columns, without keys,
 * indexes or triggers, emptied after each use), when the engine can; returns false otherwise. The upsert
 * then reads them from there in one statement.
 */
async function copyIntoStaging(
  tx: Conn,
  table: WrittenTable,
  columns: readonly string[],
  types: Map<string, string>,
  rows: RowValues[],
): Promise<boolean> {
  if (!(await canCopy(tx))) return false;
  const staging = quote(`staging_${table}`);
  const list = columns.map(quote).join(', ');
  await run(
    tx,
    `create temp table if not exists ${staging} as select ${list} from ${quote(table)} with no data`,
    [],
  );
  const lines: string[] = [];
  for (const row of rows)
    lines.push(columns.map((c) => copyValue(row[c], types.get(c) ?? 'text')).join('\t'));
  await copyText(tx, `${staging} (${list})`, `${lines.join('\n')}\n`);
  return true;
}

/** Column types as SQL (`numeric(12,2)`, `text[]`), read once per table: every database has the same migrations. */
const typeCache = new Map<string, Promise<Map<string, string>>>();

function columnTypes(tx: Conn, table: WrittenTable): Promise<Map<string, string>> {
  let types = typeCache.get(table);
  if (!types) {
    types = run(
      tx,
      `select "attname" as name, format_type("atttypid", "atttypmod") as type from pg_attribute
       where "attrelid" = $1::regclass and "attnum" > 0 and not "attisdropped"`,
      [table],
    ).then((rows) => new Map(rows.map((r) => [String(r.name), String(r.type)])));
    types.catch(() => typeCache.delete(table));
    typeCache.set(table, types);
  }
  return types;
}

const placeholders = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => `$${i + from}`).join(', ');

async function run(tx: Conn, text: string, parameters: unknown[]): Promise<RowValues[]> {
  return (await tx.executeQuery<RowValues>(CompiledQuery.raw(text, parameters))).rows;
}

/** Which of these ids exist in a table. */
export async function existingIds(tx: Conn, table: CatalogTable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  // One array parameter: a statement text that is the same whatever the number of ids.
  const rows = await run(tx, `select "id" from ${quote(table)} where "id" = any($1::text[])`, [ids]);
  return new Set(rows.map((r) => String(r.id)));
}

/** The owning organization of each program found. */
export async function programOwners(tx: Conn, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('program')
    .select(['id', 'organization_id'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.organization_id]));
}

/** Records of one source already holding these external ids, to refuse a second record claiming one. */
export async function externalIdOwners(
  tx: Conn,
  table: 'service' | 'organization',
  source: string,
  externalIds: string[],
): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom(table)
    .select(['id', 'external_id'])
    .where('source', '=', source)
    .where('external_id', 'in', externalIds)
    .execute();
  return new Map(rows.map((r) => [r.external_id!, r.id]));
}

const any = (column: string, parameter: number) => `${quote(column)} = any($${parameter}::text[])`;

/** The services of these organizations. */
export async function servicesOfOrganizations(tx: Conn, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await run(tx, `select "id" from "service" where ${any('organization_id', 1)}`, [
    organizationIds,
  ]);
  return rows.map((row) => String(row.id));
}

async function idsWhere(
  tx: Conn,
  table: CatalogTable,
  conditions: [column: string, ids: string[]][],
): Promise<string[]> {
  const used = conditions.filter(([, ids]) => ids.length > 0);
  if (used.length === 0) return [];
  const where = used.map(([column], i) => any(column, i + 1)).join(' or ');
  const rows = await run(
    tx,
    `select "id" from ${quote(table)} where ${where}`,
    used.map(([, ids]) => ids),
  );
  return rows.map((r) => String(r.id));
}

/** Deletes the attributes and metadata of these records (the generic tables have no foreign key to cascade). */
async function deleteLinked(tx: Conn, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await run(tx, `delete from "attribute" where ${any('link_id', 1)}`, [ids]);
  await run(tx, `delete from "metadata" where ${any('resource_id', 1)}`, [ids]);
}

async function deleteWhere(tx: Conn, tables: string[], column: string, ids: string[]): Promise<void> {
  for (const table of tables) await run(tx, `delete from ${quote(table)} where ${any(column, 1)}`, [ids]);
}

/* ---------- shared children ---------- */

/**
 * Child tables whose rows several parents may share: HSDS gives the same phone to a service, its location,
 * a contact and a service-at-location. One row holds every parent key it has, and each parent reads it.
 */
export const SHARED_PARENTS = {
  contact: ['organization_id', 'service_id', 'service_at_location_id', 'location_id'],
  phone: ['location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id'],
  language: ['service_id', 'location_id', 'phone_id'],
  schedule: ['service_id', 'location_id', 'service_at_location_id', 'channel_id'],
  funding: ['organization_id', 'service_id'],
} as const satisfies Partial<Record<WrittenTable, readonly string[]>>;

export type SharedTable = keyof typeof SHARED_PARENTS;

export const isShared = (table: string): table is SharedTable => Object.hasOwn(SHARED_PARENTS, table);

/** The table each parent column points at. */
const PARENT_TABLE: Record<string, WrittenTable> = {
  organization_id: 'organization',
  service_id: 'service',
  location_id: 'location',
  service_at_location_id: 'service_at_location',
  contact_id: 'contact',
  phone_id: 'phone',
  channel_id: 'service_channel',
};

/** The tables some shared child points at. */
const PARENTS_OF_SHARED = new Set<WrittenTable>(Object.values(PARENT_TABLE));

/** Collection order: a contact before its phones, a phone before its languages. */
const SHARED_ORDER: SharedTable[] = ['contact', 'phone', 'language', 'schedule', 'funding'];

/** Shared rows whose parent keys changed, to check for orphans once the import has written. */
export type Detached = Map<SharedTable, Set<string>>;

/** Unhooks the shared children of these parents; a child another parent still holds stays. */
async function detachShared(
  tx: Conn,
  parent: WrittenTable,
  ids: string[],
  detached: Detached,
): Promise<void> {
  if (ids.length === 0) return;
  for (const table of SHARED_ORDER)
    for (const column of SHARED_PARENTS[table]) {
      if (PARENT_TABLE[column] !== parent) continue;
      const rows = await run(
        tx,
        `update ${quote(table)} set ${quote(column)} = null where ${any(column, 1)} returning "id"`,
        [ids],
      );
      if (rows.length === 0) continue;
      let set = detached.get(table);
      if (!set) detached.set(table, (set = new Set()));
      for (const row of rows) set.add(String(row.id));
    }
}

/**
 * Deletes the detached shared rows that no parent holds any more, with their attributes and metadata.
 * Their own children are unhooked first, so no cascade removes a phone or language another parent uses.
 */
export async function collectOrphans(tx: Conn, detached: Detached): Promise<void> {
  for (const table of SHARED_ORDER) {
    const candidates = [...(detached.get(table) ?? [])];
    if (candidates.length === 0) continue;
    const parentless = SHARED_PARENTS[table].map((column) => `${quote(column)} is null`).join(' and ');
    const orphans = (
      await run(tx, `select "id" from ${quote(table)} where ${any('id', 1)} and ${parentless}`, [candidates])
    ).map((row) => String(row.id));
    if (orphans.length === 0) continue;
    await detachShared(tx, table, orphans, detached);
    await deleteLinked(tx, orphans);
    await run(tx, `delete from ${quote(table)} where ${any('id', 1)}`, [orphans]);
  }
}

/**
 * Makes room for records written whole (ADR 0006). The children only these records own (a service's
 * service-at-locations, channels, areas…; a location's addresses; an organization's identifiers and the
 * programs it no longer lists) are deleted. Shared children (contacts, phones, languages, schedules,
 * funding) are unhooked from every row about to be written, so each written parent gets exactly the
 * children it now lists; `collectOrphans` deletes, after the write, those no parent holds any more.
 * The attributes and metadata of every written row are deleted too: the import writes them anew.
 */
export async function prepareReplace(
  tx: Conn,
  kind: 'service' | 'location' | 'organization' | 'other',
  replaced: string[],
  keptPrograms: string[],
  written: Map<WrittenTable, string[]>,
): Promise<Detached> {
  const detached: Detached = new Map();
  const owned: [table: WrittenTable, ids: string[]][] = [];
  if (replaced.length > 0 && kind === 'service') {
    const channels = await run(
      tx,
      `select "id", "mail_address_id" from "service_channel" where ${any('service_id', 1)}`,
      [replaced],
    );
    owned.push(
      [
        'address',
        channels.flatMap((c) => (typeof c.mail_address_id === 'string' ? [c.mail_address_id] : [])),
      ],
      ['service_at_location', await idsWhere(tx, 'service_at_location', [['service_id', replaced]])],
      ['service_channel', channels.map((c) => String(c.id))],
    );
    for (const table of ['service_area', 'required_document', 'cost_option', 'service_standard'] as const)
      owned.push([table, await idsWhere(tx, table, [['service_id', replaced]])]);
  }
  if (replaced.length > 0 && kind === 'location') {
    for (const table of ['address', 'accessibility'] as const)
      owned.push([table, await idsWhere(tx, table, [['location_id', replaced]])]);
  }
  if (replaced.length > 0 && kind === 'organization') {
    const kept = new Set(keptPrograms);
    owned.push(
      [
        'organization_identifier',
        await idsWhere(tx, 'organization_identifier', [['organization_id', replaced]]),
      ],
      [
        'program',
        (await idsWhere(tx, 'program', [['organization_id', replaced]])).filter((id) => !kept.has(id)),
      ],
    );
  }
  // A row not yet stored holds no shared child: the parent keys are foreign keys to stored rows. Probing
  // the primary key first spares an import of new records an update per parent key of every table.
  for (const [table, ids] of written) {
    if (!PARENTS_OF_SHARED.has(table)) continue;
    const stored = table === kind ? replaced : [...(await existingIds(tx, table, ids))];
    await detachShared(tx, table, stored, detached);
  }
  for (const [table, ids] of owned) await detachShared(tx, table, ids, detached);
  await deleteLinked(tx, [
    ...[...written].flatMap(([table, ids]) => (table === 'attribute' || table === 'metadata' ? [] : ids)),
    ...owned.flatMap(([, ids]) => ids),
  ]);
  for (const [table, ids] of owned) if (ids.length > 0) await deleteWhere(tx, [table], 'id', ids);
  return detached;
}

/* ---------- reads ---------- */

/** Splits a long id list so no statement exceeds the parameter limit. */
export async function inBatches<T>(ids: string[], load: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  if (ids.length === 0) return [];
  if (ids.length <= 20_000) return load(ids);
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 20_000) out.push(...(await load(ids.slice(i, i + 20_000))));
  return out;
}

type ParentColumn<T extends CatalogTable> = {
  [K in keyof Database[T]]: K extends `${string}_id` ? K : never;
}[keyof Database[T]] &
  string;

/** Rows of a child table whose parent column is one of `ids`, in their stored order. */
export async function childRows<T extends WrittenTable>(
  db: Conn,
  table: T,
  column: ParentColumn<T> | 'id',
  ids: string[],
): Promise<RowValues[]> {
  const ordered = (COLUMNS[table] as readonly string[]).includes('position') ? `"position", "id"` : `"id"`;
  return inBatches(ids, (batch) =>
    run(
      db,
      `select * from ${quote(table)} where ${quote(column)} in (${placeholders(batch.length)}) order by ${ordered}`,
      batch,
    ),
  );
}

export { sql };
