/** The HSDS CSV data package written as an export streams past: one file per table and datapackage.json. */
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { CSV_TABLES, CsvFlattener, columnsOf, type CsvTable } from './csv.js';
import type { HsdsDocumentSet } from './documents.js';
import { hsdsSchemaDir } from './validate.js';

/**
 * CSV tables written as records stream past; a record met again (same id) is written once. A child
 * shared by several parents (a phone of a service and of a location) is met once per parent: the
 * parent keys the first row lacked are remembered and filled in when the package is closed.
 */
export class CsvPackageWriter {
  private readonly streams = new Map<CsvTable, WriteStream>();
  /** For every row written, its parent keys (`*_id` columns) as written. */
  private readonly written = new Map<CsvTable, Map<string, Record<string, string>>>();
  private readonly patches = new Map<CsvTable, Map<string, Record<string, string>>>();
  constructor(private readonly dir: string) {}

  private parentKeys(row: Record<string, unknown>): Record<string, string> {
    const keys: Record<string, string> = {};
    for (const [column, value] of Object.entries(row))
      if (column !== 'id' && column.endsWith('_id') && value != null && value !== '')
        keys[column] = String(value);
    return keys;
  }

  private remember(table: CsvTable, id: string, row: Record<string, unknown>): boolean {
    const seen = this.written.get(table)!;
    const earlier = seen.get(id);
    if (!earlier) {
      seen.set(id, this.parentKeys(row));
      return true;
    }
    for (const [column, value] of Object.entries(this.parentKeys(row))) {
      if (earlier[column] !== undefined) continue;
      earlier[column] = value;
      const patches = this.patches.get(table) ?? new Map<string, Record<string, string>>();
      this.patches.set(table, patches);
      patches.set(id, { ...patches.get(id), [column]: value });
    }
    return false;
  }

  /** Rewrites the few tables where a shared child gained parent keys after its row was written. */
  private async applyPatches(): Promise<void> {
    for (const [table, patches] of this.patches) {
      const file = join(this.dir, CSV_TABLES[table][0]);
      const records = parseCsv(await readFile(file, 'utf8'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      for (const record of records) Object.assign(record, patches.get(record.id ?? '') ?? {});
      await writeFile(file, stringifyCsv(records, { header: true, columns: columnsOf(table) }));
    }
  }

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const [table, [file]] of Object.entries(CSV_TABLES) as [CsvTable, readonly [string, string]][]) {
      const stream = createWriteStream(join(this.dir, file), 'utf8');
      stream.write(`${columnsOf(table).join(',')}\n`);
      this.streams.set(table, stream);
      this.written.set(table, new Map());
    }
  }

  async write(set: Partial<HsdsDocumentSet>): Promise<void> {
    const flat = new CsvFlattener().addSet(set);
    for (const [table, rows] of flat.rows) {
      const fresh = new CsvFlattener();
      for (const [id, row] of rows) {
        if (!this.remember(table, id, row)) continue;
        fresh.rows.set(table, (fresh.rows.get(table) ?? new Map()).set(id, row));
      }
      const text = fresh.toCsv().get(table)!;
      const body = text.slice(text.indexOf('\n') + 1);
      if (body && !this.streams.get(table)!.write(body))
        await new Promise<void>((done) => this.streams.get(table)!.once('drain', () => done()));
    }
  }

  async close(): Promise<void> {
    for (const stream of this.streams.values())
      await new Promise<void>((done, fail) =>
        stream.end((error?: Error | null) => (error ? fail(error) : done())),
      );
    await this.applyPatches();
    // The descriptor: the official one when the HSDS folder is at hand (same 21 resources), else the table list.
    const official = join(hsdsSchemaDir(), '..', 'datapackage.json');
    const descriptor = existsSync(official)
      ? await readFile(official, 'utf8')
      : `${JSON.stringify(
          {
            name: 'human_services_data',
            profile: 'tabular-data-package',
            version: '3.0.0',
            resources: Object.entries(CSV_TABLES).map(([name, [path, columns]]) => ({
              name,
              path,
              format: 'csv',
              mediatype: 'text/csv',
              profile: 'tabular-data-resource',
              schema: { fields: columns.split(',').map((field) => ({ name: field, type: 'string' })) },
            })),
          },
          null,
          2,
        )}\n`;
    await writeFile(join(this.dir, 'datapackage.json'), descriptor);
  }
}
