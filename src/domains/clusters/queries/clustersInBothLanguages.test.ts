import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { flushViews } from '../../measurement/index.js';
import { systemActor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { publishCluster } from '../commands/publishCluster.js';
import { saveClusterDraft } from '../commands/saveClusterDraft.js';
import { setClusterLifecycle } from '../commands/setClusterLifecycle.js';
import type { ClusterDefinitionInput, ClusterKind } from '../schemas.js';
import { getClusterDefinition } from './getClusterDefinition.js';
import { listClustersInBothLanguages } from './listClustersInBothLanguages.js';

const actor = systemActor('test');
const partner = anOrganization({ id: stableId('bilingual:org') });
const service = aService({ id: stableId('bilingual:svc'), organization_id: partner.id });

function cluster(key: string, kind: ClusterKind, title: { en: string; fr: string }): ClusterDefinitionInput {
  return {
    key,
    kind,
    title: text(title.en, title.fr),
    summary: text(`About ${title.en}`, `À propos : ${title.fr}`),
    slug: { en: key, fr: `${key}-fr` },
    lead_organization_id: partner.id,
    stages: [
      {
        key: 'only',
        title: text('Only', 'Seule'),
        steps: [
          { key: 'do', title: text('Do', 'Faire'), summary: text('s', 's'), service_ids: [service.id] },
        ],
      },
    ],
  };
}

describe('clusters in both languages', () => {
  let database: TestDatabase;

  async function views() {
    await flushViews(database.db);
    return database.db
      .selectFrom('interaction')
      .select(['channel', 'cluster_key', 'lang', 'detail'])
      .where('kind', '=', 'view')
      .orderBy('id')
      .execute();
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [partner], services: [service] },
      { source: 'test', actor: 'test' },
    );
    for (const [key, kind, title] of [
      ['moving', 'life-event', { en: 'Moving', fr: 'Déménager' }],
      ['seniors', 'client-group', { en: 'Seniors', fr: 'Aînés' }],
      ['unpublished', 'life-event', { en: 'Unpublished', fr: 'Non publié' }],
    ] as const) {
      await saveClusterDraft(db, actor, cluster(key, kind, title));
    }
    for (const key of ['moving', 'seniors']) {
      await publishCluster(db, actor, key);
      await setClusterLifecycle(db, actor, key, {
        status: 'pilot',
        pilot_starts_on: '2026-01-01',
        pilot_ends_on: '2027-06-30',
      });
    }
  });
  afterAll(() => database?.close());

  it('lists the public clusters in both languages, of one kind when asked, and records the list read', async () => {
    const all = await listClustersInBothLanguages(database.db, { channel: 'api' });
    expect(all.clusters).toEqual([
      {
        key: 'moving',
        kind: 'life-event',
        status: 'pilot',
        pilotEndsOn: '2027-06-30',
        title: { en: 'Moving', fr: 'Déménager' },
        summary: { en: 'About Moving', fr: 'À propos : Déménager' },
        slug: { en: 'moving', fr: 'moving-fr' },
      },
      expect.objectContaining({ key: 'seniors', kind: 'client-group' }),
    ]);
    const lifeEvents = await listClustersInBothLanguages(database.db, {
      kind: 'life-event',
      channel: 'kiosk',
    });
    expect(lifeEvents.clusters.map((line) => line.key)).toEqual(['moving']);
    expect(await views()).toEqual([
      { channel: 'api', cluster_key: null, lang: null, detail: { resource: 'clusters', results: 2 } },
      { channel: 'kiosk', cluster_key: null, lang: null, detail: { resource: 'clusters', results: 1 } },
    ]);
  });

  it('gives one public cluster’s published definition and records the view; an unpublished one is not found', async () => {
    const before = (await views()).length;
    const moving = await getClusterDefinition(database.db, { key: 'moving', channel: 'api' });
    expect(moving).toMatchObject({
      key: 'moving',
      status: 'pilot',
      title: { en: 'Moving', fr: 'Déménager' },
      slug: { en: 'moving', fr: 'moving-fr' },
      version: 1,
      definition: { key: 'moving', stages: [{ key: 'only', steps: [{ key: 'do' }] }] },
    });
    expect(moving.publishedAt).toBeInstanceOf(Date);
    expect((await views()).slice(before)).toEqual([
      { channel: 'api', cluster_key: 'moving', lang: null, detail: null },
    ]);
    await expect(
      getClusterDefinition(database.db, { key: 'unpublished', channel: 'api' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
