/**
 * Reading a GC Service Inventory CSV: BOM, header check and format detection. A file that is missing, is not
 * CSV, or lacks the columns of a known format is refused whole with an error naming it; a row with the wrong
 * number of cells is rejected on its own.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { StitchError } from '../../../platform/errors/index.js';
import type { Rejection } from './types.js';

export type InventoryFormat = 'services-yearly' | 'standards-yearly' | 'services-2024' | 'standards-2024';

/** Columns each format must have; the first distinguishing column of each comes first. */
export const REQUIRED_COLUMNS: Record<InventoryFormat, string[]> = {
  'services-yearly': [
    'online_applications',
    'fiscal_yr',
    'service_id',
    'service_name_en',
    'service_name_fr',
    'department_name_en',
    'department_name_fr',
    'service_channels',
    'calls_received',
    'web_visits_info_service',
    'telephone_applications',
    'in_person_applications',
    'postal_mail_applications',
    'other_applications',
    'e_registration',
    'e_authentication',
    'e_application',
    'e_decision',
    'e_issuance',
    'e_feedback',
  ],
  'standards-yearly': [
    'service_std_id',
    'fiscal_yr',
    'service_id',
    'service_std_en',
    'service_std_fr',
    'service_std_target',
    'volume_meeting_target',
    'total_volume',
    'performance',
    'channel',
    'department_name_en',
    'department_name_fr',
  ],
  'services-2024': [
    'num_applications_online',
    'fiscal_yr',
    'service_id',
    'service_name_en',
    'service_name_fr',
    'owner_org',
    'owner_org_title',
    'num_phone_enquiries',
    'num_website_visits',
    'num_applications_total',
    'os_application',
  ],
  'standards-2024': [
    'service_standard_id',
    'fiscal_yr',
    'service_id',
    'service_standard_en',
    'service_standard_fr',
    'target',
    'volume_meeting_target',
    'total_volume',
    'performance',
    'target_met',
    'channel',
    'owner_org',
    'owner_org_title',
  ],
};

export const isServicesFormat = (format: InventoryFormat) => format.startsWith('services');

export type InventoryFileProblem = 'not_found' | 'not_csv' | 'wrong_header' | 'wrong_kind';

/** A file refused whole. `problem` tells the CLI which exit code to use. */
export class InventoryFileError extends StitchError {
  readonly problem: InventoryFileProblem;
  constructor(problem: InventoryFileProblem, message: string, details: Record<string, unknown>) {
    super('IMPORT_FAILED', message, { ...details, problem });
    this.problem = problem;
  }
}

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

export interface InventoryTable {
  file: string;
  name: string;
  format: InventoryFormat;
  header: string[];
  rows: CsvRow[];
  rejected: Rejection[];
  hadBom: boolean;
}

export function detectFormat(header: string[]): InventoryFormat | undefined {
  const columns = new Set(header);
  return (Object.keys(REQUIRED_COLUMNS) as InventoryFormat[]).find((format) =>
    columns.has(REQUIRED_COLUMNS[format]![0]!),
  );
}

/** Parses CSV text already in memory (tests use it with small samples). */
export function parseInventoryCsv(content: Buffer | string, file: string): InventoryTable {
  const name = basename(file);
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const hadBom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  if (buffer.includes(0)) {
    throw new InventoryFileError('not_csv', `${name} is not a CSV file (it holds binary data).`, {
      file: name,
    });
  }
  let records: string[][];
  try {
    records = parse(buffer, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InventoryFileError(
      'not_csv',
      `${name}${line ? ` line ${line}` : ''} is not valid CSV: ${(error as Error).message}`,
      { file: name, line },
    );
  }
  const [headerCells, ...body] = records;
  if (!headerCells || headerCells.length === 0) {
    throw new InventoryFileError('not_csv', `${name} is empty.`, { file: name });
  }
  const header = headerCells.map((cell) => cell.trim());
  const format = detectFormat(header);
  if (!format) {
    throw new InventoryFileError(
      'wrong_header',
      `${name} row 1: not a GC Service Inventory file — the header has none of service_std_id, service_standard_id, online_applications, num_applications_online (it starts ${JSON.stringify(header.slice(0, 4).join(','))}).`,
      { file: name, row: 1 },
    );
  }
  const missing = REQUIRED_COLUMNS[format].filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new InventoryFileError(
      'wrong_header',
      `${name} row 1: looks like a ${format} file but lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
      { file: name, row: 1, field: missing[0] },
    );
  }
  const rows: CsvRow[] = [];
  const rejected: Rejection[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== header.length) {
      rejected.push({
        where: `${name} row ${row}`,
        reason: `has ${cells.length} cells where the header has ${header.length}; row skipped`,
      });
      return;
    }
    rows.push({ row, cells: Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])) });
  });
  return { file, name, format, header, rows, rejected, hadBom };
}

export async function readInventoryFile(file: string): Promise<InventoryTable> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : (error as Error).message;
    throw new InventoryFileError('not_found', `${file}: ${reason}.`, { file });
  }
  return parseInventoryCsv(content, file);
}
