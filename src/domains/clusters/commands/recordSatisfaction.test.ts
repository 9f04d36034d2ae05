import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { systemActor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { publishCluster, recordSatisfaction, saveClusterDraft, setClusterLifecycle } from '../index.js';

const actor = systemActor('test');
const province = anOrganization({
  id: stableId('sat:org:on'),
  name: text('ServiceOntario', 'ServiceOntario'),
});
const register = aService({
  id: stableId('sat:svc:register'),
  organization_id: province.id,
  name: text('Register a birth', 'Enregistrer une naissance'),
});

describe('recordSatisfaction', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [province], services: [register] },
      { source: 'test', actor: 'test' },
    );
    await saveClusterDraft(db, actor, {
      key: 'having-a-baby',
      kind: 'life-event',
      title: text('Having a baby', 'Avoir un bébé'),
      summary: text('Every step.', 'Chaque démarche.'),
      slug: { en: 'having-a-baby', fr: 'avoir-un-bebe' },
      lead_organization_id: province.id,
      stages: [
        {
          key: 'after',
          title: text('After the birth', 'Après la naissance'),
          steps: [
            {
              key: 'register',
              title: text('Register the birth', 'Enregistrer la naissance'),
              summary: text('Tell the province.', 'Avisez la province.'),
              service_ids: [register.id],
            },
          ],
        },
      ],
    });
    await publishCluster(db, actor, 'having-a-baby');
    await setClusterLifecycle(db, actor, 'having-a-baby', {
      status: 'pilot',
      pilot_starts_on: '2026-01-01',
      pilot_ends_on: '2027-03-31',
    });
  });
  afterAll(async () => database?.close());
  beforeEach(async () => {
    await database.db.deleteFrom('interaction').where('kind', '=', 'survey').execute();
  });

  const surveys = () =>
    database.db
      .selectFrom('interaction')
      .innerJoin('survey_response', 'survey_response.interaction_id', 'interaction.id')
      .select([
        'interaction.channel',
        'interaction.lang',
        'interaction.cluster_key',
        'interaction.service_id',
        'interaction.organization_id',
        'interaction.detail',
        'survey_response.overall',
        'survey_response.knowledge',
        'survey_response.comment',
      ])
      .execute();

  it('records the answers against the cluster named by its slug in the page’s language', async () => {
    await recordSatisfaction(database.db, {
      channel: 'web',
      lang: 'fr',
      page: '/fr/situations/avoir-un-bebe',
      clusterSlug: 'avoir-un-bebe',
      answers: { overall: 5, knowledge: 4, comment: 'Rapide. Mon courriel : a@b.ca' },
    });
    expect(await surveys()).toEqual([
      {
        channel: 'web',
        lang: 'fr',
        cluster_key: 'having-a-baby',
        service_id: null,
        organization_id: null,
        detail: { page: '/fr/situations/avoir-un-bebe' },
        overall: 5,
        knowledge: 4,
        comment: 'Rapide. Mon courriel : [retiré]',
      },
    ]);
  });

  it('records the answers against a service and the partner that owns it', async () => {
    await recordSatisfaction(database.db, {
      channel: 'kiosk',
      lang: 'en',
      page: `/en/services/${register.id}`,
      serviceId: register.id,
      answers: { overall: 2 },
    });
    expect(await surveys()).toMatchObject([
      { channel: 'kiosk', service_id: register.id, organization_id: province.id, overall: 2 },
    ]);
  });

  it('keeps only the page when the slug or the service names nothing public', async () => {
    for (const [clusterSlug, serviceId] of [
      ['no-such-cluster', stableId('sat:svc:none')],
      ['Not a slug!', '------------------------------------'],
    ])
      await recordSatisfaction(database.db, {
        channel: 'web',
        lang: 'en',
        page: '/en/somewhere',
        clusterSlug,
        serviceId,
        answers: { overall: 3 },
      });
    expect(await surveys()).toMatchObject([
      { cluster_key: null, service_id: null, organization_id: null, detail: { page: '/en/somewhere' } },
      { cluster_key: null, service_id: null, organization_id: null },
    ]);
  });

  it('refuses answers out of range with a validation error naming each field, and writes nothing', async () => {
    await expect(
      recordSatisfaction(database.db, {
        channel: 'web',
        lang: 'en',
        page: '/en',
        answers: { overall: 6, courtesy: 0 },
      }),
    ).rejects.toMatchObject({
      name: 'StitchError',
      code: 'VALIDATION_FAILED',
      problems: [
        expect.objectContaining({ path: 'answers.overall' }),
        expect.objectContaining({ path: 'answers.courtesy' }),
      ],
    });
    expect(await surveys()).toEqual([]);
  });
});
