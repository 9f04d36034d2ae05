import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushViews } from '../../measurement/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { anOrganization, aService, text } from '../../../testing/factories.js';
import { importCatalog } from '../commands/importCatalog.js';
import { getServiceList, SERVICE_LIST_PAGE_SIZE, SERVICE_SEARCH_MAX_LENGTH } from './getServiceList.js';

describe('getServiceList', () => {
  let database: TestDatabase;
  const organization = anOrganization({ name: text('Service Canada', 'Service Canada') });
  const services = Array.from({ length: SERVICE_LIST_PAGE_SIZE + 1 }, (_, index) =>
    aService({
      organization_id: organization.id,
      name: text(`Benefit ${String(index).padStart(2, '0')}`, `Prestation ${index}`),
    }),
  );
  const pension = aService({
    organization_id: organization.id,
    name: text('Old Age Security pension', 'Pension de la Sécurité de la vieillesse'),
    description: text('A monthly payment.', 'Un paiement mensuel.'),
  });
  const searches = () =>
    database.db.selectFrom('interaction').selectAll().where('kind', '=', 'search').orderBy('id').execute();

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [organization], services: [...services, pension] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database.close());

  it('lists every service by English name, twenty a page, each with its organisation', async () => {
    const first = await getServiceList(database.db, { lang: 'en' });
    expect(first.query).toBe('');
    expect(first.total).toBe(22);
    expect(first.pages).toBe(2);
    expect(first.services).toHaveLength(SERVICE_LIST_PAGE_SIZE);
    expect(first.services[0]).toEqual({
      id: services[0]!.id,
      name: services[0]!.name,
      summary: services[0]!.description,
      organizationName: organization.name,
    });
    const second = await getServiceList(database.db, { lang: 'en', page: 2 });
    expect(second.page).toBe(2);
    expect(second.services.map((s) => s.id)).toEqual([services[20]!.id, pension.id]);
  });

  it('finds by words in either language without accents, and records the search without the words', async () => {
    await flushViews(database.db);
    await database.db.deleteFrom('interaction').execute();
    const found = await getServiceList(database.db, { lang: 'fr', q: '  securite\u0007vieillesse ' });
    expect(found.query).toBe('securite vieillesse');
    expect(found.services.map((s) => s.id)).toEqual([pension.id]);
    const none = await getServiceList(database.db, { lang: 'en', q: 'zzqxj' });
    expect(none.total).toBe(0);
    expect(none.pages).toBe(1);
    await getServiceList(database.db, { lang: 'en' });
    await flushViews(database.db);
    const rows = await searches();
    expect(rows.map((r) => [r.channel, r.lang, r.outcome, r.detail])).toEqual([
      ['web', 'fr', 'found', { results: 1 }],
      ['web', 'en', 'none', { results: 0 }],
    ]);
    expect(JSON.stringify(rows)).not.toContain('zzqxj');
  });

  it('bounds the search text it shows back', async () => {
    const long = await getServiceList(database.db, {
      lang: 'en',
      q: 'x'.repeat(SERVICE_SEARCH_MAX_LENGTH + 50),
    });
    expect(long.query).toHaveLength(SERVICE_SEARCH_MAX_LENGTH);
  });
});
