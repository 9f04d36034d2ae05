/**
 * Import of a generated HSDS dataset (services as paged HSDS list files, as an HSDS API dump would
 * give them) through `stitch import hsds`, on PGlite and on PostgreSQL, against two PostgreSQL COPY
 * baselines timed in the same run:
 *
 * - all rows (`ratioToCopy`): the rows the PostgreSQL import wrote, every catalog table and column it
 *   filled with the same values (service, phone, language, schedule and organization rows, about six per
 *   service), read back from that database and loaded by one psql run of `\copy` into bare tables of the
 *   same columns and types (no keys, no indexes). This is the baseline the import's rate is judged by.
 * - the same rows into the catalog's schema (`ratioToSchemaCopy`): the same files loaded by `\copy`, parents
 *   first and in one transaction, into a freshly migrated database, so with the keys, indexes, foreign keys
 *   and triggers the import writes through. What a raw load of already-checked rows would cost.
 * - service rows only (`ratioToServiceCopy`): the service table's ten main columns, one row per
 *   service, as earlier notes measured; kept so figures can be compared with them.
 *
 * The baselines need the PostgreSQL engine: its import runs first and supplies the rows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freshPostgres } from '../engines.js';
import { toHsdsOrganization, toHsdsService } from '../../src/domains/interchange/index.js';
import {
  ServiceInput,
  OrganizationInput,
  TABLES,
  columnsOf,
  type CatalogTableName,
} from '../../src/domains/catalog/index.js';
import {
  generatedOrganization,
  generatedService,
  ORGANIZATIONS_PER_1000_SERVICES,
} from '../generate/catalog.js';
import { measureProcess } from '../measure.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const PAGE = 1000;

export interface ImportFigure {
  engine: string;
  services: number;
  seconds: number;
  servicesPerSecond: number;
  peakRssMb: number;
  /** To the COPY of every row the import wrote. */
  ratioToCopy?: number;
  /** To the COPY of the service rows alone, the baseline of earlier notes. */
  ratioToServiceCopy?: number;
  /** To the COPY of every row the import wrote into the migrated schema. */
  ratioToSchemaCopy?: number;
}

function page(contents: unknown[], pageNumber: number, totalItems: number, size: number) {
  const totalPages = Math.ceil(totalItems / size);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber === totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Writes organizations.json and services-00001.json … as HSDS paged lists; returns the directory. */
export function writeDataset(services: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'stitch-bench-hsds-'));
  const organizations = Math.max(1, Math.round((services / 1000) * ORGANIZATIONS_PER_1000_SERVICES));
  const orgs = Array.from({ length: organizations }, (_, i) =>
    toHsdsOrganization(OrganizationInput.parse(generatedOrganization(i))),
  );
  writeFileSync(join(dir, 'organizations.json'), JSON.stringify(page(orgs, 1, organizations, organizations)));
  for (let start = 0, n = 1; start < services; start += PAGE, n++) {
    const contents = [];
    for (let i = start; i < Math.min(services, start + PAGE); i++) {
      contents.push(toHsdsService(ServiceInput.parse(generatedService(i, organizations))));
    }
    writeFileSync(
      join(dir, `services-${String(n).padStart(5, '0')}.json`),
      JSON.stringify(page(contents, n, services, PAGE)),
    );
  }
  return dir;
}

async function importWithCli(dir: string, env: NodeJS.ProcessEnv) {
  return measureProcess(
    process.execPath,
    ['bin/stitch.js', 'import', 'hsds', dir],
    { ...process.env, ...env },
    ROOT,
  );
}

/** Timed by one psql run of the script `commands`; returns the seconds. */
async function timedPsql(url: string, commands: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'stitch-bench-psql-'));
  try {
    const script = join(dir, 'copy.sql');
    writeFileSync(script, commands);
    const result = await measureProcess(
      'psql',
      [url, '--quiet', '--set', 'ON_ERROR_STOP=1', '--file', script],
      process.env,
      ROOT,
    );
    if (result.exitCode !== 0) throw new Error(`COPY failed: ${result.stderr}`);
    return result.seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PostgreSQL COPY of exactly the rows the import wrote into `importedUrl`: each catalog table holding
 * rows, the columns the import writes, read back in COPY's text format and loaded into bare tables of
 * the same column types in a fresh database, all in one psql run.
 */
async function copyImportedRows(
  adminUrl: string,
  importedUrl: string,
): Promise<{ seconds: number; schemaSeconds: number; rows: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'stitch-bench-copy-'));
  const target = await freshPostgres(adminUrl, 'stitch_bench_copy');
  const schema = await freshPostgres(adminUrl, 'stitch_bench_schema');
  const source = new pg.Client({ connectionString: importedUrl });
  await source.connect();
  try {
    const create: string[] = [];
    const dump: string[] = [];
    const load: string[] = [];
    let rows = 0;
    for (const table of Object.keys(TABLES) as CatalogTableName[]) {
      const counted = await source.query<{ n: string }>(`select count(*) as n from "${table}"`);
      const count = Number(counted.rows[0]?.n ?? 0);
      if (count === 0) continue;
      rows += count;
      const typed = await source.query<{ name: string; type: string }>(
        `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
         where attrelid = $1::regclass and attnum > 0 and not attisdropped`,
        [table],
      );
      const types = new Map(typed.rows.map((row) => [row.name, row.type]));
      const columns: readonly string[] = columnsOf(table);
      const list = columns.map((column) => `"${column}"`).join(', ');
      const file = join(dir, `${table}.copy`);
      create.push(
        `create table "${table}" (${columns.map((column) => `"${column}" ${types.get(column)}`).join(', ')});`,
      );
      dump.push(`\\copy (select ${list} from "${table}") to '${file}'`);
      load.push(`\\copy "${table}" (${list}) from '${file}'`);
    }
    await timedPsql(importedUrl, `${dump.join('\n')}\n`);
    await timedPsql(target.url, `${create.join('\n')}\n`);
    const seconds = await timedPsql(target.url, `${load.join('\n')}\n`);
    const migrated = await measureProcess(
      process.execPath,
      ['bin/stitch.js', 'migrate'],
      { ...process.env, DATABASE_URL: schema.url },
      ROOT,
    );
    if (migrated.exitCode !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
    const schemaSeconds = await timedPsql(schema.url, `begin;\n${load.join('\n')}\ncommit;\n`);
    return { seconds, schemaSeconds, rows };
  } finally {
    await source.end();
    rmSync(dir, { recursive: true, force: true });
    await target.drop();
    await schema.drop();
  }
}

/** PostgreSQL COPY of the service rows alone (id, organisation, bilingual texts) into a bare table. */
async function copyServiceRows(adminUrl: string, services: number): Promise<number> {
  const target = await freshPostgres(adminUrl, 'stitch_bench');
  const csvDir = mkdtempSync(join(tmpdir(), 'stitch-bench-copy-'));
  const file = join(csvDir, 'services.csv');
  const organizations = Math.max(1, Math.round((services / 1000) * ORGANIZATIONS_PER_1000_SERVICES));
  const quote = (value: unknown) => `"${String(JSON.stringify(value)).replace(/"/g, '""')}"`;
  const lines: string[] = [];
  for (let i = 0; i < services; i++) {
    const s = ServiceInput.parse(generatedService(i, organizations));
    lines.push(
      [
        s.id,
        s.organization_id,
        quote(s.name),
        quote(s.description),
        quote(s.url),
        s.email,
        s.status,
        quote(s.eligibility_description),
        s.minimum_age,
        s.assured_date,
      ].join(','),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  try {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query(
      `CREATE TABLE service (id text PRIMARY KEY, organization_id text, name jsonb, description jsonb, url jsonb, email text, status text, eligibility_description jsonb, minimum_age numeric, assured_date date)`,
    );
    await client.end();
    return await timedPsql(target.url, `\\copy service FROM '${file}' WITH (FORMAT csv)\n`);
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
    await target.drop();
  }
}

export async function runImportBench(options: {
  services: number;
  engines: ('pglite' | 'postgres')[];
  adminUrl: string;
}): Promise<ImportFigure[]> {
  const dir = writeDataset(options.services);
  const imports: ImportFigure[] = [];
  const baselines: ImportFigure[] = [];
  let allRowsSeconds: number | undefined;
  let serviceRowsSeconds: number | undefined;
  let schemaRowsSeconds: number | undefined;
  // PostgreSQL first: the all-rows baseline copies the rows its import wrote.
  const engines = [...options.engines].sort((a, b) => Number(b === 'postgres') - Number(a === 'postgres'));
  try {
    for (const engine of engines) {
      let env: NodeJS.ProcessEnv;
      let cleanup: () => Promise<void>;
      let databaseUrl: string | undefined;
      if (engine === 'postgres') {
        const target = await freshPostgres(options.adminUrl, 'stitch_bench');
        env = { DATABASE_URL: target.url };
        databaseUrl = target.url;
        cleanup = target.drop;
      } else {
        const dataDir = mkdtempSync(join(tmpdir(), 'stitch-bench-pglite-'));
        mkdirSync(dataDir, { recursive: true });
        env = { DATABASE_URL: '', STITCH_DATA_DIR: dataDir };
        cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
      }
      try {
        await measureProcess(
          process.execPath,
          ['bin/stitch.js', 'migrate'],
          { ...process.env, ...env },
          ROOT,
        );
        const result = await importWithCli(dir, env);
        if (result.exitCode !== 0)
          throw new Error(`import on ${engine} failed:\n${result.stderr.slice(-2000)}`);
        imports.push({
          engine: engine === 'postgres' ? 'stitch import hsds, PostgreSQL' : 'stitch import hsds, PGlite',
          services: options.services,
          seconds: round(result.seconds),
          servicesPerSecond: Math.round(options.services / result.seconds),
          peakRssMb: result.peakRssMb,
        });
        if (databaseUrl) {
          const copied = await copyImportedRows(options.adminUrl, databaseUrl);
          allRowsSeconds = copied.seconds;
          baselines.push({
            engine: `PostgreSQL COPY of the imported rows (${copied.rows} rows; the baseline)`,
            services: options.services,
            seconds: round(copied.seconds),
            servicesPerSecond: Math.round(options.services / copied.seconds),
            peakRssMb: 0,
            ratioToCopy: 1,
          });
          schemaRowsSeconds = copied.schemaSeconds;
          baselines.push({
            engine: `PostgreSQL COPY of the imported rows into the migrated schema (keys, indexes, triggers)`,
            services: options.services,
            seconds: round(copied.schemaSeconds),
            servicesPerSecond: Math.round(options.services / copied.schemaSeconds),
            peakRssMb: 0,
            ratioToSchemaCopy: 1,
          });
          serviceRowsSeconds = await copyServiceRows(options.adminUrl, options.services);
          baselines.push({
            engine: 'PostgreSQL COPY of the service rows only (earlier baseline)',
            services: options.services,
            seconds: round(serviceRowsSeconds),
            servicesPerSecond: Math.round(options.services / serviceRowsSeconds),
            peakRssMb: 0,
            ratioToServiceCopy: 1,
          });
        }
      } finally {
        await cleanup();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const figure of imports) {
    if (allRowsSeconds) figure.ratioToCopy = round(allRowsSeconds / figure.seconds, 3);
    if (serviceRowsSeconds) figure.ratioToServiceCopy = round(serviceRowsSeconds / figure.seconds, 3);
    if (schemaRowsSeconds) figure.ratioToSchemaCopy = round(schemaRowsSeconds / figure.seconds, 3);
  }
  return [...baselines, ...imports];
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
