/**
 * Whole records in one statement. From a table's descriptor comes one query: a CTE per path of the record
 * tree (a service's channels, their hours, their mail address…), set-based on the ids asked for, and one
 * result row per record found (as jsonb), attributes and metadata of every record included. The rows are
 * then nested in memory, children in their stored order, absent values left out, instants as ISO 8601.
 */
import { CompiledQuery } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import { TABLES, readColumns, type CatalogTableName } from '../tables.js';

type Conn = Db | Tx;
type Json = Record<string, unknown>;

const ATTRIBUTE_FIELDS = ['id', 'taxonomy_term_id', 'link_type', 'value', 'label'] as const;
const METADATA_FIELDS = [
  'id',
  'last_action_date',
  'last_action_type',
  'field_name',
  'previous_value',
  'replacement_value',
  'updated_by',
] as const;

const quote = (name: string) => `"${name}"`;

function table(name: string): CatalogTableName {
  if (!Object.hasOwn(TABLES, name)) throw new Error(`No catalog table '${name}' in the descriptors`);
  return name as CatalogTableName;
}

const hasPosition = (name: CatalogTableName) => Object.hasOwn(TABLES[name].columns, 'position');

/** The columns a record carries when read, from its row: absent values left out, instants as ISO 8601. */
function columnsOf(name: CatalogTableName, row: Json): Json {
  const columns = TABLES[name].columns;
  const out: Json = {};
  for (const column of readColumns(name)) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    out[column] = columns[column]!.role === 'instant' ? new Date(value as string).toISOString() : value;
  }
  return out;
}

function compactOf(row: Json, fields: readonly string[]): Json {
  const out: Json = {};
  for (const field of fields) {
    const value = row[field];
    if (value !== null && value !== undefined) out[field] = value;
  }
  return out;
}

interface Part {
  /** CTE name. */
  cte: string;
  table: CatalogTableName;
  /** Index of the parent part (-1 for the root), the child key under it, and how it hangs. */
  parent: number;
  key: string;
  by: string;
  one: boolean;
  /** Indexes of the parts nested under this one. */
  children: number[];
}

function partsOf(root: CatalogTableName): Part[] {
  const parts: Part[] = [{ cte: 'p0', table: root, parent: -1, key: '', by: 'id', one: false, children: [] }];
  for (let i = 0; i < parts.length; i += 1) {
    for (const [key, child] of Object.entries(TABLES[parts[i]!.table].children)) {
      parts[i]!.children.push(parts.length);
      parts.push({
        cte: `p${parts.length}`,
        table: table(child.table),
        parent: i,
        key,
        by: child.by,
        one: child.one === true,
        children: [],
      });
    }
  }
  return parts;
}

/** The roots whose whole records load through a database function (migration 0013 creates them). */
export const WHOLE_RECORD_ROOTS = ['service', 'location', 'organization'] as const;
type Root = (typeof WHOLE_RECORD_ROOTS)[number];

export const wholeRecordFunction = (root: Root) => `catalog_whole_${root}`;

/**
 * The database function that returns every row of the whole records of `root` with these ids: one
 * result row per record (root, child or attribute), tagged with its part of the tree. A PL/pgSQL
 * function, so each connection plans the statement once rather than at every call. Rows travel as
 * jsonb of the whole row, so a new column needs no new function; a new child table does (a migration).
 */
export function wholeRecordFunctionSql(root: Root): string {
  const parts = partsOf(root);
  const ctes = parts.map((part) => {
    if (part.parent < 0) return `p0 as (select * from ${quote(part.table)} where "id" = any(p_ids))`;
    const parent = parts[part.parent]!;
    // `= any(array(…))` keeps index lookups in the plan each connection caches, whatever the set's size.
    const where = part.one
      ? `"id" = any(array(select ${quote(part.by)} from ${parent.cte}))`
      : `${quote(part.by)} = any(array(select "id" from ${parent.cte}))`;
    return `${part.cte} as (select * from ${quote(part.table)} where ${where})`;
  });
  const owners = parts
    .filter((part) => TABLES[part.table].linked)
    .map((part) => `select "id" from ${part.cte}`)
    .join(' union all ');
  ctes.push(
    `pa as (select * from "attribute" where "link_id" = any(array(${owners})))`,
    `pm as (select * from "metadata" where "resource_id" = any(array(${owners})))`,
  );
  const branch = (index: number, cte: string, positioned: boolean) =>
    `select ${index}, ${positioned ? 'x."position"' : 'null::int'}, x."id", to_jsonb(x) from ${cte} x`;
  const branches = [
    ...parts.map((part, index) => branch(index, part.cte, hasPosition(part.table))),
    branch(-1, 'pa', true),
    branch(-2, 'pm', true),
  ];
  return [
    `CREATE OR REPLACE FUNCTION ${wholeRecordFunction(root)}(p_ids text[])`,
    `RETURNS TABLE (r_part int, r_position int, r_id text, r_row jsonb) LANGUAGE plpgsql STABLE AS $body$`,
    `BEGIN`,
    `RETURN QUERY`,
    `WITH ${ctes.join(',\n')}`,
    `${branches.join('\nUNION ALL\n')}`,
    `ORDER BY 1, 2, 3;`,
    `END`,
    `$body$`,
  ].join('\n');
}

const trees = new Map<CatalogTableName, Part[]>();

function treeOf(root: Root): Part[] {
  let parts = trees.get(root);
  if (!parts) trees.set(root, (parts = partsOf(root)));
  return parts;
}

/** Whole records of a catalog table, in the order of `ids` (unknown ids left out), in one statement. */
export async function loadWhole<T>(db: Conn, name: Root, ids: string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.executeQuery<WholeRow>(
    CompiledQuery.raw(
      `select r_part as "part", r_row as "row" from ${wholeRecordFunction(name)}($1::text[])`,
      [[...new Set(ids)]],
    ),
  );
  return assembleWhole<T>(name, rows, ids);
}

/** One row of a whole-record function: its part of the record tree and the row as jsonb. */
export interface WholeRow {
  part: number;
  row: Json;
}

/**
 * Nests the rows of a whole-record function into records, in the order of `ids` (unknown ids left out).
 * Rows come ordered by part, position and id, as the function returns them.
 */
export function assembleWhole<T>(name: Root, rows: readonly WholeRow[], ids: readonly string[]): T[] {
  const parts = treeOf(name);
  const attributes = new Map<string, Json[]>();
  const metadata = new Map<string, Json[]>();
  const byPart: Json[][] = parts.map(() => []);
  for (const { part, row } of rows) {
    if (part === -1) push(attributes, String(row.link_id), compactOf(row, ATTRIBUTE_FIELDS));
    else if (part === -2) push(metadata, String(row.resource_id), compactOf(row, METADATA_FIELDS));
    else byPart[part]!.push(row);
  }
  // Deepest parts first: each record is complete before its parent takes it.
  const built: Map<string, Json>[] = parts.map(() => new Map());
  const childrenOf: Map<string, Json[]>[] = parts.map(() => new Map());
  for (let index = parts.length - 1; index >= 0; index -= 1) {
    const part = parts[index]!;
    const descriptor = TABLES[part.table];
    for (const row of byPart[index]!) {
      const id = String(row.id);
      const out = columnsOf(part.table, row);
      for (const childIndex of part.children) {
        const child = parts[childIndex]!;
        if (child.one) {
          const ref = row[child.by];
          const found = typeof ref === 'string' ? built[childIndex]!.get(ref) : undefined;
          if (found) out[child.key] = found;
        } else out[child.key] = childrenOf[childIndex]!.get(id) ?? [];
      }
      if (descriptor.linked) {
        out.attributes = attributes.get(id) ?? [];
        out.metadata = metadata.get(id) ?? [];
      }
      built[index]!.set(id, out);
      if (part.parent >= 0 && !part.one) {
        const parentKey = row[part.by];
        if (typeof parentKey === 'string') push(childrenOf[index]!, parentKey, out);
      }
    }
  }
  return ids.flatMap((id) => {
    const found = built[0]!.get(id) as T | undefined;
    return found ? [found] : [];
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A record without its children (every child list empty), from its row as jsonb: for summaries, which
 * show a record's own fields only.
 */
export function bareRecord<T>(name: CatalogTableName, row: Json): T {
  const descriptor = TABLES[name];
  const out = columnsOf(name, row);
  for (const [key, child] of Object.entries(descriptor.children)) if (!child.one) out[key] = [];
  if (descriptor.linked) {
    out.attributes = [];
    out.metadata = [];
  }
  return out as T;
}
