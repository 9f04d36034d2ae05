/**
 * The demo data in data/demo says what the TypeScript demo data said: the HSDS data package seeds the same
 * catalog (every catalog table, and the HSDS export, are the same), and the JSON files hold the same
 * clusters, partnerships and search terms.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { exportHsds } from '../cli/commands/hsds.js';
import { hsds, importCatalog } from '../domains/catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { demoCatalog } from './catalog/index.js';
import { demoClusters } from './clusters/index.js';
import { demoPartnerships } from './partnerships.js';
import { demoServiceTerms } from './search/serviceTerms.js';

const TABLES = [
  'jurisdiction',
  'organization',
  'organization_identifier',
  'program',
  'service',
  'location',
  'address',
  'service_at_location',
  'contact',
  'phone',
  'service_channel',
  'schedule',
  'funding',
  'service_area',
  'required_document',
  'language',
  'accessibility',
  'cost_option',
  'taxonomy',
  'taxonomy_term',
  'attribute',
  'metadata',
  'service_standard',
];
const CLOCK = new Set(['created_at', 'updated_at', 'last_modified', 'last_published_at', 'last_verified_at']);
const quiet = { start() {}, increment() {}, stop() {} };

const open: TestDatabase[] = [];
const scratch: string[] = [];
afterAll(async () => {
  for (const database of open) await database.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    out[table] = rows
      .map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !CLOCK.has(column))))
      .map((row) => JSON.stringify(row))
      .sort();
  }
  return out;
}

async function exported(db: Db): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'stitch-demo-equivalence-'));
  scratch.push(dir);
  const result = await exportHsds(db, dir, 'json', quiet);
  expect(result.invalid).toEqual([]);
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

const json = (file: string): unknown => JSON.parse(readFileSync(resolve('data/demo', file), 'utf8'));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the demo data files', () => {
  it('say what the TypeScript clusters, partnerships and search terms said', () => {
    for (const cluster of demoClusters())
      expect(json(`clusters/${cluster.definition.key}.json`)).toEqual(plain(cluster));
    expect(readdirSync(resolve('data/demo/clusters'))).toHaveLength(demoClusters().length);
    for (const partnership of demoPartnerships())
      expect(json(`partnerships/${partnership.partnership.key}.json`)).toEqual(plain(partnership));
    expect(readdirSync(resolve('data/demo/partnerships'))).toHaveLength(demoPartnerships().length);
    expect(json('search-terms.json')).toEqual(plain(demoServiceTerms));
  });
});

describe('the demo catalog data package', () => {
  it('seeds the same catalog as the TypeScript catalog', async () => {
    const fromCode = await createTestDatabase();
    const fromData = await createTestDatabase();
    open.push(fromCode, fromData);
    const options = { source: 'demo', actor: 'stitch seed demo' };
    const code = await importCatalog(fromCode.db, demoCatalog(), options);
    const read = hsds.readHsdsBundle(resolve('data/demo/catalog'));
    expect(read.rejected).toEqual([]);
    const data = await importCatalog(fromData.db, read.bundle, options);
    expect(data).toEqual(code);
    const a = await dump(fromCode.db);
    const b = await dump(fromData.db);
    for (const table of TABLES) expect(b[table], table).toEqual(a[table]);
    expect(a.service!.length).toBeGreaterThan(100);
    const clockless = (files: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(files).map(([file, text]) => [file, text.replace(/"last_modified":"[^"]*"/g, '')]),
      );
    const fromDataExport = await exported(fromData.db);
    const fromCodeExport = await exported(fromCode.db);
    expect(clockless(fromDataExport)).toEqual(clockless(fromCodeExport));
  });
});
