/**
 * Saves a catalog bundle: validates every record, checks what it points at, and upserts it with all its
 * children, chunk by chunk, in one transaction. See README.md for the invariants.
 */
import type { ZodType } from 'zod';
import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ImportFailedError } from '../errors.js';
import {
  deleteLocationChildren,
  deleteOrganizationChildren,
  deleteServiceChildren,
  existingIds,
  externalIdOwners,
  programOwners,
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
import {
  jurisdictionRows,
  locationRows,
  organizationRows,
  RecordRows,
  serviceRows,
  taxonomyRows,
  taxonomyTermRows,
  type RefKind,
} from './rows.js';

type Kind = 'jurisdictions' | 'taxonomies' | 'taxonomy_terms' | 'organizations' | 'locations' | 'services';

interface KindSpec {
  table: WrittenTable & (RefKind | 'service');
  schema: ZodType;
  rows: (out: RecordRows, record: never, now: string) => void;
  /** A reference to a record of the same kind (written in the same transaction; sorted parents first). */
  parent?: string;
}

/** Kinds in the order they are written, so references point backwards. */
const KINDS: [Kind, KindSpec][] = [
  [
    'jurisdictions',
    { table: 'jurisdiction', schema: JurisdictionInput, rows: jurisdictionRows, parent: 'parent_id' },
  ],
  ['taxonomies', { table: 'taxonomy', schema: TaxonomyInput, rows: taxonomyRows }],
  [
    'taxonomy_terms',
    { table: 'taxonomy_term', schema: TaxonomyTermInput, rows: taxonomyTermRows, parent: 'parent_id' },
  ],
  [
    'organizations',
    {
      table: 'organization',
      schema: OrganizationInput,
      rows: organizationRows,
      parent: 'parent_organization_id',
    },
  ],
  ['locations', { table: 'location', schema: LocationInput, rows: locationRows }],
  ['services', { table: 'service', schema: ServiceInput, rows: serviceRows }],
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

/* ---------- the writer ---------- */

export interface CatalogWriter {
  /**
   * Validates and writes one part of a bundle. A record may point at records written by earlier calls,
   * at records of the same part, or at records already in the catalog.
   */
  write(part: CatalogBundleInput): Promise<void>;
  /** Writes the audit row and returns the report; throws ImportFailedError when records were refused and skipInvalid is not set. */
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

/**
 * A writer for imports fed in parts (the HSDS reader streams 100,000 services from files). Use it inside
 * a transaction; `finish()` throwing rolls the whole import back with the caller's transaction.
 */
export function createCatalogWriter(tx: Tx, options: ImportOptions & { total?: number }): CatalogWriter {
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const report: ImportReport = { read: 0, created: 0, updated: 0, rejected: [] };
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
    const childOwner = new Map<string, string>();
    const batchIds = new Set<string>();
    for (const { raw, index } of items) {
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
      spec.rows(rows, record as never, now);
      const own = new Set<string>();
      const clash = rows.rows.find(([table, row]) => {
        const key = `${table}:${String(row.id)}`;
        const owner = childOwner.get(key);
        if (own.has(key) || (owner !== undefined && owner !== record.id)) return true;
        own.add(key);
        return false;
      });
      if (clash) {
        reject(
          where,
          `The ${clash[0].replaceAll('_', ' ')} id ${String(clash[1].id)} is used by more than one record`,
        );
        continue;
      }
      for (const [table, row] of rows.rows) childOwner.set(`${table}:${String(row.id)}`, record.id);
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

    const replaced = [...existing];
    if (spec.table === 'service') await deleteServiceChildren(tx, replaced);
    if (spec.table === 'location') await deleteLocationChildren(tx, replaced);
    if (spec.table === 'organization') {
      const keptPrograms = kept.filter((r) => existing.has(r.id)).flatMap((r) => r.programs);
      await deleteOrganizationChildren(tx, replaced, keptPrograms);
    }
    const byTable = new Map<WrittenTable, RowValues[]>();
    for (const record of kept)
      for (const [table, row] of record.rows.rows) {
        let list = byTable.get(table);
        if (!list) byTable.set(table, (list = []));
        list.push(row);
      }
    for (const table of WRITE_ORDER) {
      const rows = byTable.get(table);
      if (rows) await upsertRows(tx, table, rows);
    }
  }

  return {
    report,
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
      if (report.rejected.length > 0 && !options.skipInvalid) throw new ImportFailedError(report);
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

function countRecords(bundle: CatalogBundleInput): number {
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
    if (isAsyncIterable(bundle)) {
      const writer = createCatalogWriter(tx, options);
      for await (const part of bundle) await writer.write(part);
      return writer.finish();
    }
    const writer = createCatalogWriter(tx, { ...options, total: countRecords(bundle) });
    await writer.write(bundle);
    return writer.finish();
  });
}
