/**
 * The Inventory of Government of Canada Organizations (IGOC, `igoc.csv`), read at import time for the names,
 * descriptions and websites of the departments the Service Inventory names. The file is not part of the
 * project: it stays in the shared data folder (`../shared/data/gc-organizations/igoc.csv`), or wherever
 * `--organizations` / `STITCH_IGOC_CSV` points. A missing file is not an error: the import then names the
 * departments from the inventory files themselves.
 *
 * Contains information licensed under the Open Government Licence – Canada.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { LocalizedText } from '../../../platform/i18n/localized.js';
import { cleanLine } from './clean.js';
import { InventoryFileError } from './read.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Columns the reader needs; the others (ministry, institutional form…) are not used. */
const REQUIRED = ['org_id', 'legal_title_en', 'legal_title_fr'] as const;

export interface IgocOrganization {
  orgId: string;
  /** Applied title, else legal title, in each language. */
  name: LocalizedText;
  /** Empty in a language IGOC gives none for. */
  description: { en: string; fr: string };
  website: { en: string | null; fr: string | null };
  /** Legal, applied and former applied titles and abbreviations, both languages: spellings to recognise. */
  titles: string[];
}

export interface IgocTable {
  /** The path looked at (absolute). */
  path: string;
  /** False when there was no file there: `organizations` is then empty. */
  found: boolean;
  /** By `org_id`. */
  organizations: Map<string, IgocOrganization>;
}

/** The IGOC file: `STITCH_IGOC_CSV` (relative to the project root), else the shared data copy. */
export function defaultIgocPath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.STITCH_IGOC_CSV?.trim();
  if (configured) return isAbsolute(configured) ? configured : resolve(PROJECT_ROOT, configured);
  return resolve(PROJECT_ROOT, '../shared/data/gc-organizations/igoc.csv');
}

/** `www.agr.gc.ca`, `https://…`, or `www.priv.gc.ca *,* www.oic-ci.gc.ca` (the first is taken) → an address. */
export function igocWebsite(raw: string | undefined): string | null {
  const first = cleanLine(raw).split(/\s+|\*,\*/)[0] ?? '';
  if (!first) return null;
  const candidate = /^https?:\/\//i.test(first) ? first : `https://${first}`;
  try {
    const url = new URL(candidate);
    return url.hostname.includes('.') ? candidate : null;
  } catch {
    return null;
  }
}

/** Parses IGOC CSV text already in memory. */
export function parseIgoc(content: Buffer | string, path: string): IgocTable {
  const name = basename(path);
  let records: Record<string, string>[];
  try {
    records = parse(content, {
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw new InventoryFileError(
      'not_csv',
      `${name} is not a readable IGOC CSV file: ${(error as Error).message}`,
      { file: name },
    );
  }
  const header = Object.keys(records[0] ?? {});
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new InventoryFileError(
      'wrong_header',
      `${name} row 1: not an IGOC file (no ${missing.join(', ')} column).`,
      { file: name, missing },
    );
  }
  const organizations = new Map<string, IgocOrganization>();
  for (const record of records) {
    const orgId = (record.org_id ?? '').trim();
    if (!orgId) continue;
    const line = (column: string) => cleanLine(record[column]);
    organizations.set(orgId, {
      orgId,
      name: {
        en: line('applied_title_en') || line('legal_title_en'),
        fr: line('applied_title_fr') || line('legal_title_fr'),
      },
      description: {
        en: (record.description_en ?? '').trim(),
        fr: (record.description_fr ?? '').trim(),
      },
      website: { en: igocWebsite(record.dept_website_en), fr: igocWebsite(record.dept_website_fr) },
      titles: [
        'legal_title_en',
        'legal_title_fr',
        'applied_title_en',
        'applied_title_fr',
        'old_applied_title_en',
        'old_applied_title_fr',
        'abbr_en',
        'abbr_fr',
      ]
        .map(line)
        .filter((title) => title !== ''),
    });
  }
  return { path, found: true, organizations };
}

/** Reads the IGOC file; a file that is not there gives an empty table with `found: false`. */
export async function readIgoc(path: string = defaultIgocPath()): Promise<IgocTable> {
  const absolute = resolve(path);
  let content: Buffer;
  try {
    content = await readFile(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { path: absolute, found: false, organizations: new Map() };
    throw error;
  }
  return parseIgoc(content, absolute);
}

/** An IGOC table with nothing in it: the import names departments from the inventory files. */
export const noIgoc = (path: string): IgocTable => ({
  path: resolve(path),
  found: false,
  organizations: new Map(),
});
