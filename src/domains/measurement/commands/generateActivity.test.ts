import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { summariseInteractions } from '../queries/summariseInteractions.js';
import type { ActivityInput } from '../schemas.js';
import { generateActivity, type ActivityProgress } from './generateActivity.js';
import { recordInteraction } from './recordInteraction.js';
import { refreshInteractionRollup } from './refreshInteractionRollup.js';
import { removeGeneratedActivity } from './removeGeneratedActivity.js';

const INPUT: ActivityInput = {
  services: [
    {
      id: 'svc-birth',
      organization_id: 'org-a',
      cluster_keys: ['having-a-baby'],
      channels: ['web', 'phone', 'mail'],
    },
    {
      id: 'svc-benefit',
      organization_id: 'org-b',
      cluster_keys: ['having-a-baby', 'seniors'],
      channels: ['web', 'phone', 'walk_in'],
    },
    {
      id: 'svc-pension',
      organization_id: 'org-b',
      cluster_keys: ['seniors'],
      channels: ['web', 'phone', 'walk_in', 'kiosk'],
    },
    { id: 'svc-permit', organization_id: 'org-c', channels: ['walk_in', 'mail', 'email'] },
  ],
  tell_us_once: ['having-a-baby'],
  from: '2025-01-01',
  to: '2027-01-01',
  events: 30_000,
  seed: 42,
};

/** Every generated event as it reads, ids aside (they depend on what the table held before). */
async function snapshot(database: TestDatabase) {
  const result = await sql<Record<string, unknown>>`
    SELECT i.occurred_at, i.channel, i.kind, i.cluster_key, i.service_id, i.organization_id, i.outcome,
      i.duration_ms, i.session_id, i.lang, i.detail, r.overall, r.timeliness, r.knowledge, r.courtesy,
      r.fairness, r.outcome AS score, r.preferred_channel
    FROM interaction i LEFT JOIN survey_response r ON r.interaction_id = i.id
    WHERE i.generated
    ORDER BY i.session_id, i.occurred_at, i.kind`.execute(database.db);
  return result.rows.map((row) => JSON.stringify(row));
}

async function count(database: TestDatabase, where: string): Promise<number> {
  const result = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM interaction WHERE ${sql.raw(where)}`.execute(database.db);
  return Number(result.rows[0]!.n);
}

describe('generateActivity', () => {
  let database: TestDatabase;
  let first: string[];
  const progress: ActivityProgress[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    // One measured event, which nothing generated may touch.
    await recordInteraction(database.db, {
      channel: 'phone',
      kind: 'call',
      service_id: 'svc-birth',
      occurred_at: new Date('2026-03-02T15:00:00Z'),
    });
    const written = await generateActivity(database.db, INPUT, {
      chunkEvents: 7_000,
      onProgress: (step) => progress.push(step),
    });
    expect(written.events).toBe(await count(database, 'generated'));
    first = await snapshot(database);
  }, 60_000);
  afterAll(async () => database.close());

  it('writes about the number of events asked for, in chunks, reporting progress', () => {
    expect(first.length).toBeGreaterThan(30_000 * 0.95);
    expect(first.length).toBeLessThan(30_000 * 1.05);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.at(-1)!.written).toBe(first.length);
    expect(progress.map((step) => step.written)).toEqual(
      [...progress.map((step) => step.written)].sort((a, b) => a - b),
    );
  });

  it('labels everything it writes as generated, inside the period, on the channels each service offers', async () => {
    expect(await count(database, 'NOT generated')).toBe(1);
    expect(
      await count(database, `generated AND (occurred_at < '2025-01-01' OR occurred_at >= '2027-01-02')`),
    ).toBe(0);
    expect(
      await count(
        database,
        `generated AND service_id = 'svc-permit' AND channel NOT IN ('walk_in','mail','email')`,
      ),
    ).toBe(0);
    expect(
      await count(
        database,
        `generated AND service_id = 'svc-birth' AND channel NOT IN ('web','phone','mail')`,
      ),
    ).toBe(0);
    expect(await count(database, `generated AND service_id = 'svc-permit' AND cluster_key IS NOT NULL`)).toBe(
      0,
    );
  });

  it('has the proportions the model describes', async () => {
    const share = async (part: string, whole: string) =>
      (await count(database, part)) / (await count(database, whole));
    const completion = await share(`kind = 'complete'`, `kind IN ('complete', 'abandon')`);
    expect(completion).toBeGreaterThan(0.7);
    expect(completion).toBeLessThan(0.85);
    const transactions = `kind IN ('complete', 'call', 'visit', 'mail_in', 'referral')`;
    const web = await share(`${transactions} AND channel = 'web'`, transactions);
    const phone = await share(`${transactions} AND channel = 'phone'`, transactions);
    expect(web).toBeGreaterThan(0.3);
    expect(phone).toBeGreaterThan(0.1);
    expect(phone).toBeLessThan(web);
    expect(await share(`kind = 'survey'`, transactions)).toBeGreaterThan(0.02);
    expect(await share(`kind = 'survey'`, transactions)).toBeLessThan(0.05);
    const french = await share(`lang = 'fr'`, 'true');
    expect(french).toBeGreaterThan(0.22);
    expect(french).toBeLessThan(0.28);
    // Serviced channels work weekdays; the web does not stop at weekends.
    expect(
      await share(`channel = 'walk_in' AND extract(isodow FROM occurred_at) = 7`, `channel = 'walk_in'`),
    ).toBe(0);
    expect(
      await share(`channel = 'web' AND extract(isodow FROM occurred_at) >= 6`, `channel = 'web'`),
    ).toBeGreaterThan(0.1);
    // Calls last minutes, some longer than ten; applications take days.
    expect(await share(`kind = 'call' AND duration_ms > 600000`, `kind = 'call'`)).toBeGreaterThan(0.1);
    expect(await count(database, `kind = 'complete' AND duration_ms < 86400000 / 4`)).toBeLessThan(
      (await count(database, `kind = 'complete'`)) / 2,
    );
    // Tell us once: completions in that cluster may serve 2 or 3 partners, never elsewhere.
    expect(
      await count(database, `detail ? 'partners_served' AND cluster_key = 'having-a-baby'`),
    ).toBeGreaterThan(0);
    expect(
      await count(database, `detail ? 'partners_served' AND coalesce(cluster_key, '') <> 'having-a-baby'`),
    ).toBe(0);
    expect(await count(database, `(detail->>'partners_served')::int NOT IN (2, 3)`)).toBe(0);
    expect(await count(database, `kind = 'search' AND outcome NOT IN ('found', 'none')`)).toBe(0);
  });

  it('follows a few transactions with survey responses whose preferences sometimes differ from the channel used', async () => {
    const result = await sql<{ channel: string; preferred: string; n: string; blanks: string }>`
      SELECT i.channel, r.preferred_channel AS preferred, count(*) AS n,
        count(*) - count(r.timeliness) AS blanks
      FROM survey_response r JOIN interaction i ON i.id = r.interaction_id
      GROUP BY 1, 2`.execute(database.db);
    const surveys = await count(database, `kind = 'survey'`);
    expect(result.rows.reduce((sum, row) => sum + Number(row.n), 0)).toBe(surveys);
    expect(result.rows.some((row) => row.channel === 'phone' && row.preferred === 'web')).toBe(true);
    expect(result.rows.some((row) => row.channel === row.preferred)).toBe(true);
    expect(result.rows.reduce((sum, row) => sum + Number(row.blanks), 0)).toBeGreaterThan(0);
  });

  it('writes the same events again from the same seed, whatever the chunk size, and others from another seed', async () => {
    await removeGeneratedActivity(database.db);
    await generateActivity(database.db, INPUT, { chunkEvents: 50_000 });
    expect(await snapshot(database)).toEqual(first);
    await removeGeneratedActivity(database.db);
    await generateActivity(database.db, { ...INPUT, seed: 43 });
    expect((await snapshot(database)).slice(0, 50)).not.toEqual(first.slice(0, 50));
  }, 60_000);

  it('is taken out of the rollup exactly, leaving what was measured', async () => {
    const period = { from: '2025-01-01', to: '2027-01-02' };
    await refreshInteractionRollup(database.db);
    const [all] = await summariseInteractions(database.db, period);
    expect(all!.events).toBe(await count(database, 'true'));
    expect(all!.generatedEvents).toBe(all!.events - 1);
    const removed = await removeGeneratedActivity(database.db);
    expect(removed.events).toBe(all!.generatedEvents);
    expect(await count(database, 'true')).toBe(1);
    expect(await summariseInteractions(database.db, period)).toMatchObject([
      { events: 1, generatedEvents: 0 },
    ]);
    expect((await sql`SELECT 1 FROM survey_response`.execute(database.db)).rows).toEqual([]);
    // Later refreshes carry on from the same watermark and add nothing again.
    expect((await refreshInteractionRollup(database.db)).events).toBe(0);
  });

  it('refuses an input it cannot use', async () => {
    await expect(generateActivity(database.db, { ...INPUT, services: [] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      generateActivity(database.db, { ...INPUT, from: '2027-01-01', to: '2025-01-01' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
