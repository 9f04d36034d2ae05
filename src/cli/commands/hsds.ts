/**
 * `stitch import hsds` and `stitch export hsds`: Open Referral HSDS 3.0 files in and out of the catalog.
 * Import reads everything first and writes in one transaction (nothing is written when anything is refused,
 * unless --skip-invalid). Export streams services in batches, so a 100,000-service catalog never sits in memory.
 */
import {
  createWriteStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { basename, join, resolve } from 'node:path';
import { hsds } from '../../domains/catalog/index.js';
import { isStitchError } from '../../platform/errors/index.js';
import type { Db } from '../../platform/db/index.js';
import { createProgress, formatSummary, type ImportSummary, type Rejection } from '../progress.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

export interface HsdsImportArgs {
  path: string;
  untranslated: 'refuse' | 'hold';
  skipInvalid: boolean;
}

export const IMPORT_HSDS_USAGE = 'stitch import hsds <file|dir> [--untranslated hold] [--skip-invalid]';
export const EXPORT_HSDS_USAGE = 'stitch export hsds <dir> [--format json|csv|both]';

export function parseImportArgs(args: string[]): HsdsImportArgs {
  let path: string | undefined;
  let untranslated: 'refuse' | 'hold' = 'refuse';
  let skipInvalid = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--skip-invalid') skipInvalid = true;
    else if (arg === '--untranslated' || arg.startsWith('--untranslated=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : args[++i];
      if (value !== 'hold' && value !== 'refuse')
        throw new CliExit(EXIT.usage, `--untranslated takes hold or refuse.\n\n${IMPORT_HSDS_USAGE}`);
      untranslated = value;
    } else if (arg.startsWith('-'))
      throw new CliExit(EXIT.usage, `Unknown option ${arg}.\n\n${IMPORT_HSDS_USAGE}`);
    else if (!path) path = arg;
    else throw new CliExit(EXIT.usage, `One file or folder at a time.\n\n${IMPORT_HSDS_USAGE}`);
  }
  if (!path) throw new CliExit(EXIT.usage, IMPORT_HSDS_USAGE);
  return { path: resolve(path), untranslated, skipInvalid };
}

export interface ReadHsdsResult {
  documents: hsds.HsdsDocument[];
  rejected: Rejection[];
  notes: string[];
}

/** Reads a JSON file, a folder of JSON files, or a folder holding a CSV data package, into HSDS documents. */
export function readHsdsPath(path: string): ReadHsdsResult {
  if (!existsSync(path)) throw new CliExit(EXIT.noInput, `No such file or folder: ${path}`);
  const rejected: Rejection[] = [];
  const notes: string[] = [];
  const documents: hsds.HsdsDocument[] = [];
  const readJson = (file: string, label: string) => {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      rejected.push({ where: label, reason: `Not valid JSON: ${(error as Error).message}` });
      return;
    }
    const unpacked = hsds.unpackHsdsJson(value, label, hsds.kindFromFileName(label));
    documents.push(...unpacked.documents);
    rejected.push(...unpacked.rejected);
  };
  if (!statSync(path).isDirectory()) {
    readJson(path, basename(path));
    return { documents, rejected, notes };
  }
  const files = readdirSync(path).sort();
  if (files.some((file) => file.toLowerCase().endsWith('.csv'))) {
    const tables: hsds.CsvRows = {};
    for (const [table, [file]] of Object.entries(hsds.CSV_TABLES) as [
      hsds.CsvTable,
      readonly [string, string],
    ][]) {
      if (!files.includes(file)) continue;
      const parsed = hsds.parseCsv(readFileSync(join(path, file), 'utf8'), file);
      tables[table] = parsed.rows;
      rejected.push(...parsed.rejected);
    }
    const joined = hsds.csvToDocuments(tables);
    documents.push(...joined.documents);
    notes.push(...joined.notes);
    return { documents, rejected, notes };
  }
  for (const file of files)
    if (file.toLowerCase().endsWith('.json') && file !== 'datapackage.json') readJson(join(path, file), file);
  if (documents.length === 0 && rejected.length === 0)
    rejected.push({ where: path, reason: 'No HSDS JSON or CSV files in this folder.' });
  return { documents, rejected, notes };
}

/** Checks each document against the official HSDS schema; the records that break it are named. */
export function checkDocuments(
  documents: hsds.HsdsDocument[],
  notes: string[],
): { valid: hsds.HsdsDocument[]; rejected: Rejection[] } {
  const validator = hsds.hsdsValidator();
  if (!validator) {
    notes.push(`HSDS schemas not found at ${hsds.hsdsSchemaDir()}: records were not checked against them.`);
    return { valid: documents, rejected: [] };
  }
  const kinds: Record<hsds.HsdsKind, hsds.HsdsSchemaKind> = {
    service: 'service',
    organization: 'organization',
    location: 'location',
    service_at_location: 'service_at_location',
    taxonomy: 'taxonomy',
    taxonomy_term: 'taxonomy_term',
    attribute: 'attribute',
  };
  const valid: hsds.HsdsDocument[] = [];
  const rejected: Rejection[] = [];
  for (const document of documents) {
    const problems = validator.check(kinds[document.kind], document.data);
    if (problems.length === 0) valid.push(document);
    else
      for (const problem of problems.slice(0, 5))
        rejected.push({ where: document.where, field: problem.field || undefined, reason: problem.reason });
  }
  return { valid, rejected };
}

/** The order parents come before children in: a record may only point at records already written. */
const KIND_ORDER: (hsds.HsdsKind | undefined)[] = [
  'taxonomy',
  'taxonomy_term',
  'attribute',
  'organization',
  'location',
  'service',
  'service_at_location',
  undefined,
];

/**
 * A folder holding numbered pages of HSDS lists (`services-00001.json`, as an API is harvested page by
 * page): its JSON files, parents first. Other folders (one file per kind, CSV packages) are read whole,
 * because their files complete each other (French attributes of taxonomies, for one).
 */
function pagedJsonFolder(path: string): string[] | undefined {
  if (!existsSync(path) || !statSync(path).isDirectory()) return undefined;
  const files = readdirSync(path).sort();
  if (files.some((file) => file.toLowerCase().endsWith('.csv'))) return undefined;
  const json = files.filter((file) => file.toLowerCase().endsWith('.json') && file !== 'datapackage.json');
  if (!json.some((file) => /[-_]\d+\.json$/i.test(file))) return undefined;
  const rank = (file: string) => KIND_ORDER.indexOf(hsds.kindFromFileName(file));
  return json.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

class RejectedWhileReading extends Error {}

/**
 * A folder of paged HSDS lists is read one page at a time and fed to the catalog in parts, so 100,000 services never sit in memory at once; it is still one transaction.
 */
async function importHsdsFolder(
  db: Db,
  args: HsdsImportArgs,
  files: string[],
  progress: ReturnType<typeof createProgress>,
): Promise<{ summary: ImportSummary; exitCode: number }> {
  const rejected: Rejection[] = [];
  const notes = new Set<string>();
  let read = 0;
  async function* parts() {
    progress.start(files.length, 'Importing HSDS files');
    for (const file of files) {
      const one = readHsdsPath(join(args.path, file));
      const fileNotes: string[] = [];
      const checked = checkDocuments(one.documents, fileNotes);
      read += one.documents.length;
      const reader = new hsds.HsdsReader({ untranslated: args.untranslated });
      reader.add(checked.valid);
      const result = reader.result();
      rejected.push(...one.rejected, ...checked.rejected, ...result.rejected);
      for (const note of [...one.notes, ...fileNotes, ...result.notes]) notes.add(note);
      progress.increment(1);
      // Once anything is refused nothing will be kept: read on to report every problem, write no more.
      if (rejected.length === 0 || args.skipInvalid) yield result.bundle;
    }
    progress.stop();
    if (rejected.length > 0 && !args.skipInvalid) throw new RejectedWhileReading();
  }
  const failed = (more: Rejection[] = []) => ({
    summary: {
      read,
      created: 0,
      updated: 0,
      rejected: [...rejected, ...more],
      notes: [...notes, 'Nothing was written.'],
    },
    exitCode: EXIT.dataError,
  });
  try {
    const report = await hsds.importBundle(db, parts(), {
      source: 'hsds',
      actor: 'cli:import-hsds',
      skipInvalid: args.skipInvalid,
    });
    const all = [...rejected, ...report.rejected];
    return {
      summary: { read, created: report.created, updated: report.updated, rejected: all, notes: [...notes] },
      exitCode: all.length > 0 && !args.skipInvalid ? EXIT.dataError : EXIT.ok,
    };
  } catch (error) {
    progress.stop();
    if (error instanceof RejectedWhileReading) return failed();
    if (isStitchError(error) && error.code === 'IMPORT_FAILED') {
      const report = ((error.details ?? {}) as { report?: { rejected?: Rejection[] } }).report ?? {};
      return failed(report.rejected ?? []);
    }
    throw error;
  }
}

export async function importHsds(
  db: Db,
  args: HsdsImportArgs,
  progress = createProgress(),
): Promise<{ summary: ImportSummary; exitCode: number }> {
  const folder = pagedJsonFolder(args.path);
  if (folder) return importHsdsFolder(db, args, folder, progress);
  const read = readHsdsPath(args.path);
  const checked = checkDocuments(read.documents, read.notes);
  const reader = new hsds.HsdsReader({ untranslated: args.untranslated });
  progress.start(checked.valid.length, 'Reading HSDS');
  reader.add(checked.valid);
  progress.increment(checked.valid.length);
  progress.stop();
  const result = reader.result();
  const rejected = [...read.rejected, ...checked.rejected, ...result.rejected];
  const notes = [...read.notes, ...result.notes];
  const base = { read: read.documents.length, created: 0, updated: 0 };
  if (rejected.length > 0 && !args.skipInvalid) {
    return {
      summary: { ...base, rejected, notes: [...notes, 'Nothing was written.'] },
      exitCode: EXIT.dataError,
    };
  }
  const total =
    result.bundle.services.length + result.bundle.organizations.length + result.bundle.locations.length;
  progress.start(total, 'Saving');
  let done = 0;
  try {
    const report = await hsds.importBundle(db, result.bundle, {
      source: 'hsds',
      actor: 'cli:import-hsds',
      skipInvalid: args.skipInvalid,
      onProgress: (count: number) => {
        if (typeof count === 'number' && count > done) {
          progress.increment(count - done);
          done = count;
        }
      },
    });
    progress.stop();
    const all = [...rejected, ...report.rejected];
    return {
      summary: { read: base.read, created: report.created, updated: report.updated, rejected: all, notes },
      exitCode: all.length > 0 && !args.skipInvalid ? EXIT.dataError : EXIT.ok,
    };
  } catch (error) {
    progress.stop();
    if (isStitchError(error) && error.code === 'IMPORT_FAILED') {
      const report = ((error.details ?? {}) as { report?: { rejected?: Rejection[] } }).report ?? {};
      return {
        summary: {
          ...base,
          rejected: [...rejected, ...(report.rejected ?? [])],
          notes: [...notes, 'Nothing was written.'],
        },
        exitCode: EXIT.dataError,
      };
    }
    throw error;
  }
}

export async function runImportHsds(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  return withRuntime('stitch import hsds', async ({ database }) => {
    const { summary, exitCode } = await importHsds(database.db, parsed);
    process.stdout.write(`${formatSummary(`HSDS import from ${parsed.path}`, summary)}\n`);
    return exitCode;
  });
}

/* ---------------------------------- export ---------------------------------- */

export type ExportFormat = 'json' | 'csv' | 'both';

export interface ExportResult {
  counts: Record<string, number>;
  invalid: Rejection[];
  notes: string[];
}

/** Writes a JSON array one record at a time. */
class JsonArrayWriter {
  private readonly stream: WriteStream;
  private count = 0;
  constructor(file: string) {
    this.stream = createWriteStream(file, 'utf8');
    this.stream.write('[');
  }
  async write(record: unknown): Promise<void> {
    const ok = this.stream.write(`${this.count === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`);
    this.count += 1;
    if (!ok) await new Promise<void>((done) => this.stream.once('drain', () => done()));
  }
  async close(): Promise<number> {
    this.stream.write(this.count === 0 ? ']\n' : '\n]\n');
    await new Promise<void>((done, fail) =>
      this.stream.end((error?: Error | null) => (error ? fail(error) : done())),
    );
    return this.count;
  }
}

/**
 * CSV tables written as records stream past; a record met again (same id) is written once. A child
 * shared by several parents (a phone of a service and of a location) is met once per parent: the
 * parent keys the first row lacked are remembered and filled in when the package is closed.
 */
class CsvPackageWriter {
  private readonly streams = new Map<hsds.CsvTable, WriteStream>();
  /** For every row written, its parent keys (`*_id` columns) as written. */
  private readonly written = new Map<hsds.CsvTable, Map<string, Record<string, string>>>();
  private readonly patches = new Map<hsds.CsvTable, Map<string, Record<string, string>>>();
  constructor(private readonly dir: string) {}

  private parentKeys(row: Record<string, unknown>): Record<string, string> {
    const keys: Record<string, string> = {};
    for (const [column, value] of Object.entries(row))
      if (column !== 'id' && column.endsWith('_id') && value != null && value !== '')
        keys[column] = String(value);
    return keys;
  }

  private remember(table: hsds.CsvTable, id: string, row: Record<string, unknown>): boolean {
    const seen = this.written.get(table)!;
    const earlier = seen.get(id);
    if (!earlier) {
      seen.set(id, this.parentKeys(row));
      return true;
    }
    for (const [column, value] of Object.entries(this.parentKeys(row))) {
      if (earlier[column] !== undefined) continue;
      earlier[column] = value;
      const patches = this.patches.get(table) ?? new Map<string, Record<string, string>>();
      this.patches.set(table, patches);
      patches.set(id, { ...patches.get(id), [column]: value });
    }
    return false;
  }

  /** Rewrites the few tables where a shared child gained parent keys after its row was written. */
  private async applyPatches(): Promise<void> {
    for (const [table, patches] of this.patches) {
      const file = join(this.dir, hsds.CSV_TABLES[table][0]);
      const records = parseCsv(await readFile(file, 'utf8'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      for (const record of records) Object.assign(record, patches.get(record.id ?? '') ?? {});
      await writeFile(file, stringifyCsv(records, { header: true, columns: hsds.columnsOf(table) }));
    }
  }

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const [table, [file]] of Object.entries(hsds.CSV_TABLES) as [
      hsds.CsvTable,
      readonly [string, string],
    ][]) {
      const stream = createWriteStream(join(this.dir, file), 'utf8');
      stream.write(`${hsds.columnsOf(table).join(',')}\n`);
      this.streams.set(table, stream);
      this.written.set(table, new Map());
    }
  }

  async write(set: Partial<hsds.HsdsDocumentSet>): Promise<void> {
    const flat = new hsds.CsvFlattener().addSet(set);
    for (const [table, rows] of flat.rows) {
      const fresh = new hsds.CsvFlattener();
      for (const [id, row] of rows) {
        if (!this.remember(table, id, row)) continue;
        fresh.rows.set(table, (fresh.rows.get(table) ?? new Map()).set(id, row));
      }
      const text = fresh.toCsv().get(table)!;
      const body = text.slice(text.indexOf('\n') + 1);
      if (body && !this.streams.get(table)!.write(body))
        await new Promise<void>((done) => this.streams.get(table)!.once('drain', () => done()));
    }
  }

  async close(): Promise<void> {
    for (const stream of this.streams.values())
      await new Promise<void>((done, fail) =>
        stream.end((error?: Error | null) => (error ? fail(error) : done())),
      );
    await this.applyPatches();
    // The descriptor: the official one when the HSDS folder is at hand (same 21 resources), else the table list.
    const official = join(hsds.hsdsSchemaDir(), '..', 'datapackage.json');
    const descriptor = existsSync(official)
      ? await readFile(official, 'utf8')
      : `${JSON.stringify(
          {
            name: 'human_services_data',
            profile: 'tabular-data-package',
            version: '3.0.0',
            resources: Object.entries(hsds.CSV_TABLES).map(([name, [path, columns]]) => ({
              name,
              path,
              format: 'csv',
              mediatype: 'text/csv',
              profile: 'tabular-data-resource',
              schema: { fields: columns.split(',').map((field) => ({ name: field, type: 'string' })) },
            })),
          },
          null,
          2,
        )}\n`;
    await writeFile(join(this.dir, 'datapackage.json'), descriptor);
  }
}

/** Exports the whole catalog as HSDS JSON files and/or a CSV data package, validating every record. */
export async function exportHsds(
  db: Db,
  dir: string,
  format: ExportFormat,
  progress = createProgress(),
  batchSize = 200,
): Promise<ExportResult> {
  const q = hsds.catalogQueries;
  const validator = hsds.hsdsValidator();
  const notes: string[] = [];
  if (!validator) notes.push(`HSDS schemas not found at ${hsds.hsdsSchemaDir()}: validation was skipped.`);
  const invalid: Rejection[] = [];
  const counts: Record<string, number> = {};
  const check = (kind: hsds.HsdsSchemaKind, file: string, record: hsds.HsdsObject) => {
    if (!validator) return;
    for (const problem of validator.check(kind, record, { strict: true }).slice(0, 5)) {
      invalid.push({
        where: `${file} ${kind} ${String(record.id)}`,
        field: problem.field || undefined,
        reason: problem.reason,
      });
    }
  };
  const jsonDir = format === 'both' ? join(dir, 'json') : dir;
  const csvDir = format === 'both' ? join(dir, 'csv') : dir;
  const json = format !== 'csv';
  const csv = format !== 'json' ? new CsvPackageWriter(csvDir) : undefined;
  if (json) await mkdir(jsonDir, { recursive: true });
  await csv?.open();
  const files = json
    ? Object.fromEntries(
        hsds.DOCUMENT_FILES.map((name) => [name, new JsonArrayWriter(join(jsonDir, `${name}.json`))]),
      )
    : undefined;
  const emit = async (
    name: (typeof hsds.DOCUMENT_FILES)[number],
    kind: hsds.HsdsSchemaKind,
    records: hsds.HsdsObject[],
  ) => {
    for (const record of records) {
      check(kind, `${name}.json`, record);
      await files?.[name]!.write(record);
    }
    counts[name] = (counts[name] ?? 0) + records.length;
    await csv?.write({ [name]: records });
  };

  const organizationIds = await q.allOrganizationIds(db);
  for (let i = 0; i < organizationIds.length; i += batchSize) {
    const loader = new hsds.DbLookupLoader(db);
    const ids = organizationIds.slice(i, i + batchSize);
    await loader.organizations(ids, { organizationLocations: true });
    const records = ids.map((id) => loader.lookup.organization(id)).filter((o) => !!o);
    await emit(
      'organizations',
      'organization',
      records.map((o) => hsds.toHsdsOrganization(o, loader.lookup)),
    );
  }
  for await (const ids of q.allLocationIds(db)) {
    const loader = new hsds.DbLookupLoader(db);
    await loader.locations(ids);
    await emit(
      'locations',
      'location',
      ids
        .map((id) => loader.lookup.location(id))
        .filter((l) => !!l)
        .map((l) => hsds.toHsdsLocation(l, loader.lookup)),
    );
  }
  progress.start(await q.countServices(db), 'Exporting services');
  for await (const batch of q.streamServices(db, { batchSize })) {
    const lookup = await new hsds.DbLookupLoader(db).forServices(batch);
    await emit(
      'services',
      'service',
      batch.map((service) => hsds.toHsdsService(service, lookup, { organizationById: true })),
    );
    progress.increment(batch.length);
  }
  progress.stop();
  const loader = new hsds.DbLookupLoader(db);
  const taxonomies = await q.allTaxonomies(db);
  const termIds = (await db.selectFrom('taxonomy_term').select('id').execute()).map((row) => row.id);
  const terms = await q.getTaxonomyTerms(db, termIds);
  loader.lookup.add({ taxonomies, taxonomy_terms: terms });
  const taxonomyDocs = hsds.taxonomyDocuments(taxonomies, terms, loader.lookup);
  await emit('taxonomies', 'taxonomy', taxonomyDocs.taxonomies);
  await emit('taxonomy_terms', 'taxonomy_term', taxonomyDocs.taxonomy_terms);
  await emit('attributes', 'attribute', taxonomyDocs.attributes);
  if (files) for (const writer of Object.values(files)) await writer.close();
  await csv?.close();
  return { counts, invalid, notes };
}

export function parseExportArgs(args: string[]): { dir: string; format: ExportFormat } {
  let dir: string | undefined;
  let format: ExportFormat = 'json';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : args[++i];
      if (value !== 'json' && value !== 'csv' && value !== 'both')
        throw new CliExit(EXIT.usage, `--format takes json, csv or both.\n\n${EXPORT_HSDS_USAGE}`);
      format = value;
    } else if (arg.startsWith('-'))
      throw new CliExit(EXIT.usage, `Unknown option ${arg}.\n\n${EXPORT_HSDS_USAGE}`);
    else if (!dir) dir = arg;
    else throw new CliExit(EXIT.usage, EXPORT_HSDS_USAGE);
  }
  if (!dir) throw new CliExit(EXIT.usage, EXPORT_HSDS_USAGE);
  return { dir: resolve(dir), format };
}

export async function runExportHsds(args: string[]): Promise<number> {
  const { dir, format } = parseExportArgs(args);
  return withRuntime('stitch export hsds', async ({ database }) => {
    const result = await exportHsds(database.db, dir, format);
    const lines = [
      `HSDS export to ${dir} (${format})`,
      ...Object.entries(result.counts).map(([name, count]) => `  ${name}: ${count}`),
    ];
    lines.push(
      result.invalid.length === 0 && result.notes.length === 0
        ? '  every record validates against the HSDS 3.0 schemas'
        : `  invalid: ${result.invalid.length}`,
    );
    for (const problem of result.invalid.slice(0, 50))
      lines.push(`    - ${problem.where}${problem.field ? ` (${problem.field})` : ''}: ${problem.reason}`);
    for (const note of result.notes) lines.push(`  note: ${note}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return result.invalid.length > 0 ? EXIT.failure : EXIT.ok;
  });
}
