import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogBundle, importCatalog } from '../../domains/catalog/index.js';
import { hsds } from '../../domains/interchange/index.js';
import { richBundle } from '../../domains/interchange/hsds/testFixtures.js';
import type { Db } from '../../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import type { Progress } from '../progress.js';
import { EXIT } from '../runtime.js';
import {
  exportHsds,
  formatExportSummary,
  importHsds,
  parseExportArgs,
  parseImportArgs,
  type ExportFormat,
} from './hsds.js';

const quiet: Progress = { start() {}, increment() {}, stop() {} };
const EXAMPLES = join(hsds.hsdsSchemaDir(), '../examples');

describe('stitch import hsds — bad input is named and nothing is written', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'stitch-hsds-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const serviceCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('service')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const run = (path: string, extra: string[] = []) =>
    importHsds(database.db, parseImportArgs([path, ...extra]), quiet);

  it('a file that is not valid JSON', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "id": "x", ');
    const { summary, exitCode } = await run(file);
    expect(exitCode).toBe(EXIT.dataError);
    expect(summary.rejected[0]).toMatchObject({
      where: 'broken.json',
      reason: expect.stringMatching(/^Not valid JSON/),
    });
    expect(summary.notes).toContain('Nothing was written.');
    expect(await serviceCount()).toBe(0);
  });

  it('a record that breaks the HSDS schema: file, index, id and field', async () => {
    const service = JSON.parse(readFileSync(join(EXAMPLES, 'service_full.json'), 'utf8'));
    const bad = { ...service, id: '11111111-1111-4111-8111-111111111111', status: 'sleeping' };
    const file = join(dir, 'services.json');
    writeFileSync(file, JSON.stringify([service, bad]));
    const { summary, exitCode } = await run(file, ['--untranslated', 'hold']);
    expect(exitCode).toBe(EXIT.dataError);
    expect(summary.rejected).toContainEqual({
      where: 'services.json [1] (id 11111111-1111-4111-8111-111111111111)',
      field: 'status',
      reason: 'must be equal to one of the allowed values',
    });
    expect(await serviceCount()).toBe(0);
  });

  it('a malformed CSV package: file, row and field', async () => {
    const csv = join(dir, 'package');
    cpSync(join(EXAMPLES, 'csv'), csv, { recursive: true, dereference: true });
    writeFileSync(
      join(csv, 'locations.csv'),
      'id,location_type,latitude\n3a19ff88-4620-4d17-9830-ac1d859eb5d5,physical,north\n',
    );
    writeFileSync(join(csv, 'phones.csv'), 'id,number\n"1554f2e2,"x\n');
    const { summary, exitCode } = await run(csv, ['--untranslated', 'hold']);
    expect(exitCode).toBe(EXIT.dataError);
    expect(summary.rejected).toContainEqual({
      where: 'locations.csv row 2 (id 3a19ff88-4620-4d17-9830-ac1d859eb5d5)',
      field: 'latitude',
      reason: '"north" is not a number.',
    });
    expect(
      summary.rejected.some((r) => r.where.startsWith('phones.csv') && /Not valid CSV/.test(r.reason)),
    ).toBe(true);
    expect(await serviceCount()).toBe(0);
  });

  it('text the database cannot keep (NUL, half a surrogate pair): record and field named', async () => {
    const service = JSON.parse(readFileSync(join(EXAMPLES, 'service_full.json'), 'utf8'));
    const file = join(dir, 'unstorable.json');
    // Written by hand: JSON.stringify would escape a lone surrogate, which JSON.parse reads back as one.
    writeFileSync(
      file,
      JSON.stringify({ ...service, name: 'Bad name', description: 'Fine' })
        .replace('Bad name', 'Bad \\u0000 name')
        .replace('"Fine"', '"Half \\ud800 pair"'),
    );
    const { summary, exitCode } = await run(file, ['--untranslated', 'hold']);
    expect(exitCode).toBe(EXIT.dataError);
    expect(summary.rejected).toContainEqual(
      expect.objectContaining({
        where: expect.stringContaining(`(id ${service.id})`),
        field: 'name',
        reason: expect.stringMatching(/NUL/),
      }),
    );
    expect(summary.rejected).toContainEqual(
      expect.objectContaining({ field: 'description', reason: expect.stringMatching(/surrogate/) }),
    );
    expect(summary.notes).toContain('Nothing was written.');
    expect(await serviceCount()).toBe(0);
  });

  it('a monolingual record without --untranslated hold: record and field named', async () => {
    const { summary, exitCode } = await run(join(EXAMPLES, 'service_full.json'));
    expect(exitCode).toBe(EXIT.dataError);
    expect(summary.rejected).toContainEqual(
      expect.objectContaining({
        where: expect.stringContaining('service ac148810-d857-441c-9679-408f346de14b'),
        field: 'name',
      }),
    );
    expect(await serviceCount()).toBe(0);
  });

  it('a folder of paged lists: one transaction, the refused record named with its file', async () => {
    const set = hsds.bundleToHsds(CatalogBundle.parse(richBundle()));
    const folder = join(dir, 'paged');
    mkdirSync(folder);
    for (const name of ['organizations', 'locations', 'taxonomies', 'taxonomy_terms', 'attributes'] as const)
      writeFileSync(join(folder, `${name}.json`), JSON.stringify(set[name]));
    const page = (contents: unknown[], n: number) =>
      writeFileSync(
        join(folder, `services-0000${n}.json`),
        JSON.stringify({ total_items: 2, page_number: n, size: contents.length, contents }),
      );
    page(set.services, 1);
    const orphan = {
      id: '22222222-2222-4222-8222-222222222222',
      organization_id: '33333333-3333-4333-8333-333333333333',
      name: 'Orphan service',
      status: 'active',
    };
    page([orphan], 2);
    const failed = await run(folder, ['--untranslated', 'hold']);
    expect(failed.exitCode).toBe(EXIT.dataError);
    expect(failed.summary.rejected).toContainEqual(
      expect.objectContaining({
        where: expect.stringMatching(/^services-00002\.json: services\[1\] \(id 22222222-/),
        field: 'organization_id',
        reason: expect.stringContaining('Unknown organization'),
      }),
    );
    // The first page had been written: the failure on the second rolled it back.
    expect(await serviceCount()).toBe(0);

    rmSync(join(folder, 'services-00002.json'));
    const done = await run(folder);
    expect(done.summary.rejected).toEqual([]);
    expect(done.exitCode).toBe(EXIT.ok);
    expect(await serviceCount()).toBe(1);
  });

  it('parses its options', () => {
    expect(parseImportArgs(['x.json', '--untranslated', 'hold', '--skip-invalid'])).toMatchObject({
      untranslated: 'hold',
      skipInvalid: true,
    });
    expect(() => parseImportArgs(['x.json', '--untranslated', 'maybe'])).toThrow(/hold or refuse/);
    expect(parseExportArgs(['out', '--format=csv']).format).toBe('csv');
    expect(() => parseExportArgs(['out', '--format', 'xml'])).toThrow(/json, csv or both/);
  });
});

/** A Progress that keeps every stage as reported: its total and each count reached. */
function recordingProgress() {
  const stages: { label: string; total: number; counts: number[] }[] = [];
  const progress: Progress = {
    start: (total, label) => void stages.push({ label, total, counts: [] }),
    increment: (by = 1) => {
      const stage = stages.at(-1)!;
      stage.counts.push((stage.counts.at(-1) ?? 0) + by);
    },
    stop() {},
  };
  return { progress, stages };
}

describe('stitch export hsds, then stitch import hsds of what it wrote', () => {
  const open: TestDatabase[] = [];
  let dir: string;
  let source: Db;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stitch-hsds-out-'));
    const database = await createTestDatabase();
    open.push(database);
    source = database.db;
    await importCatalog(source, CatalogBundle.parse(richBundle()), { source: 'test', actor: 'test' });
  });
  afterAll(async () => {
    for (const database of open) await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const fresh = async () => {
    const database = await createTestDatabase();
    open.push(database);
    return database.db;
  };
  const jsonFiles = (folder: string) =>
    Object.fromEntries(
      hsds.DOCUMENT_FILES.map((name) => [name, readFileSync(join(folder, `${name}.json`), 'utf8')]),
    );

  it.each<ExportFormat>(['json', 'csv', 'both'])(
    'imports a --format %s export whole, and exports it again unchanged, its progress never past its total',
    async (format) => {
      const exported = join(dir, format);
      const out = recordingProgress();
      const result = await exportHsds(source, exported, format, out.progress);
      expect(result.invalid).toEqual([]);
      expect(result.empty).toBe(false);
      expect(result.counts.services).toBeGreaterThan(0);

      const target = await fresh();
      const into = recordingProgress();
      const imported = await importHsds(target, parseImportArgs([exported]), into.progress);
      expect(imported.summary.rejected).toEqual([]);
      expect(imported.exitCode).toBe(EXIT.ok);
      expect(imported.summary.created).toBeGreaterThan(result.counts.services!);

      const before = join(dir, `${format}-before`);
      const after = join(dir, `${format}-after`);
      await exportHsds(source, before, 'json', quiet);
      await exportHsds(target, after, 'json', quiet);
      expect(jsonFiles(after)).toEqual(jsonFiles(before));

      for (const { label, total, counts } of [...out.stages, ...into.stages]) {
        expect(Math.max(0, ...counts), `${format}: ${label}`).toBeLessThanOrEqual(total);
        expect(counts.at(-1) ?? 0, `${format}: ${label}`).toBe(total);
      }
      expect(into.stages.map((stage) => stage.label)).toContain('Saving');
    },
  );

  it('says plainly that an empty catalogue is empty, and writes valid empty files that import', async () => {
    const empty = await fresh();
    const folder = join(dir, 'empty');
    const result = await exportHsds(empty, folder, 'both', quiet);
    expect(result.invalid).toEqual([]);
    expect(result.empty).toBe(true);
    expect(result.counts).toMatchObject({ organizations: 0, locations: 0, services: 0 });
    expect(JSON.parse(readFileSync(join(folder, 'json', 'services.json'), 'utf8'))).toEqual([]);
    expect(
      readFileSync(join(folder, 'csv', 'services.csv'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(1);
    expect(readdirSync(join(folder, 'csv'))).toContain('datapackage.json');

    const summary = formatExportSummary(folder, 'both', result);
    expect(summary).toMatch(/the catalogue is empty: no organization, location or service/);
    expect(summary).toContain('services: 0');
    expect(summary).toContain(`written to ${join(folder, 'json')}: organizations.json,`);
    expect(summary).toContain(`written to ${join(folder, 'csv')}: a CSV data package`);
    expect(formatExportSummary(dir, 'json', { ...result, empty: false })).not.toContain('catalogue is empty');

    const imported = await importHsds(await fresh(), parseImportArgs([folder]), quiet);
    expect(imported.exitCode).toBe(EXIT.ok);
    expect(imported.summary.rejected).toEqual([]);
  });
});
