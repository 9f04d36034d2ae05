import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { newId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import type { InteractionInput } from '../schemas.js';
import { summariseInteractions } from '../queries/summariseInteractions.js';
import { recordInteraction } from './recordInteraction.js';
import { refreshInteractionRollup } from './refreshInteractionRollup.js';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('refreshInteractionRollup', () => {
  let database: TestDatabase;
  const organization = anOrganization();
  const service = aService({
    organization_id: organization.id,
    standards: [
      {
        id: newId(),
        channel_kind: 'phone',
        name: text('Answer within 10 minutes', 'Répondre en 10 minutes'),
        threshold_value: 10,
        threshold_unit: 'minutes',
        target: 0.8,
      },
      {
        id: newId(),
        name: text('Decide within 2 days', 'Décider en 2 jours'),
        threshold_value: 2,
        threshold_unit: 'calendar_days',
        target: 0.9,
      },
    ],
  });
  const record = (input: InteractionInput) => recordInteraction(database.db, input);

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [organization], services: [service] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database.close());

  it('adds each interaction once, by day, with the service’s partner and its standard', async () => {
    const minute = 60_000;
    await record({
      channel: 'phone',
      kind: 'call',
      service_id: service.id,
      occurred_at: at('2027-01-05'),
      duration_ms: 4 * minute,
    });
    await record({
      channel: 'phone',
      kind: 'call',
      service_id: service.id,
      occurred_at: at('2027-01-05'),
      duration_ms: 15 * minute,
    });
    // The web has no standard of its own: the two-day one applies.
    await record({
      channel: 'web',
      kind: 'complete',
      service_id: service.id,
      occurred_at: at('2027-01-06'),
      duration_ms: 86_400_000,
      cluster_key: 'moving',
      detail: { partners_served: 3 },
    });
    await record({
      channel: 'web',
      kind: 'view',
      service_id: service.id,
      occurred_at: at('2027-01-06'),
      cluster_key: 'moving',
    });
    expect(await refreshInteractionRollup(database.db)).toMatchObject({ events: 4 });
    // Nothing new: nothing added.
    expect(await refreshInteractionRollup(database.db)).toMatchObject({ events: 0 });

    const [total] = await summariseInteractions(database.db, { from: '2027-01-01', to: '2027-02-01' });
    expect(total).toMatchObject({
      events: 4,
      durations: 3,
      durationMsSum: 19 * minute + 86_400_000,
      withStandard: 3,
      withinStandard: 2,
      duplicatesAvoided: 2,
    });
    const byOrganization = await summariseInteractions(
      database.db,
      { from: '2027-01-01', to: '2027-02-01' },
      ['organization'],
    );
    expect(byOrganization).toEqual([expect.objectContaining({ organization: organization.id, events: 4 })]);
  });

  it('counts a late event in the day it happened, and a cluster’s services recorded outside it', async () => {
    await record({
      channel: 'walk_in',
      kind: 'visit',
      service_id: service.id,
      occurred_at: at('2027-01-05'),
    });
    await record({ channel: 'web', kind: 'view', cluster_key: 'other', occurred_at: at('2027-01-05') });
    expect(await refreshInteractionRollup(database.db)).toMatchObject({ events: 2 });
    const byDay = await summariseInteractions(
      database.db,
      { from: '2027-01-05', to: '2027-01-06', cluster: { key: 'moving', serviceIds: [service.id] } },
      ['channel', 'kind'],
    );
    expect(byDay.map((row) => [row.channel, row.kind, row.events])).toEqual([
      ['phone', 'call', 2],
      ['walk_in', 'visit', 1],
    ]);
    const byCluster = await summariseInteractions(
      database.db,
      { from: '2027-01-01', to: '2027-02-01', cluster: { key: 'moving', serviceIds: [] } },
      ['month'],
    );
    expect(byCluster).toEqual([expect.objectContaining({ month: '2027-01-01', events: 2 })]);
  });

  it('adds survey answers by driver and counts the satisfied (4 or 5)', async () => {
    const row = await database.db
      .insertInto('interaction')
      .values({ channel: 'kiosk', kind: 'survey', service_id: service.id, occurred_at: at('2027-03-01') })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('survey_response')
      .values({ interaction_id: row.id, overall: 4, timeliness: 2, courtesy: 5, preferred_channel: 'web' })
      .execute();
    const second = await database.db
      .insertInto('interaction')
      .values({ channel: 'kiosk', kind: 'survey', service_id: service.id, occurred_at: at('2027-03-02') })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('survey_response')
      .values({ interaction_id: second.id, overall: 1 })
      .execute();
    await refreshInteractionRollup(database.db);
    const rows = await summariseInteractions(database.db, { from: '2027-03-01', to: '2027-04-01' }, [
      'preferred_channel',
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ preferred_channel: '', surveys: 1, satisfied: 0, overallSum: 1 }),
      expect.objectContaining({
        preferred_channel: 'web',
        surveys: 1,
        satisfied: 1,
        overallSum: 4,
        drivers: expect.objectContaining({
          timeliness: { sum: 2, n: 1 },
          courtesy: { sum: 5, n: 1 },
          fairness: { sum: 0, n: 0 },
        }),
      }),
    ]);
  });

  it('never counts an event twice when refreshes run at the same time', async () => {
    for (let i = 0; i < 20; i++)
      await record({ channel: 'web', kind: 'view', occurred_at: at('2027-05-01') });
    const refreshes = await Promise.all([1, 2, 3].map(() => refreshInteractionRollup(database.db)));
    expect(refreshes.reduce((sum, refresh) => sum + refresh.events, 0)).toBe(20);
    const [may] = await summariseInteractions(database.db, { from: '2027-05-01', to: '2027-06-01' });
    expect(may!.events).toBe(20);
  });
});
