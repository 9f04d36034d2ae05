import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog, OrganizationInput, ServiceInput } from '../../domains/catalog/index.js';
import { rebuildSearchIndex, searchNeeds } from '../../domains/search/index.js';
import { toHsdsOrganization, toHsdsService } from '../../domains/interchange/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { anOrganization, aService, text } from '../../testing/factories.js';
import type { Progress } from '../progress.js';
import { EXIT } from '../runtime.js';
import { importHsds, indexWrittenServices, parseImportArgs } from './hsds.js';

const quiet: Progress = { start() {}, increment() {}, stop() {} };

function page(contents: unknown[], number: number, pages: number) {
  return {
    total_items: contents.length * pages,
    total_pages: pages,
    page_number: number,
    size: contents.length,
    first_page: number === 1,
    last_page: number === pages,
    empty: contents.length === 0,
    contents,
  };
}

describe('stitch import hsds — a folder of paged lists', () => {
  let database: TestDatabase;
  let dir: string;
  const organization = OrganizationInput.parse(anOrganization({ id: stableId('paged:org') }));
  const services = Array.from({ length: 6 }, (_, i) =>
    ServiceInput.parse(aService({ id: stableId(`paged:service:${i}`), organization_id: organization.id })),
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'stitch-hsds-paged-'));
    writeFileSync(
      join(dir, 'organizations.json'),
      JSON.stringify(page([toHsdsOrganization(organization)], 1, 1)),
    );
    for (let n = 1; n <= 3; n++) {
      const contents = services.slice((n - 1) * 2, n * 2).map((s) => toHsdsService(s));
      // Written as the third page first: the importer orders pages, and parents come before children.
      writeFileSync(join(dir, `services-0000${4 - n}.json`), JSON.stringify(page(contents, 4 - n, 3)));
    }
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async () =>
    Number(
      (
        await database.db
          .selectFrom('service')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('imports every page in one go, and a second run updates', async () => {
    const first = await importHsds(database.db, parseImportArgs([dir]), quiet);
    expect(first.exitCode).toBe(EXIT.ok);
    expect(first.summary).toMatchObject({ read: 7, created: 7, updated: 0, rejected: [] });
    expect(await count()).toBe(6);
    const second = await importHsds(database.db, parseImportArgs([dir]), quiet);
    expect(second.summary).toMatchObject({ created: 0, updated: 7 });
  });

  it('names a broken page and keeps nothing from the pages before it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'stitch-hsds-paged-bad-'));
    const fresh = ServiceInput.parse(
      aService({ id: stableId('paged:fresh'), organization_id: organization.id }),
    );
    writeFileSync(join(other, 'services-00001.json'), JSON.stringify(page([toHsdsService(fresh)], 1, 2)));
    writeFileSync(join(other, 'services-00002.json'), '{ "contents": [ ');
    const result = await importHsds(database.db, parseImportArgs([other]), quiet);
    expect(result.exitCode).toBe(EXIT.dataError);
    expect(result.summary.rejected[0]).toMatchObject({ where: 'services-00002.json' });
    expect(result.summary.notes).toContain('Nothing was written.');
    expect(await count()).toBe(6);
    rmSync(other, { recursive: true, force: true });
  });
});

describe('stitch import hsds — the search index after an import', () => {
  let database: TestDatabase;
  let dir: string;
  const organization = OrganizationInput.parse(anOrganization({ id: stableId('indexed:org') }));
  const kept = ServiceInput.parse(
    aService({
      id: stableId('indexed:kept'),
      organization_id: organization.id,
      name: text('Snow removal subsidy', 'Subvention pour le déneigement'),
    }),
  );
  const imported = ServiceInput.parse(
    aService({
      id: stableId('indexed:imported'),
      organization_id: organization.id,
      name: text('Lawn watering permit', 'Permis d’arrosage de pelouse'),
    }),
  );
  const found = async (id: string, q: string, lang: 'en' | 'fr' = 'en') =>
    (await searchNeeds(database.db, { q, lang })).hits.some((hit) => hit.ref === id);

  beforeAll(async () => {
    database = await createTestDatabase();
    const options = { source: 'test', actor: 'test' };
    await importCatalog(database.db, { organizations: [organization], services: [kept] }, options);
    await rebuildSearchIndex(database.db);
    // Renamed in the catalog after the index was built: the index still holds the old name.
    await importCatalog(
      database.db,
      { services: [{ ...kept, name: text('Gravel road grant', 'Subvention pour chemin de gravier') }] },
      options,
    );
    dir = mkdtempSync(join(tmpdir(), 'stitch-hsds-indexed-'));
    writeFileSync(join(dir, 'services-00001.json'), JSON.stringify(page([toHsdsService(imported)], 1, 1)));
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reindexes the services it wrote and leaves the others as they were indexed', async () => {
    const result = await importHsds(database.db, parseImportArgs([dir]), quiet);
    expect(result.written.services).toEqual([imported.id]);
    expect(await indexWrittenServices(database.db, result.written.services)).toBe(
      'Search index updated: 1 services reindexed.',
    );
    expect(await found(imported.id, 'lawn watering')).toBe(true);
    expect(await found(imported.id, 'arrosage pelouse', 'fr')).toBe(true);
    expect(await found(kept.id, 'snow removal')).toBe(true);
    expect(await found(kept.id, 'gravel road')).toBe(false);
  });

  it('builds the whole index when it was never built', async () => {
    await database.db.deleteFrom('search_document').execute();
    expect(await indexWrittenServices(database.db, [imported.id])).toBe(
      'Search index built: 0 clusters, 2 services.',
    );
    expect(await found(kept.id, 'gravel road')).toBe(true);
    expect(await found(imported.id, 'lawn watering')).toBe(true);
  });
});
