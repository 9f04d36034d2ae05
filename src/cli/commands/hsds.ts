/**
 * `stitch import hsds` and `stitch export hsds`: Open Referral HSDS 3.0 files in and out of the catalog.
 * Import writes in one transaction (nothing is written when anything is refused, unless --skip-invalid);
 * a folder of paged lists is read and written one file at a time. Export streams services in batches, so a 100,000-service catalog never sits in memory.
 */
import { createWriteStream, existsSync, readdirSync, statSync, type WriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { join, resolve } from 'node:path';
import {
  countRecords,
  createCatalogWriter,
  importCatalog,
  refreshCatalogStatistics,
  type CatalogBundleInput,
} from '../../domains/catalog/index.js';
import { hsds } from '../../domains/interchange/index.js';
import { isStitchError } from '../../platform/errors/index.js';
import { withTransaction, type Db } from '../../platform/db/index.js';
import {
  createProgress,
  formatSummary,
  type ImportSummary,
  type Progress,
  type Rejection,
} from '../progress.js';
import { rebuildSearchIndex } from '../../domains/search/index.js';
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

/** The HSDS documents of a file or folder; a path that is not there ends the command. */
function readHsdsPath(path: string): hsds.HsdsFiles {
  try {
    return hsds.readHsdsPath(path);
  } catch (error) {
    if (error instanceof hsds.HsdsPathMissingError) throw new CliExit(EXIT.noInput, error.message);
    throw error;
  }
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

const isPage = (file: string) => /[-_]\d+\.json$/i.test(file);

/**
 * A folder holding numbered pages of HSDS lists (`services-00001.json`, as an API is harvested page by
 * page): its JSON files in groups read one after another, parents first. Each page is a group of its own;
 * consecutive unnumbered files (`taxonomies.json`, `attributes.json`, …) are read together, because they
 * complete each other (the French attributes of taxonomies, for one). Other folders are read whole.
 */
function pagedJsonFolder(path: string): string[][] | undefined {
  if (!existsSync(path) || !statSync(path).isDirectory()) return undefined;
  const files = readdirSync(path).sort();
  if (files.some((file) => file.toLowerCase().endsWith('.csv'))) return undefined;
  const json = files.filter((file) => file.toLowerCase().endsWith('.json') && file !== 'datapackage.json');
  if (!json.some(isPage)) return undefined;
  const rank = (file: string) => KIND_ORDER.indexOf(hsds.kindFromFileName(file));
  const groups: string[][] = [];
  for (const file of json.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    const last = groups.at(-1);
    if (last && !isPage(file) && !isPage(last[0]!)) last.push(file);
    else groups.push([file]);
  }
  return groups;
}

class RejectedWhileReading extends Error {}

/**
 * One group of files of a paged folder as a catalog bundle part, with the top-level attributes of earlier
 * groups. Only the bundle (and the group's own top-level attributes) outlive this call: the parsed JSON and
 * the HSDS documents are garbage before the part is written, keeping memory flat.
 */
function readPage(
  dir: string,
  files: string[],
  args: HsdsImportArgs,
  attributes: hsds.HsdsDocument[],
): {
  bundle: CatalogBundleInput;
  read: number;
  rejected: Rejection[];
  notes: string[];
  attributes: hsds.HsdsDocument[];
} {
  const documents: hsds.HsdsDocument[] = [];
  const rejected: Rejection[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const one = readHsdsPath(join(dir, file));
    documents.push(...one.documents);
    rejected.push(...one.rejected);
    notes.push(...one.notes);
  }
  const checked = hsds.checkHsdsDocuments(documents, notes);
  const result = new hsds.HsdsReader({ untranslated: args.untranslated })
    .add([...attributes, ...checked.valid])
    .result();
  return {
    bundle: result.bundle,
    read: documents.length,
    rejected: [...rejected, ...checked.rejected, ...result.rejected],
    notes: [...notes, ...result.notes],
    attributes: checked.valid.filter((document) => document.kind === 'attribute'),
  };
}

const IMPORT_OPTIONS = { source: 'hsds', actor: 'cli:import-hsds' } as const;

/** The rejections carried by an IMPORT_FAILED error, if that is what this is. */
function importFailure(error: unknown): Rejection[] | undefined {
  if (!isStitchError(error) || error.code !== 'IMPORT_FAILED') return undefined;
  const details = (error.details ?? {}) as { report?: { rejected?: Rejection[] } };
  return details.report?.rejected ?? [];
}

/**
 * A folder of paged HSDS lists is read one file at a time and written through one catalog writer, in one
 * transaction: 100,000 services never sit in memory at once, and a failure anywhere writes nothing.
 */
async function importHsdsFolder(
  db: Db,
  args: HsdsImportArgs,
  groups: string[][],
  progress: Progress,
): Promise<{ summary: ImportSummary; exitCode: number }> {
  const rejected: Rejection[] = [];
  const notes = new Set<string>();
  let read = 0;
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
  progress.start(groups.length, 'Importing HSDS files');
  try {
    const report = await withTransaction(db, async (tx) => {
      const writer = createCatalogWriter(tx, { ...IMPORT_OPTIONS, skipInvalid: args.skipInvalid });
      // Top-level attributes (the French of taxonomies and terms) serve every later page too.
      const attributes: hsds.HsdsDocument[] = [];
      for (const group of groups) {
        const page = readPage(args.path, group, args, attributes);
        attributes.push(...page.attributes);
        read += page.read;
        rejected.push(...page.rejected);
        for (const note of page.notes) notes.add(note);
        // Once anything is refused nothing will be kept: read on to report every problem, write no more.
        if (rejected.length === 0 || args.skipInvalid) {
          const before = writer.report.rejected.length;
          await writer.write(page.bundle);
          // The catalog counts records across the whole import; say which file each refused one came from.
          for (const refused of writer.report.rejected.slice(before))
            refused.where = `${group.join(', ')}: ${refused.where}`;
        }
        progress.increment(1);
      }
      if (rejected.length > 0 && !args.skipInvalid) throw new RejectedWhileReading();
      return writer.finish();
    });
    progress.stop();
    const all = [...rejected, ...report.rejected];
    return {
      summary: { read, created: report.created, updated: report.updated, rejected: all, notes: [...notes] },
      exitCode: all.length > 0 && !args.skipInvalid ? EXIT.dataError : EXIT.ok,
    };
  } catch (error) {
    progress.stop();
    if (error instanceof RejectedWhileReading) return failed();
    const refused = importFailure(error);
    if (refused) return failed(refused);
    throw error;
  }
}

/**
 * The JSON half of a folder written by `stitch export hsds <dir> --format both` (json/ and csv/ side by
 * side, each the whole catalogue), or undefined when the folder holds HSDS files of its own.
 */
function exportedInBothFormats(path: string): string | undefined {
  if (!existsSync(path) || !statSync(path).isDirectory()) return undefined;
  if (readdirSync(path).some((file) => /\.(json|csv)$/i.test(file))) return undefined;
  const json = join(path, BOTH_LAYOUT.json);
  return existsSync(json) && statSync(json).isDirectory() ? json : undefined;
}

export async function importHsds(
  db: Db,
  args: HsdsImportArgs,
  progress: Progress = createProgress(),
): Promise<{ summary: ImportSummary; exitCode: number }> {
  const both = exportedInBothFormats(args.path);
  if (both) {
    const result = await importHsds(db, { ...args, path: both }, progress);
    const note = `Read ${both}: the CSV package beside it holds the same records.`;
    return { ...result, summary: { ...result.summary, notes: [note, ...(result.summary.notes ?? [])] } };
  }
  const folder = pagedJsonFolder(args.path);
  if (folder) return importHsdsFolder(db, args, folder, progress);
  const read = readHsdsPath(args.path);
  const checked = hsds.checkHsdsDocuments(read.documents, read.notes);
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
  // Counted as the import counts its progress: taxonomies, terms and jurisdictions are records too.
  progress.start(countRecords(result.bundle), 'Saving');
  let done = 0;
  try {
    const report = await importCatalog(db, result.bundle, {
      ...IMPORT_OPTIONS,
      skipInvalid: args.skipInvalid,
      onProgress: (count) => {
        if (count > done) {
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
    const refused = importFailure(error);
    if (!refused) throw error;
    return {
      summary: { ...base, rejected: [...rejected, ...refused], notes: [...notes, 'Nothing was written.'] },
      exitCode: EXIT.dataError,
    };
  }
}

export async function runImportHsds(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  return withRuntime('stitch import hsds', async ({ database }) => {
    const { summary, exitCode } = await importHsds(database.db, parsed);
    process.stdout.write(`${formatSummary(`HSDS import from ${parsed.path}`, summary)}\n`);
    if (summary.created + summary.updated > 0) {
      await refreshCatalogStatistics(database.db);
      // New or changed services must be findable at once; the index is derived, so it is rebuilt whole.
      const index = await rebuildSearchIndex(database.db);
      process.stdout.write(`Search index rebuilt: ${index.clusters} clusters, ${index.services} services.\n`);
    }
    return exitCode;
  });
}

/* ---------------------------------- export ---------------------------------- */

export type ExportFormat = 'json' | 'csv' | 'both';

/** Where `--format both` puts each format under the export folder; the importer reads this layout too. */
const BOTH_LAYOUT = { json: 'json', csv: 'csv' } as const;

export interface ExportResult {
  /** Records per HSDS file, every file named, those left empty included. */
  counts: Record<string, number>;
  /** The folders written, each with its format and files. */
  written: { dir: string; format: 'json' | 'csv'; files: string[] }[];
  /** No organization, location or service: the files hold empty lists beside the taxonomies. */
  empty: boolean;
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
  progress: Progress = createProgress(),
  batchSize = 200,
): Promise<ExportResult> {
  const validator = hsds.hsdsValidator();
  const notes: string[] = [];
  if (!validator) notes.push(`HSDS schemas not found at ${hsds.hsdsSchemaDir()}: validation was skipped.`);
  const invalid: Rejection[] = [];
  const counts: Record<string, number> = Object.fromEntries(hsds.DOCUMENT_FILES.map((name) => [name, 0]));
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
  const jsonDir = format === 'both' ? join(dir, BOTH_LAYOUT.json) : dir;
  const csvDir = format === 'both' ? join(dir, BOTH_LAYOUT.csv) : dir;
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

  progress.start(await hsds.countExportedServices(db), 'Exporting services');
  for await (const batch of hsds.hsdsExportBatches(db, { batchSize })) {
    await emit(batch.file, batch.kind, batch.records);
    if (batch.file === 'services') progress.increment(batch.records.length);
  }
  progress.stop();
  if (files) for (const writer of Object.values(files)) await writer.close();
  await csv?.close();
  const written = [
    ...(json
      ? [{ dir: jsonDir, format: 'json' as const, files: hsds.DOCUMENT_FILES.map((name) => `${name}.json`) }]
      : []),
    ...(csv
      ? [
          {
            dir: csvDir,
            format: 'csv' as const,
            files: [...Object.values(hsds.CSV_TABLES).map(([file]) => file), 'datapackage.json'],
          },
        ]
      : []),
  ];
  const empty = counts.organizations === 0 && counts.locations === 0 && counts.services === 0;
  return { counts, written, empty, invalid, notes };
}

/** What `stitch export hsds` prints: the counts, the files written, an empty catalogue said plainly. */
export function formatExportSummary(dir: string, format: ExportFormat, result: ExportResult): string {
  const lines = [
    `HSDS export to ${dir} (${format})`,
    ...Object.entries(result.counts).map(([name, count]) => `  ${name}: ${count}`),
  ];
  if (result.empty)
    lines.push(
      '  the catalogue is empty: no organization, location or service to export, so their files hold no records',
    );
  for (const { dir: where, format: kind, files } of result.written)
    lines.push(
      kind === 'json'
        ? `  written to ${where}: ${files.join(', ')}`
        : `  written to ${where}: a CSV data package, ${files.length - 1} tables and datapackage.json`,
    );
  lines.push(
    result.invalid.length === 0 && result.notes.length === 0
      ? '  every record validates against the HSDS 3.0 schemas'
      : `  invalid: ${result.invalid.length}`,
  );
  for (const problem of result.invalid.slice(0, 50))
    lines.push(`    - ${problem.where}${problem.field ? ` (${problem.field})` : ''}: ${problem.reason}`);
  for (const note of result.notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
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
    process.stdout.write(`${formatExportSummary(dir, format, result)}\n`);
    // An empty catalogue exports valid empty files: not an error, and said plainly above.
    return result.invalid.length > 0 ? EXIT.failure : EXIT.ok;
  });
}
