/**
 * HSDS files on disk into HSDS documents and a catalog bundle: a JSON file, a folder of JSON files, or a
 * folder holding a CSV data package. `stitch import hsds` and the demo seed both read through here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StitchError } from '../../../platform/errors/index.js';
import { unstorableFields, type UnstorableKind } from '../../../platform/text/index.js';
import { CSV_TABLES, csvToDocuments, parseCsv, type CsvRows, type CsvTable } from './csv.js';
import {
  HsdsReader,
  kindFromFileName,
  unpackHsdsJson,
  type HsdsDocument,
  type HsdsImportOptions,
  type HsdsKind,
  type HsdsReadResult,
  type HsdsRejection,
} from './fromHsds.js';
import { hsdsSchemaDir, hsdsValidator, type HsdsSchemaKind } from './validate.js';

export class HsdsPathMissingError extends StitchError {
  constructor(readonly path: string) {
    super('NOT_FOUND', `No such file or folder: ${path}`, { path });
  }
}

export interface HsdsFiles {
  documents: HsdsDocument[];
  rejected: HsdsRejection[];
  notes: string[];
}

/** Reads a JSON file, a folder of JSON files, or a folder holding a CSV data package, into HSDS documents. */
export function readHsdsPath(path: string): HsdsFiles {
  if (!existsSync(path)) throw new HsdsPathMissingError(path);
  const rejected: HsdsRejection[] = [];
  const notes: string[] = [];
  const documents: HsdsDocument[] = [];
  const readJson = (file: string, label: string) => {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      rejected.push({ where: label, reason: `Not valid JSON: ${(error as Error).message}` });
      return;
    }
    const unpacked = unpackHsdsJson(value, label, kindFromFileName(label));
    documents.push(...unpacked.documents);
    rejected.push(...unpacked.rejected);
  };
  if (!statSync(path).isDirectory()) {
    readJson(path, basename(path));
    return { documents, rejected, notes };
  }
  const files = readdirSync(path).sort();
  if (files.some((file) => file.toLowerCase().endsWith('.csv'))) {
    const tables: CsvRows = {};
    for (const [table, [file]] of Object.entries(CSV_TABLES) as [CsvTable, readonly [string, string]][]) {
      if (!files.includes(file)) continue;
      const parsed = parseCsv(readFileSync(join(path, file), 'utf8'), file);
      tables[table] = parsed.rows;
      rejected.push(...parsed.rejected);
    }
    const joined = csvToDocuments(tables);
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

const SCHEMA_OF: Record<HsdsKind, HsdsSchemaKind> = {
  service: 'service',
  organization: 'organization',
  location: 'location',
  service_at_location: 'service_at_location',
  taxonomy: 'taxonomy',
  taxonomy_term: 'taxonomy_term',
  attribute: 'attribute',
};

const UNSTORABLE_REASON: Record<UnstorableKind, string> = {
  nul: 'contains a NUL character, which the database cannot store',
  'lone-surrogate': 'contains half of a surrogate pair (an escape such as \\ud800 alone), which is not text',
};

/**
 * Checks each document against the official HSDS schema; the records that break it are named. Text the
 * database cannot keep is named too, schemas or not. Without the schemas on this machine every other
 * document passes, and a note says they were not checked.
 */
export function checkHsdsDocuments(
  documents: HsdsDocument[],
  notes: string[],
): { valid: HsdsDocument[]; rejected: HsdsRejection[] } {
  const validator = hsdsValidator();
  if (!validator)
    notes.push(`HSDS schemas not found at ${hsdsSchemaDir()}: records were not checked against them.`);
  const valid: HsdsDocument[] = [];
  const rejected: HsdsRejection[] = [];
  for (const document of documents) {
    const problems = [
      ...unstorableFields(document.data, 5).map((found) => ({
        field: found.path,
        reason: UNSTORABLE_REASON[found.kind],
      })),
      ...(validator?.check(SCHEMA_OF[document.kind], document.data) ?? []),
    ];
    if (problems.length === 0) valid.push(document);
    else
      for (const problem of problems.slice(0, 5))
        rejected.push({
          where: document.where,
          ...(problem.field ? { field: problem.field } : {}),
          reason: problem.reason,
        });
  }
  return { valid, rejected };
}

/**
 * A file or folder of HSDS read whole into one catalog bundle: read, checked against the official
 * schemas (unless `check` is false), then mapped. The rejections of every step are in the result.
 */
export function readHsdsBundle(
  path: string,
  options: HsdsImportOptions & { check?: boolean } = {},
): HsdsReadResult {
  const read = readHsdsPath(path);
  const checked =
    options.check === false
      ? { valid: read.documents, rejected: [] }
      : checkHsdsDocuments(read.documents, read.notes);
  const result = new HsdsReader({ untranslated: options.untranslated ?? 'refuse' })
    .add(checked.valid)
    .result();
  return {
    bundle: result.bundle,
    read: read.documents.length,
    rejected: [...read.rejected, ...checked.rejected, ...result.rejected],
    notes: [...read.notes, ...result.notes],
  };
}
