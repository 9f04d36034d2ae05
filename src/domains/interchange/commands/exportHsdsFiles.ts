/**
 * The whole catalog written as HSDS JSON files and/or a CSV data package, every record checked against the
 * official schemas when they are at hand. Services stream in batches, so 100,000 of them never sit in memory.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../../platform/db/index.js';
import { CSV_TABLES } from '../hsds/csv.js';
import { CsvPackageWriter } from '../hsds/csvPackageWriter.js';
import { DOCUMENT_FILES } from '../hsds/documents.js';
import { countExportedServices, hsdsExportBatches } from '../hsds/exportRecords.js';
import { JsonArrayWriter } from '../hsds/jsonArrayWriter.js';
import type { HsdsObject } from '../hsds/spec.js';
import { hsdsSchemaDir, hsdsValidator, type HsdsSchemaKind } from '../hsds/validate.js';
import { SILENT_PROGRESS, type FileRejection, type ProgressReporter } from '../types.js';

export type HsdsExportFormat = 'json' | 'csv' | 'both';

/** Where `both` puts each format under the export folder; the import reads this layout too. */
export const BOTH_LAYOUT = { json: 'json', csv: 'csv' } as const;

export interface HsdsExportOptions {
  format: HsdsExportFormat;
  progress?: ProgressReporter;
  /** Services read per batch. */
  batchSize?: number;
}

export interface HsdsExportResult {
  /** Records per HSDS file, every file named, those left empty included. */
  counts: Record<string, number>;
  /** The folders written, each with its format and files. */
  written: { dir: string; format: 'json' | 'csv'; files: string[] }[];
  /** No organization, location or service: the files hold empty lists beside the taxonomies. */
  empty: boolean;
  invalid: FileRejection[];
  notes: string[];
}

export async function exportHsdsFiles(
  db: Db,
  dir: string,
  { format, progress = SILENT_PROGRESS, batchSize = 200 }: HsdsExportOptions,
): Promise<HsdsExportResult> {
  const validator = hsdsValidator();
  const notes: string[] = [];
  if (!validator) notes.push(`HSDS schemas not found at ${hsdsSchemaDir()}: validation was skipped.`);
  const invalid: FileRejection[] = [];
  const counts: Record<string, number> = Object.fromEntries(DOCUMENT_FILES.map((name) => [name, 0]));
  const check = (kind: HsdsSchemaKind, file: string, record: HsdsObject) => {
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
        DOCUMENT_FILES.map((name) => [name, new JsonArrayWriter(join(jsonDir, `${name}.json`))]),
      )
    : undefined;
  const emit = async (name: (typeof DOCUMENT_FILES)[number], kind: HsdsSchemaKind, records: HsdsObject[]) => {
    for (const record of records) {
      check(kind, `${name}.json`, record);
      await files?.[name]!.write(record);
    }
    counts[name] = (counts[name] ?? 0) + records.length;
    await csv?.write({ [name]: records });
  };

  progress.start(await countExportedServices(db), 'Exporting services');
  for await (const batch of hsdsExportBatches(db, { batchSize })) {
    await emit(batch.file, batch.kind, batch.records);
    if (batch.file === 'services') progress.increment(batch.records.length);
  }
  progress.stop();
  if (files) for (const writer of Object.values(files)) await writer.close();
  await csv?.close();
  const written = [
    ...(json
      ? [{ dir: jsonDir, format: 'json' as const, files: DOCUMENT_FILES.map((name) => `${name}.json`) }]
      : []),
    ...(csv
      ? [
          {
            dir: csvDir,
            format: 'csv' as const,
            files: [...Object.values(CSV_TABLES).map(([file]) => file), 'datapackage.json'],
          },
        ]
      : []),
  ];
  const empty = counts.organizations === 0 && counts.locations === 0 && counts.services === 0;
  return { counts, written, empty, invalid, notes };
}
