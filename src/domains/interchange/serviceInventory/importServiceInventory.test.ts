import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import type { Tx } from '../../../platform/db/index.js';
import {
  importServiceInventory,
  readServiceInventoryFiles,
  type ImportCatalogFn,
  type ServiceInventoryFiles,
} from './importServiceInventory.js';
import { readIgoc } from './igoc.js';
import { organizationUuid, serviceUuid } from './mapping.js';
import { InventoryFileError } from './read.js';
import { importCatalog } from '../../catalog/index.js';

const DATA = '../shared/data/gc-service-inventory';
const actor = 'test:gc-service-inventory';

/** The catalog's own importCatalog, as the CLI uses it. */
async function catalogImport(): Promise<ImportCatalogFn> {
  return importCatalog;
}

function subset(files: ServiceInventoryFiles, ids: string[]): ServiceInventoryFiles {
  const keep = new Set(ids);
  return {
    services: { ...files.services, rows: files.services.rows.filter((r) => keep.has(r.cells.service_id!)) },
    standards: files.standards && {
      ...files.standards,
      rows: files.standards.rows.filter((r) => keep.has(r.cells.service_id!)),
    },
  };
}

async function counts(db: TestDatabase['db']) {
  const count = async (
    table:
      | 'service'
      | 'organization'
      | 'service_standard'
      | 'service_channel'
      | 'service_volume'
      | 'service_online_stage'
      | 'service_standard_result'
      | 'service_inventory_record',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    services: await count('service'),
    organizations: await count('organization'),
    standards: await count('service_standard'),
    channels: await count('service_channel'),
    volumes: await count('service_volume'),
    stages: await count('service_online_stage'),
    results: await count('service_standard_result'),
    records: await count('service_inventory_record'),
  };
}

describe('importing 2019-2020 services and standards (whole files)', () => {
  let database: TestDatabase;
  let files: ServiceInventoryFiles;
  beforeAll(async () => {
    database = await createTestDatabase();
    files = await readServiceInventoryFiles(
      `${DATA}/yearly/2019-2020_services.csv`,
      `${DATA}/yearly/2019-2020_standards.csv`,
    );
  });
  afterAll(async () => database.close());

  it('imports every service, its yearly figures and its standards’ results', async () => {
    const report = await importServiceInventory(database.db, files, {
      actor,
      skipInvalid: true,
      importCatalog: await catalogImport(),
    });
    expect(report.read).toBe(1231 + 1784);
    expect(report.rejected).toEqual([]);
    expect(report.created).toBeGreaterThan(1231);
    const after = await counts(database.db);
    expect(after).toMatchObject({
      services: 1231,
      standards: 1784,
      volumes: 1231 * 7,
      stages: 1231 * 6,
      results: 1784,
      records: 1231,
    });
    expect(after.organizations).toBe(74);
    expect(report.notes.join('\n')).toMatch(/ND values kept as no data/);

    const volume = await database.db
      .selectFrom('service_volume')
      .selectAll()
      .where('service_id', '=', serviceUuid('acoa-apeca:716'))
      .where('fiscal_year', '=', '2019-2020')
      .where('channel', '=', 'phone')
      .where('metric', '=', 'enquiries')
      .executeTakeFirstOrThrow();
    expect(volume).toMatchObject({
      value: 1111,
      raw: '1111',
      status: 'number',
      source_column: 'calls_received',
    });
    const nd = await database.db
      .selectFrom('service_volume')
      .selectAll()
      .where('service_id', '=', serviceUuid('vac-acc:1263'))
      .where('channel', '=', 'phone')
      .where('metric', '=', 'enquiries')
      .executeTakeFirstOrThrow();
    expect(nd).toMatchObject({ value: null, raw: 'ND', status: 'no_data' });

    const service = await database.db
      .selectFrom('service')
      .selectAll()
      .where('id', '=', serviceUuid('acoa-apeca:716'))
      .executeTakeFirstOrThrow();
    expect(service).toMatchObject({
      source: 'gc-service-inventory',
      external_id: 'acoa-apeca:716',
      name: { en: 'Canada Business Network', fr: 'Réseau Entreprises Canada' },
    });
    const kinds = await database.db
      .selectFrom('service_channel')
      .select('kind')
      .where('service_id', '=', service.id)
      .orderBy('position')
      .execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['email', 'mail', 'phone', 'walk_in', 'web']);

    const result = await database.db
      .selectFrom('service_standard_result')
      .selectAll()
      .where('service_id', '=', serviceUuid('wage:2104'))
      .where('performance_raw', '=', '78.0')
      .executeTakeFirstOrThrow();
    expect(result).toMatchObject({
      target: 0.8,
      volume_meeting_target: 559,
      total_volume: 716,
      performance: 0.78,
      fiscal_year: '2019-2020',
    });
    const standard = await database.db
      .selectFrom('service_standard')
      .selectAll()
      .where('id', '=', result.standard_id)
      .executeTakeFirstOrThrow();
    expect(standard).toMatchObject({ target: 0.8, external_id: 'wage:2104:std:3084', channel_kind: 'web' });
  });

  it('updates rather than duplicates when the same files are imported again', async () => {
    const before = await counts(database.db);
    const report = await importServiceInventory(database.db, files, {
      actor,
      skipInvalid: true,
      importCatalog: await catalogImport(),
    });
    expect(report.created).toBe(0);
    expect(report.figures.serviceYears).toEqual({ created: 0, updated: 1231 });
    expect(await counts(database.db)).toEqual(before);
  });
});

describe('linking one service across years and formats', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('keeps ACOA service 716 as one service from 2018-2019 to 2023-2024, showing its newest text', async () => {
    const importCatalog = await catalogImport();
    const y2024 = subset(
      await readServiceInventoryFiles(`${DATA}/2024/si_2024.csv`, `${DATA}/2024/ss_2024.csv`),
      ['716'],
    );
    const y2018 = subset(
      await readServiceInventoryFiles(
        `${DATA}/yearly/2018-2019_services.csv`,
        `${DATA}/yearly/2018-2019_standards.csv`,
      ),
      ['716'],
    );
    await importServiceInventory(database.db, y2024, { actor, skipInvalid: true, importCatalog });
    // The older file afterwards adds its figures but does not overwrite the newer name.
    const report = await importServiceInventory(database.db, y2018, {
      actor,
      skipInvalid: true,
      importCatalog,
    });
    expect(report.notes.join('\n')).toMatch(/1 services keep their catalog text from a newer year/);
    const id = serviceUuid('acoa-apeca:716');
    const services = await database.db
      .selectFrom('service')
      .select(['id', 'name'])
      .where('external_id', 'like', 'acoa-apeca:716%')
      .execute();
    expect(services).toEqual([
      { id, name: expect.objectContaining({ en: 'Business Information Services' }) },
    ]);
    const years = await database.db
      .selectFrom('service_inventory_record')
      .select('fiscal_year')
      .where('service_id', '=', id)
      .orderBy('fiscal_year')
      .execute();
    expect(years.map((y) => y.fiscal_year)).toEqual(['2018-2019', '2023-2024']);
    const channels = await database.db
      .selectFrom('service_volume')
      .select(['fiscal_year', 'channel'])
      .where('service_id', '=', id)
      .where('metric', '=', 'applications')
      .execute();
    expect(channels.filter((c) => c.fiscal_year === '2023-2024').map((c) => c.channel)).toContain('email');
    expect(channels.filter((c) => c.fiscal_year === '2018-2019').map((c) => c.channel)).not.toContain(
      'email',
    );
  });
});

describe('whole-file 2016-2017 and a 2024 subset', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('imports 2016-2017 (legacy ids, ND channel lists, a reused id)', async () => {
    const files = await readServiceInventoryFiles(`${DATA}/yearly/2016-2017_services.csv`);
    const report = await importServiceInventory(database.db, files, {
      actor,
      skipInvalid: true,
      importCatalog: await catalogImport(),
    });
    expect(report.rejected).toEqual([]);
    expect((await counts(database.db)).records).toBe(347);
    const legacy = await database.db
      .selectFrom('service')
      .select('external_id')
      .where('id', '=', serviceUuid('aafc-aac:aafc-aac-10'))
      .executeTakeFirstOrThrow();
    expect(legacy.external_id).toBe('aafc-aac:aafc-aac-10');
    expect(report.notes.join('\n')).toMatch(/service ids reused by another service in the same year/);
  });

  it('imports 2024 rows with NA kept apart from ND and the os_* stages', async () => {
    const files = await readServiceInventoryFiles(`${DATA}/2024/si_2024.csv`, `${DATA}/2024/ss_2024.csv`);
    const small = subset(
      files,
      files.services.rows.slice(0, 40).map((r) => r.cells.service_id!),
    );
    await importServiceInventory(database.db, small, {
      actor,
      skipInvalid: true,
      importCatalog: await catalogImport(),
    });
    const statuses = await database.db
      .selectFrom('service_volume')
      .select('status')
      .where('fiscal_year', '=', '2023-2024')
      .distinct()
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(
      expect.arrayContaining(['number', 'not_applicable', 'no_data']),
    );
    const stages = await database.db
      .selectFrom('service_online_stage')
      .select('stage')
      .where('fiscal_year', '=', '2023-2024')
      .distinct()
      .execute();
    expect(stages).toHaveLength(6);
    const met = await database.db
      .selectFrom('service_standard_result')
      .select('target_met')
      .where('target_met', 'is not', null)
      .execute();
    expect(met.length).toBeGreaterThan(0);
  });
});

describe('department names: IGOC read at run time, or the inventory files without it', () => {
  let database: TestDatabase;
  let files: ServiceInventoryFiles;
  beforeAll(async () => {
    database = await createTestDatabase();
    // Correctional Service Canada: the 2024 file calls it "Correctional Service of Canada".
    files = subset(await readServiceInventoryFiles(`${DATA}/2024/si_2024.csv`, `${DATA}/2024/ss_2024.csv`), [
      'SRV02783',
    ]);
  });
  afterAll(async () => database.close());

  const organization = () =>
    database.db
      .selectFrom('organization')
      .selectAll()
      .where('id', '=', organizationUuid('csc-scc'))
      .executeTakeFirstOrThrow();

  it('imports without IGOC, naming the department from the inventory and noting the missing file', async () => {
    const organizations = await readIgoc(join(tmpdir(), 'stitch-no-such-dir', 'igoc.csv'));
    expect(organizations.found).toBe(false);
    const report = await importServiceInventory(database.db, files, {
      actor,
      skipInvalid: true,
      importCatalog: await catalogImport(),
      organizations,
    });
    expect(report.rejected).toEqual([]);
    expect(report.notes.join('\n')).toMatch(/IGOC not found at .*stitch-no-such-dir\/igoc\.csv/);
    const org = await organization();
    expect(org).toMatchObject({
      external_id: 'csc-scc',
      name: { en: 'Correctional Service of Canada', fr: 'Service correctionnel du Canada' },
      description: {
        en: 'Federal department: Correctional Service of Canada.',
        fr: 'Ministère ou organisme fédéral\u00a0: Service correctionnel du Canada.',
      },
    });
    const service = await database.db
      .selectFrom('service')
      .select('organization_id')
      .where('id', '=', serviceUuid('csc-scc:SRV02783'))
      .executeTakeFirstOrThrow();
    expect(service.organization_id).toBe(org.id);
  });

  it('with IGOC, the same organisation takes IGOC’s applied title, description and website', async () => {
    const organizations = await readIgoc('../shared/data/gc-organizations/igoc.csv');
    expect(organizations.found).toBe(true);
    const report = await importServiceInventory(database.db, files, {
      actor,
      skipInvalid: true,
      importCatalog: await catalogImport(),
      organizations,
    });
    expect(report.notes.join('\n')).toMatch(/read from IGOC/);
    expect(report.created).toBe(0);
    const org = await organization();
    expect(org.name).toEqual({ en: 'Correctional Service Canada', fr: 'Service correctionnel Canada' });
    expect((org.description as { fr: string }).fr).toBe(
      organizations.organizations.get('117')?.description.fr,
    );
    expect((org.description as { fr: string }).fr.length).toBeGreaterThan(100);
    expect(org.website).toEqual({
      en: 'https://www.canada.ca/correctional-service',
      fr: 'https://www.canada.ca/service-correctionnel',
    });
    expect((await counts(database.db)).organizations).toBe(1);
  });
});

describe('refusals', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('refuses a broken CSV, naming the file, before writing anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stitch-si-'));
    const broken = join(dir, 'broken_services.csv');
    await writeFile(broken, '\ufefffiscal_yr,service_id,online_applications\n2019-2020,"1,5\n');
    await expect(readServiceInventoryFiles(broken)).rejects.toThrow(InventoryFileError);
    await expect(readServiceInventoryFiles(broken)).rejects.toThrow(/broken_services\.csv/);
    await expect(readServiceInventoryFiles(`${DATA}/yearly/2019-2020_standards.csv`)).rejects.toThrow(
      /standards file/,
    );
    expect(await counts(database.db)).toMatchObject({ services: 0, volumes: 0 });
  });

  it('leaves the database as it was when the import fails part-way', async () => {
    const files = subset(await readServiceInventoryFiles(`${DATA}/yearly/2019-2020_services.csv`), [
      '716',
      '1263',
    ]);
    const real = await catalogImport();
    const failing: ImportCatalogFn = async (tx: Tx, bundle, options) => {
      await real(tx, bundle, options);
      throw new Error('disk full');
    };
    await expect(
      importServiceInventory(database.db, files, { actor, importCatalog: failing }),
    ).rejects.toThrow('disk full');
    expect(await counts(database.db)).toMatchObject({
      services: 0,
      organizations: 0,
      volumes: 0,
      records: 0,
    });
  });
});
