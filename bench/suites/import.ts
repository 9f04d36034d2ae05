/**
 * Import of a generated HSDS dataset (services as paged HSDS list files, as an HSDS API dump would
 * give them) through `stitch import hsds`, on PGlite and on PostgreSQL, beside PostgreSQL's own
 * COPY of the same service rows as the baseline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freshPostgres } from '../engines.js';
import { toHsdsOrganization, toHsdsService } from '../../src/domains/interchange/index.js';
import { ServiceInput, OrganizationInput } from '../../src/domains/catalog/index.js';
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
  ratioToCopy?: number;
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

/** PostgreSQL COPY of the same service rows (id, organisation, bilingual texts) into a bare table. */
async function copyBaseline(adminUrl: string, services: number): Promise<number> {
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
    const result = await measureProcess(
      'psql',
      [target.url, '-c', `\\copy service FROM '${file}' WITH (FORMAT csv)`],
      process.env,
      ROOT,
    );
    if (result.exitCode !== 0) throw new Error(`COPY failed: ${result.stderr}`);
    return result.seconds;
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
  const figures: ImportFigure[] = [];
  try {
    let copySeconds: number | undefined;
    if (options.engines.includes('postgres')) {
      copySeconds = await copyBaseline(options.adminUrl, options.services);
      figures.push({
        engine: 'PostgreSQL COPY (baseline)',
        services: options.services,
        seconds: round(copySeconds),
        servicesPerSecond: Math.round(options.services / copySeconds),
        peakRssMb: 0,
        ratioToCopy: 1,
      });
    }
    for (const engine of options.engines) {
      let env: NodeJS.ProcessEnv;
      let cleanup: () => Promise<void>;
      if (engine === 'postgres') {
        const target = await freshPostgres(options.adminUrl, 'stitch_bench');
        env = { DATABASE_URL: target.url };
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
        figures.push({
          engine: engine === 'postgres' ? 'stitch import hsds, PostgreSQL' : 'stitch import hsds, PGlite',
          services: options.services,
          seconds: round(result.seconds),
          servicesPerSecond: Math.round(options.services / result.seconds),
          peakRssMb: result.peakRssMb,
          ratioToCopy: copySeconds ? round(copySeconds / result.seconds, 3) : undefined,
        });
      } finally {
        await cleanup();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
