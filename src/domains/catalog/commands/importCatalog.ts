/**
 * Saves a catalog bundle: validates every record, checks what it points at, and upserts it with all its
 * children, chunk by chunk, in one transaction. See README.md for the invariants.
 */
import type { ZodType } from 'zod';
import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ImportFailedError } from '../errors.js';
import {
  collectOrphans,
  existingIds,
  externalIdOwners,
  isShared,
  prepareReplace,
  programOwners,
  servicesOfOrganizations,
  SHARED_PARENTS,
  upsertRows,
  WRITE_ORDER,
  type RowValues,
  type WrittenTable,
} from '../repository.js';
import {
  JurisdictionInput,
  LocationInput,
  OrganizationInput,
  ServiceInput,
  TaxonomyInput,
  TaxonomyTermInput,
  type CatalogBundleInput,
} from '../schemas.js';
import type { ImportOptions, ImportReport } from '../types.js';
import { RecordRows, recordRows, type RefKind } from './rows.js';

type Kind = 'jurisdictions' | 'taxonomies' | 'taxonomy_terms' | 'organizations' | 'locations' | 'services';

interface KindSpec {
  table: WrittenTable & (RefKind | 'service');
  schema: ZodType;
  /** A reference to a record of the same kind (written in the same transaction; sorted parents first). */
  parent?: string;
}

/** Kinds in the order they are written, so references point backwards. */
const KINDS: [Kind, KindSpec][] = [
  ['jurisdictions', { table: 'jurisdiction', schema: JurisdictionInput, parent: 'parent_id' }],
  ['taxonomies', { table: 'taxonomy', schema: TaxonomyInput }],
  ['taxonomy_terms', { table: 'taxonomy_term', schema: TaxonomyTermInput, parent: 'parent_id' }],
  [
    'organizations',
    {
      table: 'organization',
      schema: OrganizationInput,
      parent: 'parent_organization_id',
    },
  ],
  ['locations', { table: 'location', schema: LocationInput }],
  ['services', { table: 'service', schema: ServiceInput }],
];

const REF_LABEL: Record<RefKind, string> = {
  jurisdiction: 'jurisdiction',
  taxonomy: 'taxonomy',
  taxonomy_term: 'taxonomy term',
  organization: 'organization',
  location: 'location',
  program: 'program',
};

/* ---------- validation ---------- */

/** Stands for the language a pending record lacks while the strict schema checks everything else. */
const PENDING = '\u0000pending-translation\u0000';
const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy where every `{ en, fr }` with exactly one language given has the other filled with PENDING. */
function fillPending(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fillPending);
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => k === 'en' || k === 'fr')) {
    const { en, fr } = value;
    if (blank(en) && typeof fr === 'string' && !blank(fr)) return { en: PENDING, fr };
    if (blank(fr) && typeof en === 'string' && !blank(en)) return { en, fr: PENDING };
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPending(v)]));
}

/** Stores the missing language as an empty string. */
function clearPending(value: unknown): unknown {
  if (value === PENDING) return '';
  if (Array.isArray(value)) return value.map(clearPending);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clearPending(v)]));
}

type Checked = { ok: true; data: unknown } | { ok: false; problems: { field?: string; reason: string }[] };

/**
 * Strict bilingual validation, except that a record marked `translation_pending` may lack one language
 * in any of its text fields (the PendingTextSchema rule: one language, never none).
 */
function validate(schema: ZodType, raw: unknown): Checked {
  const pending = isPlainObject(raw) && raw.translation_pending === true;
  const result = schema.safeParse(pending ? fillPending(raw) : raw);
  if (result.success) return { ok: true, data: pending ? clearPending(result.data) : result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      return field ? { field, reason: issue.message } : { reason: issue.message };
    }),
  };
}

function describe(kind: Kind, index: number, raw: unknown): string {
  if (!isPlainObject(raw)) return `${kind}[${index}]`;
  const name = raw.name;
  const label = typeof name === 'string' ? name : isPlainObject(name) ? (name.en ?? name.fr) : undefined;
  const id = typeof raw.id === 'string' ? `id ${raw.id}` : 'no id';
  return `${kind}[${index}] (${id}${typeof label === 'string' && label ? `, "${label}"` : ''})`;
}

/** Parents before children, so a same-kind reference always points at a record already written. */
function parentsFirst<T>(items: T[], idOf: (item: T) => unknown, parentOf: (item: T) => unknown): T[] {
  const byId = new Map<unknown, T>();
  for (const item of items) if (typeof idOf(item) === 'string') byId.set(idOf(item), item);
  const placed = new Set<T>();
  const out: T[] = [];
  const visit = (item: T, depth: number) => {
    if (placed.has(item)) return;
    placed.add(item);
    const parent = byId.get(parentOf(item));
    if (parent && depth < 1000) visit(parent, depth + 1);
    out.push(item);
  };
  for (const item of items) visit(item, 0);
  return out;
}

/* ---------- children given more than once ---------- */

/** Tables whose rows may be given more than once: shared children, and the attributes and metadata they carry. */
const repeatable = (table: WrittenTable) => isShared(table) || table === 'attribute' || table === 'metadata';

/** Columns that say where a row hangs rather than what it holds. */
function placement(table: WrittenTable, column: string): boolean {
  return (
    column === 'position' ||
    (isShared(table) && (SHARED_PARENTS[table] as readonly string[]).includes(column))
  );
}

const same = (a: unknown, b: unknown) =>
  a === b || ((a ?? null) === null && (b ?? null) === null) || JSON.stringify(a) === JSON.stringify(b);

/**
 * Why `row` cannot be the same record as `seen` (the row already given under this id), or undefined when it
 * can: the same content, and no parent key that already names another parent.
 */
function conflict(table: WrittenTable, seen: RowValues, row: RowValues): string | undefined {
  const label = `The ${table.replaceAll('_', ' ')} id ${String(row.id)}`;
  if (!repeatable(table)) return `${label} is used by more than one record`;
  for (const column of Object.keys(row)) {
    if (placement(table, column)) {
      const [a, b] = [seen[column], row[column]];
      if (column !== 'position' && a != null && b != null && a !== b)
        return `${label} is given under two ${column.slice(0, -3).replaceAll('_', ' ')}s (${String(a)} and ${String(b)}); it can belong to one`;
    } else if (!same(seen[column], row[column]))
      return `${label} is given more than once with different content (${column})`;
  }
  return undefined;
}

/** Adds the parent keys of a repeated row to the row already given. */
function mergeInto(table: WrittenTable, seen: RowValues, row: RowValues): void {
  if (!isShared(table)) return;
  for (const column of SHARED_PARENTS[table]) if (seen[column] == null) seen[column] = row[column] ?? null;
}

/* ---------- the writer ---------- */

export interface CatalogWriter {
  /**
   * Validates and writes one part of a bundle. A record may point at records written by earlier calls,
   * at records of the same part, or at records already in the catalog. With `pipelined`, the part's
   * writes may still be running when this resolves: the next call or `finish()` waits for them, and the
   * caller must not use the transaction in between.
   */
  write(part: CatalogBundleInput): Promise<void>;
  /**
   * Waits until no write of this writer is running, whatever its outcome. A pipelined writer's caller
   * calls it before leaving the transaction on an error: a statement sent after the rollback would run
   * outside the transaction and be kept.
   */
  settle(): Promise<void>;
  /** Waits for the last writes, writes the audit row and returns the report; throws ImportFailedError when records were refused and skipInvalid is not set. */
  finish(): Promise<ImportReport>;
  readonly report: ImportReport;
}

interface Pending {
  index: number;
  where: string;
  id: string;
  rows: RecordRows;
  externalId?: string | undefined;
  programs: string[];
}

const YIELD_EVERY = 100;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A writer for imports fed in parts (the HSDS reader streams 100,000 services from files). Use it inside
 * a transaction; `finish()` throwing rolls the whole import back with the caller's transaction.
 */
export function createCatalogWriter(
  tx: Tx,
  options: ImportOptions & { total?: number; pipelined?: boolean },
): CatalogWriter {
  const chunkSize = Math.max(1, options.chunkSize ?? 2000);
  const report: ImportReport = {
    read: 0,
    created: 0,
    updated: 0,
    rejected: [],
    written: { tables: [], services: [] },
  };
  const writtenTables = new Set<WrittenTable>();
  const writtenServices: string[] = [];
  /** Organizations replaced: their services' searchable text names them. */
  const replacedOrganizations: string[] = [];
  const counters = new Map<Kind, number>();
  const known: Record<RefKind | 'service', Set<string>> = {
    service: new Set(),
    jurisdiction: new Set(),
    taxonomy: new Set(),
    taxonomy_term: new Set(),
    organization: new Set(),
    location: new Set(),
    program: new Set(),
  };
  const programOrganization = new Map<string, string>();
  const now = new Date().toISOString();
  let finished = false;
  /**
   * The last batch's writes. When pipelined they run on the server while the next batch is checked in
   * Node (the two overlap on a PostgreSQL server); every batch waits for them before it reads, so a
   * failed write surfaces as itself and each read sees the rows written before it.
   */
  let writes: Promise<void> = Promise.resolve();

  const reject = (where: string, reason: string, field?: string) => {
    report.rejected.push(field ? { where, field, reason } : { where, reason });
  };
  /** Once a record is refused without skipInvalid nothing will be kept: keep checking, stop writing. */
  const writing = () => options.skipInvalid || report.rejected.length === 0;

  async function resolve(kind: RefKind, ids: Set<string>): Promise<void> {
    const unknown = [...ids].filter((id) => !known[kind].has(id));
    if (unknown.length === 0) return;
    if (kind === 'program') {
      for (const [id, organization] of await programOwners(tx, unknown)) {
        known.program.add(id);
        programOrganization.set(id, organization);
      }
      return;
    }
    for (const id of await existingIds(tx, kind, unknown)) known[kind].add(id);
  }

  async function processBatch(
    kind: Kind,
    spec: KindSpec,
    items: { raw: unknown; index: number }[],
  ): Promise<void> {
    const accepted: Pending[] = [];
    /** Every row given in this batch so far, parent keys merged: checks repeated children. */
    const given = new Map<string, RowValues>();
    const batchIds = new Set<string>();
    for (const [position, { raw, index }] of items.entries()) {
      // Let the event loop send the last batch's next statement while this one is checked.
      if (position % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
      const where = describe(kind, index, raw);
      const checked = validate(spec.schema, raw);
      if (!checked.ok) {
        for (const p of checked.problems) reject(where, p.reason, p.field);
        continue;
      }
      const record = checked.data as { id: string; external_id?: string | null; programs?: { id: string }[] };
      if (batchIds.has(record.id)) {
        reject(where, `The id ${record.id} appears twice in this import`, 'id');
        continue;
      }
      const rows = new RecordRows(options.source);
      recordRows(rows, spec.table, record, now);
      // A child given twice (HSDS repeats a phone under its service, location and contact) is one row
      // holding every parent key, provided both copies say the same thing.
      const own = new Map<string, RowValues>();
      let problem: string | undefined;
      for (const [table, row] of rows.rows) {
        const key = `${table}:${String(row.id)}`;
        const seen = own.get(key) ?? given.get(key);
        if (seen) problem = conflict(table, seen, row);
        if (problem) break;
        if (seen) mergeInto(table, seen, row);
        else own.set(key, { ...row });
      }
      if (problem) {
        reject(where, problem);
        continue;
      }
      for (const [key, row] of own) {
        const seen = given.get(key);
        if (seen) mergeInto(key.slice(0, key.indexOf(':')) as WrittenTable, seen, row);
        else given.set(key, row);
      }
      batchIds.add(record.id);
      accepted.push({
        index,
        where,
        id: record.id,
        rows,
        externalId: record.external_id ?? undefined,
        programs: (record.programs ?? []).map((p) => p.id),
      });
    }

    await writes;
    if (spec.table === 'service' || spec.table === 'organization') {
      const table = spec.table;
      const claimed = await externalIdOwners(
        tx,
        table,
        options.source,
        accepted.flatMap((r) => (r.externalId ? [r.externalId] : [])),
      );
      const seen = new Map<string, string>();
      for (const record of [...accepted]) {
        if (!record.externalId) continue;
        const owner = seen.get(record.externalId) ?? claimed.get(record.externalId);
        if (owner && owner !== record.id) {
          reject(
            record.where,
            `The external id ${record.externalId} from ${options.source} already belongs to ${table} ${owner}`,
            'external_id',
          );
          accepted.splice(accepted.indexOf(record), 1);
        } else seen.set(record.externalId, record.id);
      }
    }

    // References: to records written earlier in this import, already in the catalog, or in this batch.
    const wanted = new Map<RefKind, Set<string>>();
    for (const record of accepted)
      for (const ref of record.rows.refs) {
        if (!wanted.has(ref.kind)) wanted.set(ref.kind, new Set());
        wanted.get(ref.kind)!.add(ref.id);
      }
    for (const [refKind, ids] of wanted) await resolve(refKind, ids);
    for (const record of accepted)
      for (const program of record.programs) programOrganization.set(program, record.id);

    let kept = accepted;
    for (let changed = true; changed;) {
      changed = false;
      const inBatch = new Set(kept.map((r) => r.id));
      const next: Pending[] = [];
      for (const record of kept) {
        const broken = record.rows.refs.find((ref) => {
          if (ref.kind === 'program') {
            const owner = programOrganization.get(ref.id);
            return !owner || owner !== ref.organizationId;
          }
          return !(known[ref.kind].has(ref.id) || (ref.kind === spec.table && inBatch.has(ref.id)));
        });
        if (!broken) {
          next.push(record);
          continue;
        }
        changed = true;
        const label = REF_LABEL[broken.kind];
        const owner = broken.kind === 'program' ? programOrganization.get(broken.id) : undefined;
        const reason = owner
          ? `The program ${broken.id} belongs to another organization (${owner}), not to ${broken.organizationId}`
          : `Unknown ${label} ${broken.id}: it is neither in this import nor in the catalog`;
        reject(record.where, reason, broken.field);
      }
      kept = next;
    }

    report.read += items.length;
    if (kept.length === 0) return;
    const ids = kept.map((r) => r.id);
    const existing = await existingIds(tx, spec.table, ids);
    report.updated += existing.size;
    report.created += kept.length - existing.size;
    for (const id of ids) known[spec.table].add(id);
    if (spec.table === 'organization') {
      for (const record of kept) for (const program of record.programs) known.program.add(program);
    }
    if (!writing()) return;

    // Rows by table and id: a child given under several parents is written once with every parent key.
    const byTable = new Map<WrittenTable, Map<string, RowValues>>();
    for (const record of kept)
      for (const [table, row] of record.rows.rows) {
        let rowsById = byTable.get(table);
        if (!rowsById) byTable.set(table, (rowsById = new Map()));
        const id = String(row.id);
        const seen = rowsById.get(id);
        if (seen) mergeInto(table, seen, row);
        else rowsById.set(id, { ...row });
      }
    const keptPrograms = kept.filter((r) => existing.has(r.id)).flatMap((r) => r.programs);
    const detached = await prepareReplace(
      tx,
      spec.table === 'service' || spec.table === 'location' || spec.table === 'organization'
        ? spec.table
        : 'other',
      [...existing],
      keptPrograms,
      new Map([...byTable].map(([table, rowsById]) => [table, [...rowsById.keys()]])),
    );
    const tables = WRITE_ORDER.filter((table) => byTable.has(table));
    for (const table of tables) writtenTables.add(table);
    writes = (async () => {
      for (const table of tables) await upsertRows(tx, table, [...byTable.get(table)!.values()]);
      await collectOrphans(tx, detached);
    })();
    // Awaited by the next batch or by finish(); until then a failure must not count as unhandled.
    writes.catch(() => undefined);
    if (!options.pipelined) await writes;
    if (spec.table === 'service') writtenServices.push(...ids);
    if (spec.table === 'organization') replacedOrganizations.push(...existing);
  }

  return {
    report,
    async settle() {
      await writes.catch(() => undefined);
    },
    async write(part) {
      if (finished) throw new Error('This catalog writer has finished.');
      const bundle = (isPlainObject(part) ? part : {}) as Record<string, unknown>;
      for (const [kind, spec] of KINDS) {
        const value = bundle[kind];
        if (value === undefined || value === null) continue;
        if (!Array.isArray(value)) {
          reject(kind, 'Must be a list of records');
          continue;
        }
        const start = counters.get(kind) ?? 0;
        counters.set(kind, start + value.length);
        let items = value.map((raw: unknown, i) => ({ raw, index: start + i }));
        if (spec.parent) {
          const parent = spec.parent;
          items = parentsFirst(
            items,
            (item) => (isPlainObject(item.raw) ? item.raw.id : undefined),
            (item) => (isPlainObject(item.raw) ? item.raw[parent] : undefined),
          );
        }
        for (let i = 0; i < items.length; i += chunkSize) {
          await processBatch(kind, spec, items.slice(i, i + chunkSize));
          options.onProgress?.(report.read, Math.max(options.total ?? 0, report.read));
        }
      }
    },
    async finish() {
      finished = true;
      await writes;
      if (report.rejected.length > 0 && !options.skipInvalid) throw new ImportFailedError(report);
      report.written = {
        tables: WRITE_ORDER.filter((table) => writtenTables.has(table)),
        services: [
          ...new Set([...writtenServices, ...(await servicesOfOrganizations(tx, replacedOrganizations))]),
        ],
      };
      await appendAudit(tx, {
        actor: options.actor,
        action: 'catalog.import',
        entity_type: 'import',
        detail: {
          source: options.source,
          read: report.read,
          created: report.created,
          updated: report.updated,
          rejected: report.rejected.length,
        },
      });
      return report;
    },
  };
}

/** The records of a bundle as importCatalog counts them in its progress: every kind it writes. */
export function countRecords(bundle: CatalogBundleInput): number {
  let total = 0;
  for (const [kind] of KINDS) {
    const value = (bundle as Record<string, unknown>)[kind];
    if (Array.isArray(value)) total += value.length;
  }
  return total;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<CatalogBundleInput> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * Imports a bundle (or a stream of bundle parts) in one transaction. Records are upserted by id: an
 * existing record is replaced whole with its children. When any record is refused the import throws
 * ImportFailedError and writes nothing, unless `skipInvalid` is set.
 */
export async function importCatalog(
  db: Db | Tx,
  bundle: CatalogBundleInput | AsyncIterable<CatalogBundleInput>,
  options: ImportOptions,
): Promise<ImportReport> {
  return withTransaction(db, async (tx) => {
    const writer = createCatalogWriter(tx, {
      ...options,
      ...(isAsyncIterable(bundle) ? {} : { total: countRecords(bundle) }),
      pipelined: true,
    });
    try {
      if (isAsyncIterable(bundle)) for await (const part of bundle) await writer.write(part);
      else await writer.write(bundle);
      return await writer.finish();
    } finally {
      await writer.settle();
    }
  });
}
