/**
 * The reference data shipped with the project under `data/reference/` (sources and licences in its
 * README.md): found from this file, never from the working directory, and checked row by row on load so
 * a damaged file stops start-up with the file and row named.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { StitchError } from '../errors/index.js';

/** The project's root folder (where package.json is). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A file under `data/reference/`, as an absolute path. */
export const referenceDataPath = (...parts: string[]): string =>
  resolve(PROJECT_ROOT, 'data/reference', ...parts);

/** A configured path: kept when absolute, else taken from the project root. */
export const fromProjectRoot = (path: string): string =>
  isAbsolute(path) ? path : resolve(PROJECT_ROOT, path);

/** A reference file that cannot be read, or a row of it that does not match its schema. */
export class ReferenceDataError extends StitchError {
  constructor(file: string, where: string | undefined, reason: string) {
    const shown = relative(PROJECT_ROOT, file).startsWith('..') ? file : relative(PROJECT_ROOT, file);
    super('INTERNAL', `Reference data ${shown}${where ? ` ${where}` : ''}: ${reason}`, {
      file: shown,
      ...(where ? { where } : {}),
    });
    this.name = 'ReferenceDataError';
  }
}

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReferenceDataError(file, undefined, (error as Error).message);
  }
}

/**
 * Reads a CSV file with a header line: each row, as `{ column: text }`, must match `row`. A failing row is
 * named by its line in the file (the header is line 1).
 */
export function readReferenceCsv<S extends z.ZodType>(file: string, row: S): z.output<S>[] {
  return parseReferenceCsv(readText(file), file, row);
}

/** `readReferenceCsv` over text already in memory; `file` only names it in errors. */
export function parseReferenceCsv<S extends z.ZodType>(text: string, file: string, row: S): z.output<S>[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true }) as typeof records;
  } catch (error) {
    throw new ReferenceDataError(file, undefined, `not readable CSV: ${(error as Error).message}`);
  }
  return records.map(({ record, info }) => {
    const parsed = row.safeParse(record);
    if (!parsed.success)
      throw new ReferenceDataError(file, `line ${info.lines}`, describeIssues(parsed.error));
    return parsed.data;
  });
}

/** Reads a JSON file whose whole content must match `schema`; a failing entry is named by its path. */
export function readReferenceJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof ReferenceDataError) throw error;
    throw new ReferenceDataError(file, undefined, `not JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ReferenceDataError(file, undefined, describeIssues(parsed.error));
  return parsed.data;
}
