import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { serviceInventory } from '../../interchange/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { getPublishedServiceSummary } from './getPublishedServiceSummary.js';

const DATA = '../shared/data/gc-service-inventory/2024';
const YEAR = '2023-2024';

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(readFileSync(`${DATA}/${file}`), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

/** A cell as a count: digits (thousands separators allowed) or nothing at all. */
function count(cell: string | undefined): number {
  const text = (cell ?? '').trim().replace(/[,\s]/g, '');
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : 0;
}

/** The summary computed straight from the published files, without any of the product's code. */
function fromTheFiles(scope: 'external' | 'all') {
  const services = read('si_2024.csv').filter(
    (row) =>
      row.fiscal_yr === YEAR &&
      (scope === 'all' ||
        row.service_scope!.split(',').some((code) => code.trim().toUpperCase() === 'EXTERN')),
  );
  const keys = new Set(services.map((row) => `${row.owner_org}|${row.service_id}`));
  const channels = {
    online: 'num_applications_online',
    phone: 'num_applications_by_phone',
    in_person: 'num_applications_in_person',
    mail: 'num_applications_by_mail',
    email: 'num_applications_by_email',
    fax: 'num_applications_by_fax',
    other: 'num_applications_by_other',
  } as const;
  const byChannel = Object.fromEntries(
    Object.entries(channels).map(([channel, column]) => [
      channel,
      services.reduce((sum, row) => sum + count(row[column]), 0),
    ]),
  ) as Record<keyof typeof channels, number>;
  const total = Object.values(byChannel).reduce((a, b) => a + b, 0);
  const standards = read('ss_2024.csv').filter(
    (row) => row.fiscal_yr === YEAR && keys.has(`${row.owner_org}|${row.service_id}`),
  );
  return {
    services: services.length,
    organisations: new Set(services.map((row) => row.owner_org)).size,
    applicationsTotal: total,
    applicationsByChannel: byChannel,
    onlineShare: byChannel.online / total,
    phoneEnquiries: services.reduce((sum, row) => sum + count(row.num_phone_enquiries), 0),
    standardsTotal: standards.length,
    standardsMet: standards.filter((row) => (row.target_met ?? '').trim().toUpperCase() === 'Y').length,
  };
}

describe('published service data: the GC Service Inventory 2024 files, summarised', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    const files = await serviceInventory.readServiceInventoryFiles(
      `${DATA}/si_2024.csv`,
      `${DATA}/ss_2024.csv`,
    );
    await serviceInventory.importServiceInventory(database.db, files, {
      actor: 'test:insights',
      skipInvalid: true,
      importCatalog,
    });
  });
  afterAll(async () => database.close());

  it.each(['external', 'all'] as const)(
    'equals the figures computed from the files, scope %s',
    async (scope) => {
      const summary = await getPublishedServiceSummary(database.db, {
        source: 'gc-service-inventory',
        fiscalYear: YEAR,
        scope,
      });
      expect(summary).toEqual({
        source: 'gc-service-inventory',
        fiscalYear: YEAR,
        scope,
        ...fromTheFiles(scope),
      });
    },
  );

  it('counts only external services by default, fewer than all', async () => {
    const external = await getPublishedServiceSummary(database.db, {
      source: 'gc-service-inventory',
      fiscalYear: YEAR,
    });
    const all = await getPublishedServiceSummary(database.db, {
      source: 'gc-service-inventory',
      fiscalYear: YEAR,
      scope: 'all',
    });
    expect(external.scope).toBe('external');
    expect(external.services).toBeLessThan(all.services);
    expect(external.services).toBeGreaterThan(1000);
  });

  it('names the years it has when asked for one it has not', async () => {
    await expect(
      getPublishedServiceSummary(database.db, { source: 'gc-service-inventory', fiscalYear: '2015-2016' }),
    ).rejects.toMatchObject({
      code: 'NO_FIGURES',
      message: expect.stringContaining('2023-2024'),
      details: { fiscal_year: '2015-2016', available: expect.arrayContaining(['2023-2024']) },
    });
  });

  it('refuses an unknown source, a malformed or reversed year and an unknown scope, naming each field', async () => {
    await expect(
      getPublishedServiceSummary(database.db, {
        source: 'somewhere' as 'gc-service-inventory',
        fiscalYear: '2024-2023',
        scope: 'internal' as 'all',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [
        { path: 'source', message: expect.stringContaining('gc-service-inventory') },
        { path: 'fiscalYear', message: expect.stringContaining('two consecutive years') },
        { path: 'scope', message: expect.stringContaining('external, all') },
      ],
    });
  });
});
