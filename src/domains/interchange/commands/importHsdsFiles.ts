/**
 * HSDS 3.0 files into the catalog: one JSON file, a folder of JSON files, a CSV data package, a folder of
 * numbered pages of lists (read one page at a time), or what `exportHsdsFiles` wrote in both formats. One
 * transaction: when anything is refused nothing is written, unless refused records are to be skipped.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withTransaction, type Db } from '../../../platform/db/index.js';
import {
  ImportFailedError,
  countRecords,
  createCatalogWriter,
  importCatalog,
  type CatalogBundleInput,
  type WrittenRecords,
} from '../../catalog/index.js';
import { checkHsdsDocuments, readHsdsPath } from '../hsds/files.js';
import { HsdsReader, kindFromFileName, type HsdsDocument, type HsdsKind } from '../hsds/fromHsds.js';
import { SILENT_PROGRESS, type FileRejection, type ProgressReporter } from '../types.js';
import { BOTH_LAYOUT } from './exportHsdsFiles.js';

export interface HsdsFilesImport {
  /** A file or folder. */
  path: string;
  /** Records lacking a language: refused, or kept and marked `translation_pending`. */
  untranslated: 'refuse' | 'hold';
  /** Write what is valid and report the rest, instead of writing nothing. */
  skipInvalid: boolean;
}

export interface HsdsFilesImported {
  read: number;
  created: number;
  updated: number;
  rejected: FileRejection[];
  notes: string[];
  /** Something was refused and refused records were not to be skipped. */
  refused: boolean;
  /** What was written (nothing when refused): the tables, and the services to reindex. */
  written: WrittenRecords;
}

const NOTHING_WRITTEN: WrittenRecords = { tables: [], services: [] };

const IMPORT_OPTIONS = { source: 'hsds', actor: 'cli:import-hsds' } as const;

/** The order parents come before children in: a record may only point at records already written. */
const KIND_ORDER: (HsdsKind | undefined)[] = [
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
  const rank = (file: string) => KIND_ORDER.indexOf(kindFromFileName(file));
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
  input: HsdsFilesImport,
  attributes: HsdsDocument[],
): {
  bundle: CatalogBundleInput;
  read: number;
  rejected: FileRejection[];
  notes: string[];
  attributes: HsdsDocument[];
} {
  const documents: HsdsDocument[] = [];
  const rejected: FileRejection[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const one = readHsdsPath(join(dir, file));
    documents.push(...one.documents);
    rejected.push(...one.rejected);
    notes.push(...one.notes);
  }
  const checked = checkHsdsDocuments(documents, notes);
  const result = new HsdsReader({ untranslated: input.untranslated })
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

/**
 * A folder of paged HSDS lists is read one file at a time and written through one catalog writer, in one
 * transaction: 100,000 services never sit in memory at once, and a failure anywhere writes nothing.
 */
async function importPagedFolder(
  db: Db,
  input: HsdsFilesImport,
  groups: string[][],
  progress: ProgressReporter,
): Promise<HsdsFilesImported> {
  const rejected: FileRejection[] = [];
  const notes = new Set<string>();
  let read = 0;
  const failed = (more: FileRejection[] = []): HsdsFilesImported => ({
    read,
    created: 0,
    updated: 0,
    rejected: [...rejected, ...more],
    notes: [...notes, 'Nothing was written.'],
    refused: true,
    written: NOTHING_WRITTEN,
  });
  progress.start(groups.length, 'Importing HSDS files');
  try {
    const report = await withTransaction(db, async (tx) => {
      const writer = createCatalogWriter(tx, {
        ...IMPORT_OPTIONS,
        skipInvalid: input.skipInvalid,
        // The next file is read and checked while the server writes the last one.
        pipelined: true,
      });
      try {
        // Top-level attributes (the French of taxonomies and terms) serve every later page too.
        const attributes: HsdsDocument[] = [];
        for (const group of groups) {
          const page = readPage(input.path, group, input, attributes);
          attributes.push(...page.attributes);
          read += page.read;
          rejected.push(...page.rejected);
          for (const note of page.notes) notes.add(note);
          // Once anything is refused nothing will be kept: read on to report every problem, write no more.
          if (rejected.length === 0 || input.skipInvalid) {
            const before = writer.report.rejected.length;
            await writer.write(page.bundle);
            // The catalog counts records across the whole import; say which file each refused one came from.
            for (const refused of writer.report.rejected.slice(before))
              refused.where = `${group.join(', ')}: ${refused.where}`;
          }
          progress.increment(1);
        }
        if (rejected.length > 0 && !input.skipInvalid) throw new RejectedWhileReading();
        return await writer.finish();
      } finally {
        // Nothing of the last file may still be on its way when the transaction ends: after a
        // rollback it would run outside the transaction and be kept.
        await writer.settle();
      }
    });
    progress.stop();
    const all = [...rejected, ...report.rejected];
    return {
      read,
      created: report.created,
      updated: report.updated,
      rejected: all,
      notes: [...notes],
      refused: all.length > 0 && !input.skipInvalid,
      written: report.written,
    };
  } catch (error) {
    progress.stop();
    if (error instanceof RejectedWhileReading) return failed();
    if (error instanceof ImportFailedError) return failed(error.report.rejected);
    throw error;
  }
}

/**
 * The JSON half of a folder written by an export in both formats (json/ and csv/ side by side, each the
 * whole catalogue), or undefined when the folder holds HSDS files of its own.
 */
function exportedInBothFormats(path: string): string | undefined {
  if (!existsSync(path) || !statSync(path).isDirectory()) return undefined;
  if (readdirSync(path).some((file) => /\.(json|csv)$/i.test(file))) return undefined;
  const json = join(path, BOTH_LAYOUT.json);
  return existsSync(json) && statSync(json).isDirectory() ? json : undefined;
}

/** Throws `HsdsPathMissingError` when the path is not there; every other problem is in the result. */
export async function importHsdsFiles(
  db: Db,
  input: HsdsFilesImport,
  progress: ProgressReporter = SILENT_PROGRESS,
): Promise<HsdsFilesImported> {
  const both = exportedInBothFormats(input.path);
  if (both) {
    const result = await importHsdsFiles(db, { ...input, path: both }, progress);
    const note = `Read ${both}: the CSV package beside it holds the same records.`;
    return { ...result, notes: [note, ...result.notes] };
  }
  const folder = pagedJsonFolder(input.path);
  if (folder) return importPagedFolder(db, input, folder, progress);
  const read = readHsdsPath(input.path);
  const checked = checkHsdsDocuments(read.documents, read.notes);
  const reader = new HsdsReader({ untranslated: input.untranslated });
  progress.start(checked.valid.length, 'Reading HSDS');
  reader.add(checked.valid);
  progress.increment(checked.valid.length);
  progress.stop();
  const result = reader.result();
  const rejected = [...read.rejected, ...checked.rejected, ...result.rejected];
  const notes = [...read.notes, ...result.notes];
  const base = { read: read.documents.length, created: 0, updated: 0 };
  if (rejected.length > 0 && !input.skipInvalid)
    return {
      ...base,
      rejected,
      notes: [...notes, 'Nothing was written.'],
      refused: true,
      written: NOTHING_WRITTEN,
    };
  // Counted as the import counts its progress: taxonomies, terms and jurisdictions are records too.
  progress.start(countRecords(result.bundle), 'Saving');
  let done = 0;
  try {
    const report = await importCatalog(db, result.bundle, {
      ...IMPORT_OPTIONS,
      skipInvalid: input.skipInvalid,
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
      read: base.read,
      created: report.created,
      updated: report.updated,
      rejected: all,
      notes,
      refused: all.length > 0 && !input.skipInvalid,
      written: report.written,
    };
  } catch (error) {
    progress.stop();
    if (!(error instanceof ImportFailedError)) throw error;
    return {
      ...base,
      rejected: [...rejected, ...error.report.rejected],
      notes: [...notes, 'Nothing was written.'],
      refused: true,
      written: NOTHING_WRITTEN,
    };
  }
}
