/**
 * The official HSDS 3.0 examples through the database: `stitch import hsds <file> --untranslated hold`, then
 * `stitch export hsds`, give back the same records (after normaliseHsds: key order, array order,
 * null ≡ absent ≡ empty, implied link fields), and a second Stitch importing that export exports it identically.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { exportHsdsFiles, type HsdsExportFormat } from '../commands/exportHsdsFiles.js';
import { importHsdsFiles } from '../commands/importHsdsFiles.js';
import { CSV_TABLES, parseCsv, type CsvRows, type CsvTable } from './csv.js';
import { normaliseHsds } from './normalise.js';
import { hsdsOrganization, hsdsService, hsdsServiceAtLocation } from './read.js';
import { STITCH_TAXONOMY, STITCH_TERM_IDS } from './spec.js';
import { hsdsSchemaDir } from './validate.js';

const EXAMPLES = join(hsdsSchemaDir(), '../examples');
const example = (name: string) =>
  JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')) as Record<string, unknown>;

const open: TestDatabase[] = [];
const scratch: string[] = [];
afterAll(async () => {
  for (const database of open) await database.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function freshDb(): Promise<Db> {
  const database = await createTestDatabase();
  open.push(database);
  return database.db;
}

/** What `stitch import hsds <path> --untranslated hold` does, asserting nothing was refused. */
async function importPath(db: Db, path: string): Promise<void> {
  const imported = await importHsdsFiles(db, { path, untranslated: 'hold', skipInvalid: false });
  expect(imported.rejected).toEqual([]);
  expect(imported.refused).toBe(false);
}

/** What `stitch export hsds <dir> --format <format>` does, asserting every record validates. */
async function exportTo(db: Db, format: HsdsExportFormat): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'stitch-hsds-roundtrip-'));
  scratch.push(dir);
  const result = await exportHsdsFiles(db, dir, { format });
  expect(result.invalid).toEqual([]);
  return dir;
}

const files = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));

const exported = (dir: string, file: string) =>
  JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as Record<string, unknown>[];

/** Import the export into another database and export again: the files must be identical. */
async function expectStableReexport(dir: string, format: HsdsExportFormat): Promise<void> {
  const second = await freshDb();
  await importPath(second, dir);
  expect(files(await exportTo(second, format))).toEqual(files(dir));
}

describe('official HSDS 3.0 examples round-trip through the database', () => {
  it('service_full.json', async () => {
    const source = example('service_full');
    const db = await freshDb();
    await importPath(db, join(EXAMPLES, 'service_full.json'));
    const read = await hsdsService(db, String(source.id));
    expect(normaliseHsds(read?.record)).toEqual(normaliseHsds(source));
    const dir = await exportTo(db, 'json');
    expect(exported(dir, 'services').map((s) => s.id)).toEqual([source.id]);
    await expectStableReexport(dir, 'json');
  });

  it('organization_full.json', async () => {
    const source = example('organization_full');
    const db = await freshDb();
    await importPath(db, join(EXAMPLES, 'organization_full.json'));
    const { services, ...organization } = source as { services: unknown[]; programs: unknown[] };
    // The API leaves services held for translation out of an organization (README); the export has them.
    expect(normaliseHsds(await hsdsOrganization(db, String(source.id)))).toEqual(normaliseHsds(organization));
    const dir = await exportTo(db, 'json');
    expect(normaliseHsds(exported(dir, 'organizations'))).toEqual(normaliseHsds([organization]));
    // services.json names the organization and program by id; nested, the example gives the program whole.
    const programs = organization.programs as Record<string, unknown>[];
    const flat = exported(dir, 'services').map(({ organization_id: _o, program_id, ...service }) => ({
      ...service,
      program: programs.find((program) => program.id === program_id),
    }));
    expect(normaliseHsds(flat)).toEqual(normaliseHsds(services));
    // The organization's parent is held elsewhere: its id is kept all the same.
    expect(exported(dir, 'organizations')[0]!.parent_organization_id).toBe(source.parent_organization_id);
    await expectStableReexport(dir, 'json');
  });

  it('service_at_location_full.json', async () => {
    const source = example('service_at_location_full');
    const db = await freshDb();
    await importPath(db, join(EXAMPLES, 'service_at_location_full.json'));
    expect(normaliseHsds(await hsdsServiceAtLocation(db, String(source.id)))).toEqual(normaliseHsds(source));
    await expectStableReexport(await exportTo(db, 'json'), 'json');
  });

  it('location.json: coordinates out of range are kept as given', async () => {
    const source = example('location');
    const db = await freshDb();
    await importPath(db, join(EXAMPLES, 'location.json'));
    const dir = await exportTo(db, 'json');
    expect(exported(dir, 'locations')).toEqual([source]);
    expect(source).toMatchObject({ latitude: 100, longitude: 101 });
    await expectStableReexport(dir, 'json');
  });

  it('taxonomy.json and taxonomy_term.json', async () => {
    for (const name of ['taxonomy', 'taxonomy_term'] as const) {
      const source = example(name);
      const db = await freshDb();
      await importPath(db, join(EXAMPLES, `${name}.json`));
      const dir = await exportTo(db, 'json');
      const records = exported(dir, name === 'taxonomy' ? 'taxonomies' : 'taxonomy_terms');
      expect(records.find((r) => r.id === source.id)).toEqual(source);
      // Held for translation: no French attribute about it goes out.
      expect(exported(dir, 'attributes').some((a) => a.link_id === source.id)).toBe(false);
      await expectStableReexport(dir, 'json');
    }
  });
});

describe('the official HSDS 3.0 CSV package round-trips through the database', () => {
  const readPackage = (dir: string): CsvRows => {
    const tables: CsvRows = {};
    for (const [table, [file]] of Object.entries(CSV_TABLES) as [CsvTable, readonly [string, string]][]) {
      const { rows, rejected } = parseCsv(readFileSync(join(dir, file), 'utf8'), file);
      expect(rejected).toEqual([]);
      tables[table] = rows;
    }
    return tables;
  };
  const byId = (rows: Record<string, unknown>[]) =>
    [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

  it('every row and value comes back, except what ADR 0004 says a linked catalog cannot hold', async () => {
    const csvDir = join(EXAMPLES, 'csv');
    const original = readPackage(csvDir);
    const db = await freshDb();
    await importPath(db, csvDir);
    const dir = await exportTo(db, 'csv');
    const again = readPackage(dir);
    const stitchIds = new Set([STITCH_TAXONOMY.id, ...STITCH_TERM_IDS]);
    const stitchRow = (row: Record<string, unknown>) =>
      stitchIds.has(String(row.id)) || stitchIds.has(String(row.link_id));
    // ADR 0004: references to records the package does not hold (a contact's organization and
    // service-at-location, attribute and metadata rows about unknown records) and the table descriptions.
    const expected: CsvRows = {
      ...original,
      contact: original.contact!.map(({ organization_id: _o, service_at_location_id: _s, ...row }) => row),
      attribute: [],
      metadata: [],
      meta_table_description: [],
    };
    for (const table of Object.keys(CSV_TABLES) as CsvTable[])
      expect(byId(again[table]!.filter((row) => !stitchRow(row))), table).toEqual(byId(expected[table]!));
    await expectStableReexport(dir, 'csv');
  });
});
