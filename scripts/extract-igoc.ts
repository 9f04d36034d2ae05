/**
 * Writes data/reference/gc-departments/igoc.csv, the part of the Inventory of Government of Canada
 * Organizations that Stitch reads: the columns of IGOC_COLUMNS, for the departments of departments.json, by
 * org_id. Run it again after adding a department or to take a newer IGOC file:
 *
 *   node --import tsx scripts/extract-igoc.ts [<igoc.csv>]
 *
 * The source defaults to ../shared/data/gc-organizations/igoc.csv (GC InfoBase's `data/igoc.csv`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DEPARTMENTS } from '../src/domains/interchange/serviceInventory/departments.js';
import { IGOC_COLUMNS } from '../src/domains/interchange/serviceInventory/igoc.js';
import { PROJECT_ROOT, referenceDataPath } from '../src/platform/reference/index.js';

const source = resolve(process.argv[2] ?? resolve(PROJECT_ROOT, '../shared/data/gc-organizations/igoc.csv'));
const target = referenceDataPath('gc-departments/igoc.csv');

const records = parse(readFileSync(source), { bom: true, columns: true, skip_empty_lines: true }) as Record<
  string,
  string
>[];
const wanted = new Set(DEPARTMENTS.map((department) => department.igoc));
const rows = records
  .filter((record) => wanted.has((record.org_id ?? '').trim()))
  .sort((a, b) => Number(a.org_id) - Number(b.org_id));

const missing = [...wanted].filter((id) => !rows.some((row) => row.org_id?.trim() === id));
if (missing.length > 0) {
  process.stderr.write(`${source} has no row for org_id ${missing.join(', ')}: nothing written.\n`);
  process.exit(1);
}

writeFileSync(target, stringify(rows, { header: true, columns: [...IGOC_COLUMNS], record_delimiter: '\n' }));
process.stdout.write(`${rows.length} organisations from ${source} written to ${target}\n`);
