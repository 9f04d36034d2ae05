/**
 * `stitch import hsds` and `stitch export hsds`: Open Referral HSDS 3.0 files in and out of the catalog,
 * through the interchange domain (`importHsdsFiles`, `exportHsdsFiles`). Here: the arguments, the
 * progress bar, the summary and the exit code.
 */
import { resolve } from 'node:path';
import { refreshCatalogStatistics, type WrittenRecords } from '../../domains/catalog/index.js';
import {
  exportHsdsFiles,
  hsds,
  importHsdsFiles,
  type HsdsExportFormat,
  type HsdsExportResult,
} from '../../domains/interchange/index.js';
import { isSearchIndexEmpty, rebuildSearchIndex, reindexServices } from '../../domains/search/index.js';
import type { Db } from '../../platform/db/index.js';
import { createProgress, formatSummary, type ImportSummary, type Progress } from '../progress.js';
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

/** The import's summary and exit code; a path that is not there ends the command. */
export async function importHsds(
  db: Db,
  args: HsdsImportArgs,
  progress: Progress = createProgress(),
): Promise<{ summary: ImportSummary; exitCode: number; written: WrittenRecords }> {
  try {
    const { refused, written, ...summary } = await importHsdsFiles(db, args, progress);
    return { summary, exitCode: refused ? EXIT.dataError : EXIT.ok, written };
  } catch (error) {
    if (error instanceof hsds.HsdsPathMissingError) throw new CliExit(EXIT.noInput, error.message);
    throw error;
  }
}

/**
 * New or changed services must be findable at once. An index never built is built whole (clusters
 * too); otherwise only the services the import wrote, or whose organization it wrote, are reindexed.
 */
export async function indexWrittenServices(db: Db, services: string[]): Promise<string> {
  if (await isSearchIndexEmpty(db)) {
    const index = await rebuildSearchIndex(db);
    return `Search index built: ${index.clusters} clusters, ${index.services} services.`;
  }
  return `Search index updated: ${await reindexServices(db, services)} services reindexed.`;
}

export async function runImportHsds(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  return withRuntime('stitch import hsds', async ({ database }) => {
    const { summary, exitCode, written } = await importHsds(database.db, parsed);
    process.stdout.write(`${formatSummary(`HSDS import from ${parsed.path}`, summary)}\n`);
    if (summary.created + summary.updated > 0) {
      await refreshCatalogStatistics(database.db, written.tables);
      process.stdout.write(`${await indexWrittenServices(database.db, written.services)}\n`);
    }
    return exitCode;
  });
}

/* ---------------------------------- export ---------------------------------- */

export type ExportFormat = HsdsExportFormat;
export type ExportResult = HsdsExportResult;

export function exportHsds(
  db: Db,
  dir: string,
  format: ExportFormat,
  progress: Progress = createProgress(),
  batchSize?: number,
): Promise<ExportResult> {
  return exportHsdsFiles(db, dir, { format, progress, batchSize });
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
