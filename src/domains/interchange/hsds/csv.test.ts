import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogBundle } from '../../catalog/index.js';
import { CSV_TABLES, CsvFlattener, csvToDocuments, parseCsv, type CsvRows, type CsvTable } from './csv.js';
import { bundleToHsds } from './documents.js';
import { hsdsToBundle } from './fromHsds.js';
import { withDefaults } from './lookup.js';
import { STITCH_TAXONOMY, STITCH_TERM_IDS } from './spec.js';
import { richBundle } from './testFixtures.js';
import { hsdsSchemaDir } from './validate.js';

const CSV_DIR = join(hsdsSchemaDir(), '../examples/csv');

function readPackage(read: (file: string) => string): CsvRows {
  const tables: CsvRows = {};
  for (const [table, [file]] of Object.entries(CSV_TABLES) as [CsvTable, readonly [string, string]][]) {
    const { rows, rejected } = parseCsv(read(file), file);
    expect(rejected).toEqual([]);
    tables[table] = rows;
  }
  return tables;
}

function writePackage(tables: CsvRows, untranslated: 'refuse' | 'hold'): Map<CsvTable, string> {
  const { documents } = csvToDocuments(tables);
  const result = hsdsToBundle(documents, { untranslated });
  expect(result.rejected).toEqual([]);
  return new CsvFlattener().addSet(bundleToHsds(withDefaults(result.bundle))).toCsv();
}

describe('the HSDS CSV data package', () => {
  it('has the official tables, files and columns, in order, from the catalog descriptors', () => {
    const official = JSON.parse(readFileSync(join(hsdsSchemaDir(), '..', 'datapackage.json'), 'utf8')) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(Object.entries(CSV_TABLES)).toEqual(
      official.resources.map((resource) => [
        resource.name,
        [resource.path, resource.schema.fields.map((field) => field.name).join(',')],
      ]),
    );
  });

  it('reads the official example into one bundle, joining the tables by their keys', () => {
    const { documents, notes } = csvToDocuments(
      readPackage((file) => readFileSync(join(CSV_DIR, file), 'utf8')),
    );
    const bundle = withDefaults(hsdsToBundle(documents, { untranslated: 'hold' }).bundle);
    expect(bundle.services).toHaveLength(1);
    const service = bundle.services[0]!;
    expect(service.phones[0]!.number).toBe('"+44 1234 234567"');
    expect(service.schedules[0]).toMatchObject({ timezone: 3, count: 3, byday: 'TH,FR' });
    expect(service.service_at_locations[0]).toMatchObject({
      location_id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
    });
    expect(bundle.organizations[0]!.programs).toHaveLength(1);
    expect(notes.join('\n')).toMatch(/attribute ae58cc39.* not in the package/);
  });

  it('round-trips the official example, losing only links to records the package does not hold', () => {
    const original = readPackage((file) => readFileSync(join(CSV_DIR, file), 'utf8'));
    const written = writePackage(original, 'hold');
    const again = readPackage((file) =>
      written.get(Object.entries(CSV_TABLES).find(([, [f]]) => f === file)![0] as CsvTable)!,
    );
    // Stitch's own taxonomy (and its French) rides along in every export.
    const stitchIds = new Set([STITCH_TAXONOMY.id, ...STITCH_TERM_IDS]);
    const stitchRow = (row: Record<string, unknown>) =>
      stitchIds.has(String(row.id)) || stitchIds.has(String(row.link_id));
    // The example's dangling references (ids of records that are not in the package) cannot be kept.
    const expected: CsvRows = {
      ...original,
      contact: original.contact!.map(({ organization_id: _o, service_at_location_id: _s, ...row }) => row),
      attribute: [],
      metadata: [],
      meta_table_description: [],
    };
    for (const table of Object.keys(CSV_TABLES) as CsvTable[]) {
      expect(
        again[table]!.filter((row) => !stitchRow(row)),
        table,
      ).toEqual(expected[table]);
    }
  });

  it('a bilingual catalog keeps its French and extensions in attributes.csv', () => {
    const bundle = CatalogBundle.parse(richBundle());
    const written = new CsvFlattener().addSet(bundleToHsds(bundle)).toCsv();
    const tables = readPackage((file) =>
      written.get(Object.entries(CSV_TABLES).find(([, [f]]) => f === file)![0] as CsvTable)!,
    );
    expect(
      tables.attribute!.some(
        (row) => row.link_type === 'name' && row.value === 'Prestations régulières d’assurance-emploi',
      ),
    ).toBe(true);
    const { documents } = csvToDocuments(tables);
    const read = hsdsToBundle(documents);
    expect(read.rejected).toEqual([]);
    const again = CatalogBundle.parse(read.bundle);
    expect(bundleToHsds(again)).toEqual(bundleToHsds(bundle));
  });

  it('names the file and row of malformed CSV', () => {
    expect(parseCsv('id,name\n"unterminated,x\n', 'services.csv').rejected[0]).toMatchObject({
      where: expect.stringMatching(/^services\.csv/),
      reason: expect.stringMatching(/Not valid CSV/),
    });
    expect(parseCsv('id,latitude\nabc,north\n', 'locations.csv').rejected[0]).toEqual({
      where: 'locations.csv row 2 (id abc)',
      field: 'latitude',
      reason: '"north" is not a number.',
    });
  });
});
