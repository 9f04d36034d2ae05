import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushViews } from '../../measurement/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import { newId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aJurisdiction, anOrganization, aService, text } from '../../../testing/factories.js';
import { importCatalog } from '../commands/importCatalog.js';
import { getJurisdictionList } from './getJurisdictionList.js';
import { getOrganizationPage } from './getOrganizationPage.js';
import { getPartnerList } from './getPartnerList.js';

describe('partner screens', () => {
  let database: TestDatabase;
  const canada = aJurisdiction({ level: 'federal', name: text('Canada', 'Canada') });
  const ottawa = aJurisdiction({ level: 'municipal', name: text('Ottawa', 'Ottawa') });
  const federal = anOrganization({
    name: text('Service Canada', 'Service Canada'),
    jurisdiction_id: canada.id,
    brand_colour: '#26374a',
    website: text('https://www.canada.ca/en', 'https://www.canada.ca/fr'),
  });
  const city = anOrganization({ name: text('City of Ottawa', 'Ville d’Ottawa'), jurisdiction_id: ottawa.id });
  const community = anOrganization({ name: text('Food Bank', 'Banque alimentaire') });
  const services = [
    aService({ organization_id: federal.id, name: text('Passports', 'Passeports') }),
    aService({ organization_id: federal.id, name: text('Employment Insurance', 'Assurance-emploi') }),
    aService({ organization_id: city.id }),
  ];

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { jurisdictions: [canada, ottawa], organizations: [federal, city, community], services },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database.close());

  it('lists the partners by English name with their brand colour', async () => {
    const { partners } = await getPartnerList(database.db);
    expect(partners.map((p) => p.id)).toEqual([city.id, community.id, federal.id]);
    expect(partners[2]).toEqual({
      id: federal.id,
      name: federal.name,
      description: federal.description,
      brandColour: '#26374a',
    });
  });

  it('groups the partners by level of government, federal first, with their service counts', async () => {
    const { levels } = await getJurisdictionList(database.db);
    expect(levels.map((l) => l.level)).toEqual(['federal', 'municipal', 'ngo']);
    expect(levels[0]!.partners).toEqual([{ id: federal.id, name: federal.name, services: 2 }]);
    expect(levels[1]!.partners).toEqual([{ id: city.id, name: city.name, services: 1 }]);
    expect(levels[2]!.partners).toEqual([{ id: community.id, name: community.name, services: 0 }]);
  });

  it('gives a partner with its government and services, and records the view', async () => {
    await flushViews(database.db);
    await database.db.deleteFrom('interaction').execute();
    const page = await getOrganizationPage(database.db, { id: federal.id, lang: 'fr' });
    expect(page.name).toEqual(federal.name);
    expect(page.website).toEqual(federal.website);
    expect(page.jurisdiction).toEqual({ name: canada.name, level: 'federal' });
    expect(page.services.map((s) => s.name.en)).toEqual(['Employment Insurance', 'Passports']);
    const alone = await getOrganizationPage(database.db, { id: community.id, lang: 'en' });
    expect(alone.jurisdiction).toBeNull();
    expect(alone.services).toEqual([]);
    await flushViews(database.db);
    const rows = await database.db.selectFrom('interaction').selectAll().orderBy('id').execute();
    expect(rows.map((r) => [r.channel, r.kind, r.lang, r.organization_id])).toEqual([
      ['web', 'view', 'fr', federal.id],
      ['web', 'view', 'en', community.id],
    ]);
  });

  it('refuses an unknown partner', async () => {
    await expect(getOrganizationPage(database.db, { id: newId(), lang: 'en' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
