/** The HSDS API and the CLI round trip over a real catalog. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHsds, importHsds, parseImportArgs } from '../../../cli/commands/hsds.js';
import { CatalogBundle, importCatalog } from '../../../domains/catalog/index.js';
import { hsds } from '../../../domains/interchange/index.js';
import { flushViews } from '../../../domains/measurement/index.js';
import { RICH_IDS, richBundle } from '../../../domains/interchange/hsds/testFixtures.js';
import { createTestApp, type TestApp } from '../../../testing/app.js';
import { createTestDatabase } from '../../../testing/db.js';

const quiet = { start() {}, increment() {}, stop() {} };

describe('HSDS over a real catalog', () => {
  let test: TestApp;
  let dir: string;
  beforeAll(async () => {
    test = await createTestApp();
    dir = mkdtempSync(join(tmpdir(), 'stitch-hsds-export-'));
    await importCatalog(test.database.db, CatalogBundle.parse(richBundle()), {
      source: 'test',
      actor: 'test',
    });
  });
  afterAll(async () => {
    await test.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const interactions = async (kind: string) => {
    // Reads record their views in batches: write what waits before counting.
    await flushViews(test.database.db);
    return test.database.db
      .selectFrom('interaction')
      .selectAll()
      .where('channel', '=', 'api')
      .where('kind', '=', kind as 'view')
      .execute();
  };

  it('pages services with the HSDS figures', async () => {
    const response = await test.app.inject('/api/v1/services?per_page=1&page=1');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    const beyond = (await test.app.inject('/api/v1/services?page=5')).json();
    expect(beyond).toMatchObject({ page_number: 5, size: 0, empty: true, last_page: true, contents: [] });
  });

  it('filters by organization, term and modification date', async () => {
    const get = async (query: string) =>
      (await test.app.inject(`/api/v1/services?${query}`)).json().total_items;
    expect(await get(`organization_id=${RICH_IDS.organization}`)).toBe(1);
    expect(await get(`organization_id=${RICH_IDS.provincial}`)).toBe(0);
    expect(await get(`taxonomy_term_id=${RICH_IDS.term}`)).toBe(1);
    expect(await get('modified_after=2099-01-01')).toBe(0);
  });

  it('records a view for each service read, and a search with its result count', async () => {
    const response = await test.app.inject(`/api/v1/services/${RICH_IDS.service}?lang=fr`);
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe('Prestations régulières d’assurance-emploi');
    expect(await interactions('view')).toContainEqual(
      expect.objectContaining({
        service_id: RICH_IDS.service,
        organization_id: RICH_IDS.organization,
        lang: 'fr',
      }),
    );
    await test.app.inject('/api/v1/services?search=employment');
    const searches = await interactions('search');
    expect(searches.at(-1)?.detail).toMatchObject({ resource: 'services', results: expect.any(Number) });
  });

  it('answers 404 for unknown services, organizations and service at locations', async () => {
    for (const path of ['services', 'organizations', 'service_at_locations']) {
      const response = await test.app.inject(`/api/v1/${path}/00000000-0000-4000-8000-000000000000`);
      expect(response.statusCode, path).toBe(404);
    }
  });

  it('serves records that validate against the HSDS schemas', async () => {
    const validator = hsds.hsdsValidator();
    if (!validator) return;
    const service = (await test.app.inject(`/api/v1/services/${RICH_IDS.service}`)).json();
    expect(validator.check('service', service, { strict: true })).toEqual([]);
    const organization = (await test.app.inject(`/api/v1/organizations/${RICH_IDS.organization}`)).json();
    expect(validator.check('organization', organization, { strict: true })).toEqual([]);
    const link = (await test.app.inject(`/api/v1/service_at_locations/${RICH_IDS.link}`)).json();
    expect(validator.check('service_at_location', link, { strict: true })).toEqual([]);
  });

  it('exports, and a second Stitch imports the export and exports the same files', async () => {
    const first = join(dir, 'first');
    const result = await exportHsds(test.database.db, first, 'json', quiet);
    expect(result.invalid).toEqual([]);
    const second = await createTestDatabase();
    try {
      const imported = await importHsds(second.db, parseImportArgs([first]), quiet);
      expect(imported.summary.rejected).toEqual([]);
      const again = join(dir, 'again');
      await exportHsds(second.db, again, 'json', quiet);
      for (const file of hsds.DOCUMENT_FILES) {
        expect(readFileSync(join(again, `${file}.json`), 'utf8'), file).toBe(
          readFileSync(join(first, `${file}.json`), 'utf8'),
        );
      }
    } finally {
      await second.close();
    }
  });
});
