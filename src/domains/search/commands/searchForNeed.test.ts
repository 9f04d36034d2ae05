import { flushViews } from '../../measurement/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../../clusters/index.js';
import { publicActor, systemActor, type Actor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { MAX_NEED_LENGTH, NeedSearchSchema } from '../schemas.js';
import { rebuildSearchIndex } from './rebuildSearchIndex.js';
import { searchForNeed } from './searchForNeed.js';

const actor = systemActor('test');
const visitor = publicActor();
const federal = anOrganization({ id: stableId('need:org') });
const passport = aService({
  id: stableId('need:svc:passport'),
  organization_id: federal.id,
  name: text('Apply for a passport', 'Demander un passeport'),
});

describe('searchForNeed', () => {
  let database: TestDatabase;

  const searches = async () => {
    // Searches that found something are written in a batch within a second, like page views.
    await flushViews(database.db);
    return database.db
      .selectFrom('interaction')
      .select(['channel', 'cluster_key', 'outcome', 'lang'])
      .where('kind', '=', 'search')
      .orderBy('occurred_at')
      .execute();
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [federal], services: [passport] },
      { source: 'test', actor: 'test' },
    );
    await saveClusterDraft(db, actor, {
      key: 'travelling',
      kind: 'life-event',
      title: text('Travelling abroad', 'Voyager à l’étranger'),
      summary: text('Before you go.', 'Avant de partir.'),
      slug: { en: 'travelling', fr: 'voyager' },
      synonyms: { en: ['trip'], fr: ['voyage'] },
      lead_organization_id: federal.id,
      stages: [
        {
          key: 'before',
          title: text('Before', 'Avant'),
          steps: [
            {
              key: 'passport',
              title: text('Get a passport', 'Obtenir un passeport'),
              summary: text('s', 's'),
              service_ids: [passport.id],
            },
          ],
        },
      ],
    });
    await publishCluster(db, actor, 'travelling');
    await setClusterLifecycle(db, actor, 'travelling', {
      status: 'pilot',
      pilot_starts_on: '2026-01-01',
      pilot_ends_on: '2099-12-31',
    });
    await rebuildSearchIndex(db);
  });
  afterAll(() => database?.close());

  it('finds the cluster first and records the search on the channel with its best cluster', async () => {
    const found = await searchForNeed(database.db, visitor, {
      q: ' going on a trip\u0007 ',
      lang: 'en',
      channel: 'kiosk',
    });
    expect(found.need).toBe('going on a trip');
    expect(found.hits[0]).toMatchObject({ kind: 'cluster', ref: 'travelling', slug: 'travelling' });
    expect(found.suggestions).toEqual([]);
    expect(await searches()).toEqual([
      { channel: 'kiosk', cluster_key: 'travelling', outcome: 'found', lang: 'en' },
    ]);
  });

  it('records the kind of actor who searched, never who it is', async () => {
    const agent: Actor = {
      id: 'user:7f3c2a',
      kind: 'user',
      name: 'Agathe Desrosiers',
      grants: [{ role: 'agent' }],
    };
    await searchForNeed(database.db, agent, { q: 'passport', lang: 'fr', channel: 'agent' });
    await flushViews(database.db);
    const [recorded] = await database.db
      .selectFrom('interaction')
      .selectAll()
      .where('kind', '=', 'search')
      .where('channel', '=', 'agent')
      .execute();
    expect(recorded).toMatchObject({ session_id: null, detail: { actor: 'user' } });
    expect(JSON.stringify(recorded)).not.toMatch(/7f3c2a|Agathe/);
    const byThePublic = await database.db
      .selectFrom('interaction')
      .select('detail')
      .where('kind', '=', 'search')
      .where('channel', '=', 'kiosk')
      .executeTakeFirstOrThrow();
    expect(byThePublic.detail).toMatchObject({ actor: 'public' });
  });

  it('says which words were read after a typo, and only then', async () => {
    const typo = await searchForNeed(database.db, visitor, { q: 'pasport', lang: 'en', channel: 'web' });
    expect(typo.corrected).toEqual(['passport']);
    const exact = await searchForNeed(database.db, visitor, { q: 'passport', lang: 'en', channel: 'web' });
    expect(exact.corrected).toEqual([]);
  });

  it('offers every public cluster and counts an unmet need when nothing is found', async () => {
    const none = await searchForNeed(database.db, visitor, { q: 'zzqxj vvwpk', lang: 'fr', channel: 'api' });
    expect(none.hits).toEqual([]);
    expect(none.suggestions).toEqual([
      expect.objectContaining({ key: 'travelling', title: 'Voyager à l’étranger' }),
    ]);
    expect((await searches()).at(-1)).toEqual({
      channel: 'api',
      cluster_key: null,
      outcome: 'none',
      lang: 'fr',
    });
    const unmet = await database.db.selectFrom('search_unmet_need').select(['need', 'lang']).execute();
    expect(unmet).toContainEqual({ need: 'zzqxj vvwpk', lang: 'fr' });
  });

  it('searches and records nothing for an empty need, and refuses a need longer than the one limit', async () => {
    const before = (await searches()).length;
    expect(
      await searchForNeed(database.db, visitor, { q: ' \u0000 ', lang: 'en', channel: 'web' }),
    ).toMatchObject({
      need: '',
      hits: [],
    });
    expect((await searches()).length).toBe(before);
    await expect(
      searchForNeed(database.db, visitor, { q: 'a'.repeat(MAX_NEED_LENGTH + 1), lang: 'en', channel: 'web' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(NeedSearchSchema.safeParse({ q: 'a'.repeat(MAX_NEED_LENGTH), lang: 'en' }).success).toBe(true);
  });
});
