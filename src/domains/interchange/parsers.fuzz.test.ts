/**
 * Bounded property-based runs over every importer's parser: whatever bytes arrive, each one names what it
 * refuses and never throws anything but its own, named error. A failure prints fast-check's seed and the
 * shrunk input; `fc.assert(…, { seed, path })` replays it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogBundle } from '../catalog/index.js';
import { CSV_TABLES, csvToDocuments, parseCsv, type CsvRows, type CsvTable } from './hsds/csv.js';
import { checkHsdsDocuments } from './hsds/files.js';
import { HsdsReader, unpackHsdsJson } from './hsds/fromHsds.js';
import { hsdsSchemaDir } from './hsds/validate.js';
import { ParseNotes, parseServiceRows, parseStandardRows } from './serviceInventory/parse.js';
import { InventoryFileError, parseInventoryCsv } from './serviceInventory/read.js';
import { mutated } from '../../testing/fuzz.js';

const RUNS = { numRuns: 150 };
const EXAMPLES = join(hsdsSchemaDir(), '../examples');
const INVENTORY = new URL('../../../../shared/data/gc-service-inventory/yearly/', import.meta.url);

/** A real text with a slice cut out and arbitrary text (quotes, separators, line breaks…) put in. */
function spliced(text: string) {
  const noise = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('"', '""', ',', '\n', '\r\n', '\uFEFF', '\u0000', '"\n"', ',,,,'),
  );
  return fc
    .tuple(fc.nat(text.length), fc.nat(200), noise)
    .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));
}

/** Reads HSDS JSON the way `stitch import hsds` does, up to the catalog bundle. */
function readHsdsJson(value: unknown): void {
  const unpacked = unpackHsdsJson(value, 'fuzz.json');
  const notes: string[] = [];
  const checked = checkHsdsDocuments(unpacked.documents, notes);
  const result = new HsdsReader({ untranslated: 'hold' }).add(checked.valid).result();
  for (const rejection of [...unpacked.rejected, ...checked.rejected, ...result.rejected])
    expect(rejection.where).toEqual(expect.any(String));
  // What the reader lets through is a bundle the catalog accepts, or is refused there by name.
  const bundle = CatalogBundle.safeParse(result.bundle);
  if (!bundle.success) expect(bundle.error.issues.length).toBeGreaterThan(0);
}

describe('HSDS JSON under arbitrary input', () => {
  it('refuses any JSON value by name, never by throwing', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), readHsdsJson), RUNS);
  });

  for (const file of ['service_full.json', 'organization_full.json', 'service_at_location_full.json']) {
    it(`reads ${file} with values replaced anywhere`, () => {
      const example = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as unknown;
      fc.assert(fc.property(mutated(example), readHsdsJson), RUNS);
    });
  }
});

describe('HSDS CSV packages under arbitrary input', () => {
  const real: CsvRows = {};
  const texts = new Map<CsvTable, string>();
  for (const [table, [file]] of Object.entries(CSV_TABLES) as [CsvTable, readonly [string, string]][]) {
    try {
      texts.set(table, readFileSync(join(EXAMPLES, 'csv', file), 'utf8'));
    } catch {
      // The examples do not have every table.
    }
  }
  for (const [table, text] of texts) real[table] = parseCsv(text, table).rows;

  it('parses any text as a table or names it not valid CSV', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseCsv(text, 'services.csv');
        expect(Array.isArray(parsed.rows)).toBe(true);
      }),
      RUNS,
    );
  });

  it('joins a package with one table damaged anywhere into documents, never throwing', () => {
    const tables = [...texts.keys()];
    fc.assert(
      fc.property(
        fc
          .constantFrom(...tables)
          .chain((table) => spliced(texts.get(table)!).map((text) => [table, text] as const)),
        ([table, text]) => {
          const damaged = { ...real, [table]: parseCsv(text, table).rows };
          const { documents } = csvToDocuments(damaged);
          const notes: string[] = [];
          const checked = checkHsdsDocuments(documents, notes);
          new HsdsReader({ untranslated: 'hold' }).add(checked.valid).result();
        },
      ),
      RUNS,
    );
  });
});

describe('GC Service Inventory CSV under arbitrary input', () => {
  const services = readFileSync(new URL('2019-2020_services.csv', INVENTORY), 'utf8')
    .split('\n')
    .slice(0, 40)
    .join('\n');
  const standards = readFileSync(new URL('2019-2020_standards.csv', INVENTORY), 'utf8')
    .split('\n')
    .slice(0, 40)
    .join('\n');

  const readInventory = (content: string | Uint8Array) => {
    let table;
    try {
      table = parseInventoryCsv(typeof content === 'string' ? content : Buffer.from(content), 'fuzz.csv');
    } catch (error) {
      // A file refused whole says why, with its own error.
      expect(error).toBeInstanceOf(InventoryFileError);
      return;
    }
    const notes = new ParseNotes();
    const parsed = table.format.startsWith('services')
      ? parseServiceRows(table, notes)
      : parseStandardRows(table, notes);
    for (const rejection of parsed.rejected) expect(rejection.where).toMatch(/^fuzz\.csv/);
  };

  it('refuses arbitrary bytes as a file, with its own error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), readInventory), RUNS);
  });

  it('reads a services file and a standards file damaged anywhere, row by row', () => {
    fc.assert(fc.property(fc.oneof(spliced(services), spliced(standards)), readInventory), RUNS);
  });
});
