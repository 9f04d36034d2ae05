import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseInteractions } from '../domains/measurement/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { activityInputFromCatalog, DEMO_ACTIVITY_EVENTS, seedDemoActivity } from './activity.js';
import { seedDemoIfEmpty } from './index.js';

describe('the demo’s generated activity', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  const generated = async () =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM interaction WHERE generated`.execute(database.db))
        .rows[0]!.n,
    );

  it('is not made without the demo catalog', async () => {
    expect(await seedDemoActivity(database.db)).toBeUndefined();
    expect(await generated()).toBe(0);
  });

  it('reads every demo service with its channels and public clusters; events clusters deliver together', async () => {
    await seedDemoIfEmpty(database.db);
    const input = await activityInputFromCatalog(database.db);
    expect(input.services.length).toBeGreaterThan(100);
    expect(input.services.every((service) => service.channels.length > 0)).toBe(true);
    expect(input.services.some((service) => service.channels.includes('walk_in'))).toBe(true);
    expect(input.services.some((service) => (service.cluster_keys ?? []).includes('having-a-baby'))).toBe(
      true,
    );
    expect(input.tell_us_once).toContain('having-a-baby');
    expect(input.tell_us_once).toContain('starting-a-business');
    expect(input.tell_us_once).not.toContain('seniors');
  });

  it('is written once, over the last 24 months, and rolled up', async () => {
    const seeded = await seedDemoActivity(database.db);
    const events = await generated();
    expect(seeded?.events).toBe(events);
    expect(events).toBeGreaterThan(DEMO_ACTIVITY_EVENTS * 0.95);
    expect(events).toBeLessThan(DEMO_ACTIVITY_EVENTS * 1.05);
    expect(seeded!.rolledUp).toBeGreaterThanOrEqual(events);
    const to = seeded!.to;
    expect(to).toBe(new Date().toISOString().slice(0, 10));
    expect(Number(to.slice(0, 4)) - Number(seeded!.from.slice(0, 4))).toBe(2);
    const [all] = await summariseInteractions(database.db, { from: seeded!.from, to: '9999-01-01' });
    expect(all!.generatedEvents).toBe(events);
    expect(await seedDemoActivity(database.db)).toBeUndefined();
    expect(await generated()).toBe(events);
  }, 60_000);
});
