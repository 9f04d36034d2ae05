import { flushViews } from '../measurement/index.js';
import { publicActor, systemActor } from '../../platform/auth/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../clusters/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { aService, anOrganization, text } from '../../testing/factories.js';
import { stableId } from '../../platform/ids/index.js';
import { listUnmetNeeds, rebuildSearchIndex, recordSearch, searchNeeds, setSearchTerms } from './index.js';

const actor = systemActor('test');
const org = anOrganization({ id: stableId('s:org') });
const ei = aService({
  id: stableId('s:ei'),
  organization_id: org.id,
  name: text('Employment Insurance regular benefits', 'Prestations régulières d’assurance-emploi'),
  description: text(
    'Money while you look for work after losing your job.',
    'Argent pendant que vous cherchez un emploi.',
  ),
});
const passport = aService({
  id: stableId('s:passport'),
  organization_id: org.id,
  name: text('Renew an adult passport', 'Renouveler un passeport pour adulte'),
  description: text('Renew your Canadian passport.', 'Renouvelez votre passeport canadien.'),
});
const deathBenefit = aService({
  id: stableId('s:death'),
  organization_id: org.id,
  name: text('Canada Pension Plan death benefit', 'Prestation de décès du Régime de pensions du Canada'),
  description: text('A one-time payment.', 'Un paiement unique.'),
});

describe('need-based search', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [org], services: [ei, passport, deathBenefit] },
      { source: 'test', actor: 'test' },
    );
    await saveClusterDraft(db, actor, {
      key: 'losing-a-job',
      kind: 'life-event',
      title: text('Losing a job', 'Perte d’emploi'),
      summary: text('What to do when your job ends.', 'Quoi faire quand votre emploi prend fin.'),
      slug: { en: 'losing-a-job', fr: 'perte-d-emploi' },
      synonyms: { en: ['laid off', 'fired', 'pogey'], fr: ['mise à pied', 'chômage', 'congédié'] },
      lead_organization_id: org.id,
      stages: [
        {
          key: 'right-away',
          title: text('Right away', 'Tout de suite'),
          steps: [
            {
              key: 'ei',
              title: text('Apply for EI', 'Demander l’AE'),
              summary: text('s', 's'),
              service_ids: [ei.id],
            },
          ],
        },
      ],
    });
    await publishCluster(db, actor, 'losing-a-job');
    // A pilot is public like production, without needing a partnership agreement in this test.
    await setClusterLifecycle(db, actor, 'losing-a-job', {
      status: 'pilot',
      pilot_starts_on: '2026-01-01',
      pilot_ends_on: '2099-12-31',
    });
    await setSearchTerms(db, actor, {
      kind: 'service',
      ref: passport.id,
      lang: 'en',
      descriptions: ['travel document'],
      source: 'test',
    });
    const report = await rebuildSearchIndex(db);
    expect(report).toMatchObject({ clusters: 1, services: 3 });
  });
  afterAll(() => database.close());

  const top = async (q: string, lang: 'en' | 'fr' = 'en') =>
    (await searchNeeds(database.db, { q, lang })).hits;

  it('puts the situation ahead of the service it contains', async () => {
    const hits = await top('I lost my job');
    expect(hits[0]).toMatchObject({ kind: 'cluster', ref: 'losing-a-job', slug: 'losing-a-job' });
    expect(hits.map((h) => h.ref)).toContain(ei.id);
  });

  it('matches colloquial synonyms, in French without accents', async () => {
    expect((await top('got laid off'))[0]?.ref).toBe('losing-a-job');
    expect((await top('mise a pied', 'fr'))[0]).toMatchObject({
      ref: 'losing-a-job',
      slug: 'perte-d-emploi',
      title: 'Perte d’emploi',
    });
    expect((await top('chomage', 'fr'))[0]?.ref).toBe('losing-a-job');
  });

  it('stems English and French and tolerates typos', async () => {
    expect((await top('renewing passports'))[0]?.ref).toBe(passport.id);
    expect((await top('pasport'))[0]?.ref).toBe(passport.id);
    expect((await top('prestations deces', 'fr'))[0]?.ref).toBe(deathBenefit.id);
    expect((await top('enployment insurence'))[0]?.ref).toBe(ei.id);
  });

  it('matches terms editors keep for a service', async () => {
    expect((await top('travel document'))[0]?.ref).toBe(passport.id);
  });

  it('is safe with hostile input and finds nothing in nonsense', async () => {
    for (const q of [
      "'; DROP TABLE search_document; --",
      '<script>alert(1)</script>',
      'x'.repeat(10_000),
      '\u0000\u0007',
      '& | ! <-> :*',
    ]) {
      await expect(searchNeeds(database.db, { q, lang: 'en' })).resolves.toBeDefined();
    }
    expect(await top('zzqx wvvq')).toEqual([]);
  });

  it('counts unmet needs without keeping the raw message', async () => {
    await recordSearch(database.db, publicActor(), {
      q: 'Where is my UFO licence?',
      lang: 'en',
      channel: 'web',
      results: 0,
    });
    await recordSearch(database.db, publicActor(), {
      q: 'where is my ufo licence',
      lang: 'en',
      channel: 'api',
      results: 0,
    });
    await recordSearch(database.db, publicActor(), { q: 'passport', lang: 'en', channel: 'web', results: 3 });
    await flushViews(database.db);
    const needs = await listUnmetNeeds(database.db);
    expect(needs).toMatchObject([{ lang: 'en', need: 'where is my ufo licence', occurrences: 2 }]);
    const searches = await database.db
      .selectFrom('interaction')
      .selectAll()
      .where('kind', '=', 'search')
      .execute();
    expect(searches.map((s) => s.outcome).sort()).toEqual(['found', 'none', 'none']);
  });
});
