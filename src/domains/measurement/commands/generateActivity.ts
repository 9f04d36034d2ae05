import { sql } from 'kysely';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { calendar, expectedEvents, MODEL, serviceProfiles, slots } from '../activityModel.js';
import { ActivityInput } from '../schemas.js';

export interface ActivityProgress {
  /** Events written so far, and the number aimed at. */
  written: number;
  target: number;
}

export interface GeneratedActivity {
  /** Interactions written (surveys included), all `generated = true`. */
  events: number;
  surveys: number;
  services: number;
  from: string;
  to: string;
  seed: number;
}

export interface GenerateOptions {
  onProgress?: (progress: ActivityProgress) => void;
  /** About how many events one statement (and one transaction) writes. */
  chunkEvents?: number;
}

const DEFAULT_CHUNK_EVENTS = 200_000;

/** A 16-bit draw (0–65535) from bits `shift`… of a 64-bit hash column. */
const u16 = (column: string, shift: number) => `((${column} >> ${shift}) & 65535)::int`;
/** A probability as a threshold for a 16-bit draw. */
const p16 = (probability: number) => String(Math.round(probability * 65536));

/**
 * Writes generated interactions — labelled `generated = true` — for the given services over a period,
 * with the patterns described in README.md: one episode (a web session, a call, a visit, a letter) is a
 * few events, each episode's draws are hashes of its number and the seed (`hashint8extended`, which
 * PostgreSQL and PGlite compute alike), so the same seed and input write the same events whatever the
 * chunk size.
 *
 * The database makes the rows: each chunk is one `INSERT … SELECT … FROM generate_series` of about
 * 200,000 events, whose surveys' responses are written by the same statement from the rows it returns.
 * Each chunk commits on its own: a transaction of ten million rows would hold back vacuum, and the
 * rollup's refresh (which waits out writers in flight) and every live writer queued behind it would wait
 * minutes for it; a chunk keeps that wait to about a second. A run that fails half-way leaves labelled
 * rows that `removeGeneratedActivity` takes away. Given a transaction, every chunk joins it.
 */
export async function generateActivity(
  db: Db | Tx,
  input: ActivityInput,
  options: GenerateOptions = {},
): Promise<GeneratedActivity> {
  const value = parseInput(ActivityInput, input, 'Invalid activity request');
  const to = value.to ?? new Date().toISOString().slice(0, 10);
  const from = value.from ?? monthsBefore(to, 24);
  if (from >= to) throw new RangeError(`The period ${from} to ${to} is empty`);
  const seed = value.seed;
  const profiles = serviceProfiles(seed, value.services, new Set(value.tell_us_once));
  const days = calendar(from, to);

  const slotCount = Math.min(2 ** 20, Math.max(65_536, 2 ** Math.ceil(Math.log2(profiles.length * 16))));
  const serviceSlots = slots(
    profiles.map((profile) => profile.popularity),
    slotCount,
  ).map((index) => index + 1);
  // Only services that hold a slot can be drawn; the others need not travel with every statement.
  const drawn = new Set(serviceSlots);
  const used = profiles.filter((profile) => drawn.has(profile.i));
  const popularity = used.reduce((sum, profile) => sum + profile.popularity, 0);
  const perEpisode =
    used.reduce((sum, profile) => sum + profile.popularity * expectedEvents(profile), 0) / popularity;
  const episodes = Math.max(1, Math.round(value.events / perEpisode));
  const chunk = Math.max(1, Math.round((options.chunkEvents ?? DEFAULT_CHUNK_EVENTS) / perEpisode));

  const servicesJson = JSON.stringify(used.map(({ popularity: _, ...profile }) => profile));
  let events = 0;
  let surveys = 0;
  for (let first = 1; first <= episodes; first += chunk) {
    const last = Math.min(episodes, first + chunk - 1);
    const written = await withTransaction(db, (tx) =>
      writeChunk(tx, {
        first,
        last,
        episodes,
        seed,
        servicesJson,
        serviceSlots,
        webSlots: days.webSlots,
        officeSlots: days.officeSlots,
        fromEpoch: days.fromMs / 1000,
      }),
    );
    events += written.events;
    surveys += written.surveys;
    options.onProgress?.({ written: events, target: Math.max(value.events, events) });
  }
  return { events, surveys, services: used.length, from, to, seed };
}

function monthsBefore(iso: string, months: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

interface Chunk {
  first: number;
  last: number;
  /** Episodes of the whole run: an episode's number places it in the period. */
  episodes: number;
  seed: number;
  servicesJson: string;
  serviceSlots: number[];
  webSlots: number[];
  officeSlots: number[];
  fromEpoch: number;
}

/** Drivers' offsets from a channel's mean (timeliness, knowledge, courtesy, fairness, outcome). */
const SURVEY = {
  web: { mean: 3.9, offsets: [0.2, 0, 0, 0.1, 0.1] },
  kiosk: { mean: 3.7, offsets: [0, -0.1, 0, 0, 0] },
  phone: { mean: 3.5, offsets: [-0.8, 0.3, 0.3, 0, -0.1] },
  walk_in: { mean: 4.1, offsets: [-0.3, 0.3, 0.5, 0.2, 0.1] },
  mail: { mean: 3.5, offsets: [-0.7, 0, 0, 0, 0] },
  email: { mean: 3.6, offsets: [-0.3, 0, 0, 0, 0] },
} as const;
const DRIVERS = ['timeliness', 'knowledge', 'courtesy', 'fairness', 'outcome'] as const;

const byChannel = (pick: (entry: (typeof SURVEY)[keyof typeof SURVEY]) => number) =>
  `CASE channel ${Object.entries(SURVEY)
    .map(([channel, entry]) => `WHEN '${channel}' THEN ${pick(entry)}`)
    .join(' ')} ELSE 3.5 END`;

const score = (expression: string) => `least(5, greatest(1, round(${expression})))::smallint`;

async function writeChunk(tx: Tx, chunk: Chunk): Promise<{ events: number; surveys: number }> {
  const through = MODEL.throughCluster;
  const seed16 = chunk.seed * 16;
  const result = await sql<{ events: string; surveys: string }>`
    WITH svc AS (
      SELECT * FROM jsonb_to_recordset(${chunk.servicesJson}::jsonb) AS s(
        i int, id text, org text, clusters text[], tuo boolean[], ncl int,
        w_web float8, w_phone float8, w_walk_in float8, w_kiosk float8, w_mail float8, w_email float8,
        drift float8, p_tx float8, completion float8, days float8, call_min float8, visit_min float8)
    ),
    -- Five 64-bit hashes per episode; OFFSET 0 keeps each computed once, not once per use.
    hashed AS (
      SELECT n,
        hashint8extended(n, ${seed16}::bigint) AS a,
        hashint8extended(n, ${seed16 + 1}::bigint) AS b,
        hashint8extended(n, ${seed16 + 2}::bigint) AS c,
        hashint8extended(n, ${seed16 + 3}::bigint) AS d,
        hashint8extended(n, ${seed16 + 4}::bigint) AS e
      FROM generate_series(${chunk.first}::bigint, ${chunk.last}::bigint) AS n
      OFFSET 0
    ),
    -- The service (by popularity), the point of the period, then the channel: the web's weight grows
    -- over the period (channel shift). Episodes are laid along the period in order of their number, so
    -- a chunk covers a few days and its index entries land side by side, not all over a large table.
    placed AS (
      SELECT h.*, s.*, ((h.n - 1) * 65536 / ${chunk.episodes}::bigint)::int AS pos,
        s.w_web * (1 + (s.drift - 1) * ((h.n - 1) * 65536 / ${chunk.episodes}::bigint) / 65536.0::float8) AS ww
      FROM hashed h
      JOIN svc s ON s.i = (${chunk.serviceSlots}::int[])[1 + (h.a & ${chunk.serviceSlots.length - 1})::int]
      OFFSET 0
    ),
    chosen AS (
      SELECT p.*, CASE
          WHEN x < ww THEN 'web'
          WHEN x < ww + w_phone THEN 'phone'
          WHEN x < ww + w_phone + w_walk_in THEN 'walk_in'
          WHEN x < ww + w_phone + w_walk_in + w_kiosk THEN 'kiosk'
          WHEN x < ww + w_phone + w_walk_in + w_kiosk + w_mail THEN 'mail'
          ELSE 'email' END AS channel
      FROM (SELECT placed.*, ${sql.raw(u16('a', 48))} / 65536.0::float8
          * (ww + w_phone + w_walk_in + w_kiosk + w_mail + w_email) AS x FROM placed) p
      OFFSET 0
    ),
    -- What the episode is made of: searches, views, a start, how it ends, a survey.
    episode AS (
      SELECT c.*,
        CASE WHEN channel = 'web' AND ${sql.raw(u16('c.c', 0))} < ${sql.raw(p16(MODEL.search))} THEN 1 ELSE 0 END AS n_search,
        channel = 'web' AND ${sql.raw(u16('c.c', 0))} < ${sql.raw(p16(MODEL.search * MODEL.searchNone))} AS found_none,
        CASE WHEN channel = 'kiosk' THEN ${sql.raw(u16('c.c', 16))} < ${sql.raw(p16(MODEL.kioskTransaction))}
          WHEN channel = 'web' THEN ${sql.raw(u16('c.c', 16))} < round(p_tx * 65536)
          ELSE false END AS transacts,
        CASE WHEN ${sql.raw(u16('c.d', 48))} < ${sql.raw(p16(MODEL.survey))} THEN 1 ELSE 0 END AS surveyed,
        ((${sql.raw(u16('c.d', 0))} + ${sql.raw(u16('c.d', 16))} + ${sql.raw(u16('c.d', 32))}) / 65536.0::float8 - 1.5) * 2 AS z,
        CASE WHEN channel IN ('web', 'email') THEN (${chunk.webSlots}::int[])[1 + pos]
          ELSE (${chunk.officeSlots}::int[])[1 + pos] END AS day,
        CASE WHEN channel IN ('web', 'email')
          THEN 21600 + 61200 * ((${sql.raw(u16('c.a', 16))} + ${sql.raw(u16('c.b', 0))}) / 131072.0::float8)
          ELSE 30600 + 28800 * ((${sql.raw(u16('c.a', 16))} + ${sql.raw(u16('c.b', 0))}) / 131072.0::float8)
          END AS seconds,
        CASE WHEN ${sql.raw(u16('c.b', 16))} < ${sql.raw(p16(MODEL.french))} THEN 'fr' ELSE 'en' END AS lang,
        CASE WHEN ncl > 0 AND ${sql.raw(u16('c.b', 32))} < CASE channel
            WHEN 'web' THEN ${sql.raw(p16(through.web))} WHEN 'kiosk' THEN ${sql.raw(p16(through.kiosk))}
            WHEN 'phone' THEN ${sql.raw(p16(through.phone))} WHEN 'walk_in' THEN ${sql.raw(p16(through.walk_in))}
            WHEN 'mail' THEN ${sql.raw(p16(through.mail))} ELSE ${sql.raw(p16(through.email))} END
          THEN 1 + ${sql.raw(u16('c.b', 48))} % ncl END AS cluster_at,
        30 + (c.e & 255) AS gap,
        to_hex(c.e) AS session
      FROM chosen c
      OFFSET 0
    ),
    shaped AS (
      SELECT ep.*,
        CASE WHEN found_none THEN 0
          WHEN channel = 'web' THEN 1 + (${sql.raw(u16('ep.c', 32))} < ${sql.raw(p16(MODEL.secondView))})::int
            + (${sql.raw(u16('ep.c', 32))} < ${sql.raw(p16(MODEL.thirdView))})::int
          WHEN channel = 'kiosk' THEN 1 ELSE 0 END AS n_view,
        CASE
          WHEN found_none THEN NULL
          WHEN channel IN ('web', 'kiosk') THEN CASE WHEN NOT transacts THEN NULL
            WHEN ${sql.raw(u16('ep.c', 48))} < round(completion * 65536) THEN 'complete' ELSE 'abandon' END
          WHEN channel = 'phone' THEN CASE WHEN ${sql.raw(u16('ep.c', 48))} < ${sql.raw(p16(MODEL.phoneReferral))}
            THEN 'referral' ELSE 'call' END
          WHEN channel = 'walk_in' THEN CASE WHEN ${sql.raw(u16('ep.c', 48))} < ${sql.raw(p16(MODEL.walkInReferral))}
            THEN 'referral' ELSE 'visit' END
          ELSE 'mail_in' END AS ending
      FROM episode ep
      OFFSET 0
    ),
    counted AS (
      SELECT sh.*,
        n_search + n_view AS before_start,
        n_search + n_view + coalesce(ending IN ('complete', 'abandon'), false)::int AS before_end,
        n_search + n_view + coalesce(ending IN ('complete', 'abandon'), false)::int + (ending IS NOT NULL)::int AS before_survey,
        n_search + n_view + coalesce(ending IN ('complete', 'abandon'), false)::int + (ending IS NOT NULL)::int
          + CASE WHEN ending IN ('complete', 'call', 'visit', 'referral', 'mail_in') THEN surveyed ELSE 0 END
          AS steps
      FROM shaped sh
    ),
    rows AS (
      SELECT
        to_timestamp(${chunk.fromEpoch}::float8 + day * 86400 + 18000 + seconds + (step - 1) * gap) AS occurred_at,
        channel,
        CASE WHEN step <= n_search THEN 'search' WHEN step <= before_start THEN 'view'
          WHEN step <= before_end THEN 'start' WHEN step <= before_survey THEN ending ELSE 'survey' END AS kind,
        step, n_search, before_end, before_survey, ending, z, cluster_at, clusters, tuo, id, org, days,
        call_min, visit_min, session, lang, e, found_none
      FROM counted CROSS JOIN LATERAL generate_series(1, steps) AS step
    ),
    inserted AS (
      INSERT INTO interaction (occurred_at, channel, kind, cluster_key, service_id, organization_id, outcome,
        duration_ms, session_id, lang, detail, generated)
      SELECT occurred_at, channel, kind,
        clusters[cluster_at],
        CASE WHEN kind = 'search' THEN NULL ELSE id END,
        CASE WHEN kind = 'search' THEN NULL ELSE org END,
        CASE kind WHEN 'search' THEN CASE WHEN found_none THEN 'none' ELSE 'found' END
          WHEN 'complete' THEN 'completed' WHEN 'abandon' THEN 'abandoned' WHEN 'referral' THEN 'referred'
          WHEN 'call' THEN 'completed' WHEN 'visit' THEN 'completed' WHEN 'mail_in' THEN 'completed' END,
        -- Time to service: days for an application, minutes for a call or a visit.
        CASE kind
          WHEN 'complete' THEN round(days * exp(0.7 * z) * 86400000)
          WHEN 'call' THEN round(call_min * exp(0.55 * z) * 60000)
          WHEN 'visit' THEN round(visit_min * exp(0.5 * z) * 60000)
          WHEN 'mail_in' THEN round(CASE WHEN channel = 'mail' THEN days * 1.5 + 5 ELSE days * 0.8 + 1 END
            * exp(0.6 * z) * 86400000)
          END::bigint,
        session, lang,
        CASE WHEN kind = 'complete' AND tuo[cluster_at]
            AND ${sql.raw(u16('e', 16))} < ${sql.raw(p16(MODEL.partnersServed))}
          THEN jsonb_build_object('partners_served', 2 + (${sql.raw(u16('e', 32))} % 2)) END,
        true
      FROM rows
      RETURNING id, channel, kind, session_id
    ),
    answers AS (
      SELECT id, channel,
        hashint8extended(hashtext(session_id)::bigint, ${seed16 + 8}::bigint) AS f,
        hashint8extended(hashtext(session_id)::bigint, ${seed16 + 9}::bigint) AS g,
        hashint8extended(hashtext(session_id)::bigint, ${seed16 + 10}::bigint) AS k
      FROM inserted WHERE kind = 'survey'
      OFFSET 0
    ),
    scored AS (
      SELECT answers.*, ${sql.raw(byChannel((entry) => entry.mean))}
          + (${sql.raw(u16('f', 0))} + ${sql.raw(u16('f', 16))} - 65536) / 65536.0::float8 * 1.6 AS base
      FROM answers
    ),
    surveyed AS (
      INSERT INTO survey_response (interaction_id, overall, ${sql.raw(DRIVERS.join(', '))}, preferred_channel)
      SELECT id,
        ${sql.raw(score(`base + (${u16('f', 32)} / 65536.0::float8 - 0.5)`))},
        ${sql.raw(
          DRIVERS.map((_, index) => {
            const noise = index < 4 ? u16('g', index * 16) : u16('k', 0);
            // About one answer in eight is left blank, each driver on its own bits.
            return `CASE WHEN ((${u16('k', 16)} >> ${index * 3}) & 7) = 0 THEN NULL ELSE ${score(
              `base + ${byChannel((entry) => entry.offsets[index]!)} + (${noise} / 65536.0::float8 - 0.5) * 1.8`,
            )} END`;
          }).join(',\n        '),
        )},
        CASE
          WHEN channel IN ('phone', 'walk_in') AND ${sql.raw(u16('f', 48))} < ${sql.raw(p16(0.22))} THEN 'web'
          WHEN channel = 'phone' AND ${sql.raw(u16('f', 48))} < ${sql.raw(p16(0.27))} THEN 'walk_in'
          WHEN channel = 'walk_in' AND ${sql.raw(u16('f', 48))} < ${sql.raw(p16(0.27))} THEN 'phone'
          WHEN channel = 'web' AND ${sql.raw(u16('f', 48))} < ${sql.raw(p16(0.08))} THEN 'phone'
          WHEN channel = 'web' AND ${sql.raw(u16('f', 48))} < ${sql.raw(p16(0.11))} THEN 'walk_in'
          WHEN channel IN ('kiosk', 'mail', 'email') AND ${sql.raw(u16('f', 48))} < ${sql.raw(p16(0.3))} THEN 'web'
          ELSE channel END
      FROM scored
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM inserted) AS events, (SELECT count(*) FROM surveyed) AS surveys`.execute(tx);
  const row = result.rows[0];
  return { events: Number(row?.events ?? 0), surveys: Number(row?.surveys ?? 0) };
}
