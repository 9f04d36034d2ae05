import { sql } from 'kysely';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { SURVEY_DRIVERS } from '../schemas.js';
import { TRANSACTION_KINDS } from '../schemas.js';

export interface RollupRefresh {
  /** Interactions added to the rollup by this refresh. */
  events: number;
  /** The newest interaction id the rollup now holds. */
  lastId: number;
}

/** How many interactions one transaction adds: bounds the work and memory of a refresh that catches up. */
const BATCH = 1_000_000;

/**
 * Adds every interaction not yet counted to the daily rollup, each exactly once, whenever it happened: a
 * late event (an agent's day entered the next morning, a kiosk that was offline) has a new id, so it is
 * added to the day it happened even if that day was rolled up before.
 *
 * Ids are handed out before transactions commit, so a transaction still writing may hold an id below
 * one already committed. The refresh first takes the table's EXCLUSIVE lock for an instant: it waits for
 * every writer in flight to finish, reads the highest id, and lets writers go on. Everything up to that id
 * is then committed and nothing below it can appear later. The rollup and its watermark move in the
 * same transaction, and the watermark row is locked, so two refreshes never count an event twice.
 */
export async function refreshInteractionRollup(db: Db): Promise<RollupRefresh> {
  const upTo = await db.transaction().execute(async (tx) => {
    await sql`LOCK TABLE interaction IN EXCLUSIVE MODE`.execute(tx);
    const row = await tx
      .selectFrom('interaction')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  });
  let events = 0;
  let lastId = 0;
  for (;;) {
    const step = await withTransaction(db, async (tx) => {
      const state = await tx
        .selectFrom('rollup_state')
        .select('last_id')
        .where('name', '=', 'interaction_daily')
        .forUpdate()
        .executeTakeFirstOrThrow();
      const from = Number(state.last_id);
      const to = Math.min(upTo, from + BATCH);
      if (to <= from) return { from, to: from, added: 0 };
      const added = await addToRollup(tx, from, to);
      await tx
        .updateTable('rollup_state')
        .set({ last_id: to, refreshed_at: new Date() })
        .where('name', '=', 'interaction_daily')
        .execute();
      return { from, to, added };
    });
    events += step.added;
    lastId = step.to;
    if (step.to >= upTo) break;
  }
  return { events, lastId };
}

const SCORE_SUMS = SURVEY_DRIVERS.map((driver) => `coalesce(sum(r.${driver}), 0), count(r.${driver})`).join(
  ', ',
);
const SCORE_COLUMNS = SURVEY_DRIVERS.map((driver) => `${driver}_sum, ${driver}_n`).join(', ');
const SCORE_UPDATES = SURVEY_DRIVERS.flatMap((driver) => [
  `${driver}_sum = d.${driver}_sum + excluded.${driver}_sum`,
  `${driver}_n = d.${driver}_n + excluded.${driver}_n`,
]).join(', ');
const TRANSACTIONS = TRANSACTION_KINDS.map((kind) => `'${kind}'`).join(', ');

/**
 * A service standard's time limit in milliseconds, by the channel its standard names (null: every
 * channel). Business days count as 7/5 calendar days; units that are not a time are left out.
 */
const STANDARD_LIMITS = `
  SELECT service_id, channel_kind, min(threshold_value * CASE threshold_unit
      WHEN 'minutes' THEN 60000
      WHEN 'hours' THEN 3600000
      WHEN 'days' THEN 86400000
      WHEN 'calendar_days' THEN 86400000
      WHEN 'business_days' THEN 120960000
      WHEN 'weeks' THEN 604800000
    END) AS limit_ms
  FROM service_standard
  WHERE threshold_value > 0
    AND threshold_unit IN ('minutes','hours','days','calendar_days','business_days','weeks')
  GROUP BY service_id, channel_kind`;

/** The catalog's channel kind an interaction channel is served through, for its standard. */
const CHANNEL_KIND = `CASE i.channel
    WHEN 'api' THEN 'web' WHEN 'ivr' THEN 'phone' WHEN 'agent' THEN 'walk_in' ELSE i.channel END`;

async function addToRollup(tx: Tx, from: number, to: number): Promise<number> {
  const result = await sql<{ events: number }>`
    WITH limits AS (${sql.raw(STANDARD_LIMITS)}),
    added AS (
      SELECT
        coalesce(i.cluster_key, '') AS cluster_key,
        (i.occurred_at AT TIME ZONE 'UTC')::date AS day,
        coalesce(i.service_id, '') AS service_id,
        coalesce(i.organization_id, s.organization_id, '') AS organization_id,
        i.channel, i.kind, coalesce(i.outcome, '') AS outcome,
        coalesce(r.preferred_channel, '') AS preferred_channel,
        i.generated,
        count(*) AS events,
        coalesce(sum(i.duration_ms), 0) AS duration_ms_sum,
        count(i.duration_ms) AS durations,
        count(*) FILTER (WHERE i.kind IN (${sql.raw(TRANSACTIONS)}) AND i.duration_ms IS NOT NULL
          AND coalesce(lc.limit_ms, la.limit_ms) IS NOT NULL) AS with_standard,
        count(*) FILTER (WHERE i.kind IN (${sql.raw(TRANSACTIONS)})
          AND i.duration_ms <= coalesce(lc.limit_ms, la.limit_ms)) AS within_standard,
        coalesce(sum(CASE WHEN i.kind = 'complete' AND i.detail->>'partners_served' ~ '^[0-9]{1,3}$'
          THEN greatest((i.detail->>'partners_served')::int - 1, 0) END), 0) AS duplicates_avoided,
        count(r.interaction_id) AS surveys,
        count(*) FILTER (WHERE r.overall >= 4) AS satisfied,
        coalesce(sum(r.overall), 0) AS overall_sum,
        ${sql.raw(SCORE_SUMS)}
      FROM interaction i
      LEFT JOIN service s ON s.id = i.service_id AND i.organization_id IS NULL
      LEFT JOIN survey_response r ON r.interaction_id = i.id AND i.kind = 'survey'
      LEFT JOIN limits lc ON lc.service_id = i.service_id AND lc.channel_kind = ${sql.raw(CHANNEL_KIND)}
      LEFT JOIN limits la ON la.service_id = i.service_id AND la.channel_kind IS NULL
      WHERE i.id > ${from} AND i.id <= ${to}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ),
    written AS (
    INSERT INTO interaction_daily AS d (cluster_key, day, service_id, organization_id, channel, kind, outcome,
      preferred_channel, generated, events, duration_ms_sum, durations, with_standard, within_standard,
      duplicates_avoided, surveys, satisfied, overall_sum, ${sql.raw(SCORE_COLUMNS)})
    SELECT * FROM added
    ON CONFLICT (cluster_key, day, service_id, organization_id, channel, kind, outcome, preferred_channel, generated)
    DO UPDATE SET events = d.events + excluded.events,
      duration_ms_sum = d.duration_ms_sum + excluded.duration_ms_sum,
      durations = d.durations + excluded.durations,
      with_standard = d.with_standard + excluded.with_standard,
      within_standard = d.within_standard + excluded.within_standard,
      duplicates_avoided = d.duplicates_avoided + excluded.duplicates_avoided,
      surveys = d.surveys + excluded.surveys,
      satisfied = d.satisfied + excluded.satisfied,
      overall_sum = d.overall_sum + excluded.overall_sum,
      ${sql.raw(SCORE_UPDATES)}
    RETURNING 1)
    SELECT coalesce(sum(events), 0) AS events, (SELECT count(*) FROM written) AS rows FROM added`.execute(tx);
  return Number(result.rows[0]?.events ?? 0);
}
