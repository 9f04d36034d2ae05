/**
 * The results dashboard at scale: one cluster's every measure for a fiscal year, by channel and month,
 * over millions of generated interactions — read by Stitch from its daily rollup, against DuckDB computing
 * the same figures from the same events exported to Parquet, in the same run. Also what refreshing the
 * rollup costs: the first time, and per million new events afterwards.
 */
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sql } from 'kysely';
import {
  computeKpis,
  getClusterDashboard,
  listResultsClusters,
  type Kpis,
} from '../../src/domains/insights/index.js';
import {
  generateActivity,
  refreshInteractionRollup,
  SURVEY_DRIVERS,
  type RollupRow,
} from '../../src/domains/measurement/index.js';
import type { Actor } from '../../src/platform/auth/index.js';
import type { DatabaseHandle } from '../../src/platform/db/index.js';
import { openEngine, type Engine } from '../engines.js';
import { loadResultsCatalogue } from '../generate/results.js';

export interface ResultsFigure {
  engine: Engine;
  events: number;
  generateSeconds: number;
  rollupRows: number;
  /** The first refresh, over every event. */
  refreshSecondsPerMillion: number;
  /** A refresh after 10% more events, per million of them. */
  incrementalSecondsPerMillion: number;
  clusterEvents: number;
  dashboardMedianMs: number;
  dashboardRunsMs: string;
  duckdbMedianMs?: number;
  duckdbRunsMs?: string;
  /** DuckDB's time over Stitch's: above 1, Stitch is faster. */
  duckdbOverStitch?: number;
  sameFigures?: boolean;
}

const CLUSTER = 'bench-cluster-1';
const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const ANALYST: Actor = {
  id: 'bench-analyst',
  kind: 'user',
  name: 'Bench analyst',
  grants: [{ role: 'analyst' }],
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** The figures both sides must agree on. */
function fingerprint(kpis: Kpis) {
  return {
    events: kpis.events,
    transactions: kpis.transactions,
    selfServe: kpis.selfServe,
    starts: kpis.starts,
    completions: kpis.completions,
    cost: Math.round(kpis.cost.total),
    responses: kpis.satisfaction.responses,
    satisfied: kpis.satisfaction.satisfiedShare === null ? null : round(kpis.satisfaction.satisfiedShare, 6),
    measured: kpis.timeToService.measured,
    within: kpis.timeToService.withinStandard,
    duplicates: kpis.duplicatesAvoided,
  };
}

/**
 * Writes the events (with their survey answers), the services and the standards' limits where the
 * server can write, as CSV, then has DuckDB turn them into Parquet files. Not timed: the baseline is
 * DuckDB's query over Parquet, not the export.
 */
async function exportToParquet(
  handle: DatabaseHandle,
  dir: string,
  duck: Awaited<ReturnType<DuckDBInstance['connect']>>,
) {
  const file = (name: string) => join(dir, name);
  await sql
    .raw(
      `COPY (SELECT i.id, i.occurred_at AT TIME ZONE 'UTC' AS occurred_at, i.channel, i.kind, i.cluster_key,
          i.service_id, i.organization_id, i.duration_ms, CASE WHEN i.generated THEN 'true' ELSE 'false' END AS generated,
          (i.detail->>'partners_served') AS partners_served,
          r.overall, ${SURVEY_DRIVERS.map((driver) => `r.${driver}`).join(', ')}, r.preferred_channel
        FROM interaction i LEFT JOIN survey_response r ON r.interaction_id = i.id)
       TO '${file('events.csv')}' WITH (FORMAT csv, HEADER true)`,
    )
    .execute(handle.db);
  await sql
    .raw(
      `COPY (SELECT id, organization_id FROM service) TO '${file('services.csv')}' WITH (FORMAT csv, HEADER true)`,
    )
    .execute(handle.db);
  await sql
    .raw(
      `COPY (SELECT service_id, channel_kind, threshold_value * CASE threshold_unit WHEN 'minutes' THEN 60000
          WHEN 'hours' THEN 3600000 WHEN 'days' THEN 86400000 WHEN 'calendar_days' THEN 86400000
          WHEN 'business_days' THEN 120960000 WHEN 'weeks' THEN 604800000 END AS limit_ms
        FROM service_standard WHERE threshold_value > 0) TO '${file('limits.csv')}' WITH (FORMAT csv, HEADER true)`,
    )
    .execute(handle.db);
  await duck.run(
    // Typed as it is used: a number of partners served where the detail held one (as the rollup reads it).
    `COPY (SELECT * REPLACE (CASE WHEN regexp_full_match(partners_served, '[0-9]{1,3}') THEN partners_served::INTEGER END AS partners_served)
       FROM read_csv('${file('events.csv')}', header = true, types = {'generated': 'BOOLEAN', 'cluster_key': 'VARCHAR', 'service_id': 'VARCHAR', 'organization_id': 'VARCHAR', 'preferred_channel': 'VARCHAR', 'partners_served': 'VARCHAR'}))
       TO '${file('events.parquet')}' (FORMAT parquet)`,
  );
  await duck.run(
    `COPY (SELECT * FROM read_csv('${file('services.csv')}', header = true)) TO '${file('services.parquet')}' (FORMAT parquet)`,
  );
  await duck.run(
    `COPY (SELECT service_id, channel_kind::VARCHAR AS channel_kind, limit_ms::DOUBLE AS limit_ms FROM read_csv('${file('limits.csv')}', header = true, types = {'channel_kind': 'VARCHAR'})) TO '${file('limits.parquet')}' (FORMAT parquet)`,
  );
  return statSync(file('events.parquet')).size;
}

const TRANSACTIONS = `('complete','referral','call','visit','mail_in')`;

/** DuckDB's side: the cluster's year added up from raw events, in the rollup's groups and measures. */
function duckQuery(dir: string, serviceIds: readonly string[]): string {
  const file = (name: string) => `'${join(dir, name)}'`;
  const services = serviceIds.map((id) => `'${id}'`).join(', ');
  const scores = SURVEY_DRIVERS.map(
    (driver) => `coalesce(sum(${driver}), 0) AS ${driver}_sum, count(${driver}) AS ${driver}_n`,
  ).join(', ');
  return `
    WITH limits AS (SELECT service_id, channel_kind, min(limit_ms) AS limit_ms FROM read_parquet(${file('limits.parquet')}) GROUP BY ALL),
    ev AS (
      SELECT e.*, CASE e.channel WHEN 'api' THEN 'web' WHEN 'ivr' THEN 'phone' WHEN 'agent' THEN 'walk_in' ELSE e.channel END AS kind_of_channel
      FROM read_parquet(${file('events.parquet')}) e
      WHERE e.occurred_at >= TIMESTAMP '${YEAR.from}' AND e.occurred_at < TIMESTAMP '${YEAR.to}' + INTERVAL 1 DAY
        AND (e.cluster_key = '${CLUSTER}' OR (e.cluster_key IS NULL AND e.service_id IN (${services})))
    )
    SELECT strftime(date_trunc('month', ev.occurred_at), '%Y-%m-%d') AS month, ev.channel, ev.kind,
      coalesce(ev.service_id, '') AS service, coalesce(ev.organization_id, s.organization_id, '') AS organization,
      coalesce(ev.preferred_channel, '') AS preferred_channel,
      count(*) AS events, count(*) FILTER (WHERE ev.generated) AS generated_events,
      coalesce(sum(ev.duration_ms), 0) AS duration_ms_sum, count(ev.duration_ms) AS durations,
      count(*) FILTER (WHERE ev.kind IN ${TRANSACTIONS} AND ev.duration_ms IS NOT NULL AND coalesce(lc.limit_ms, la.limit_ms) IS NOT NULL) AS with_standard,
      count(*) FILTER (WHERE ev.kind IN ${TRANSACTIONS} AND ev.duration_ms <= coalesce(lc.limit_ms, la.limit_ms)) AS within_standard,
      coalesce(sum(CASE WHEN ev.kind = 'complete' THEN greatest(ev.partners_served - 1, 0) END), 0) AS duplicates_avoided,
      count(ev.overall) AS surveys, count(*) FILTER (WHERE ev.overall >= 4) AS satisfied, coalesce(sum(ev.overall), 0) AS overall_sum,
      ${scores}
    FROM ev
    LEFT JOIN read_parquet(${file('services.parquet')}) s ON s.id = ev.service_id AND ev.organization_id IS NULL
    LEFT JOIN limits lc ON lc.service_id = ev.service_id AND lc.channel_kind = ev.kind_of_channel
    LEFT JOIN limits la ON la.service_id = ev.service_id AND la.channel_kind IS NULL
    GROUP BY ALL`;
}

function toRollupRows(rows: Record<string, unknown>[]): RollupRow[] {
  return rows.map((row) => ({
    month: String(row.month),
    channel: row.channel as RollupRow['channel'],
    kind: row.kind as RollupRow['kind'],
    service: String(row.service),
    organization: String(row.organization),
    preferred_channel: String(row.preferred_channel),
    events: Number(row.events),
    generatedEvents: Number(row.generated_events),
    durationMsSum: Number(row.duration_ms_sum),
    durations: Number(row.durations),
    withStandard: Number(row.with_standard),
    withinStandard: Number(row.within_standard),
    duplicatesAvoided: Number(row.duplicates_avoided),
    surveys: Number(row.surveys),
    satisfied: Number(row.satisfied),
    overallSum: Number(row.overall_sum),
    drivers: Object.fromEntries(
      SURVEY_DRIVERS.map((driver) => [
        driver,
        { sum: Number(row[`${driver}_sum`]), n: Number(row[`${driver}_n`]) },
      ]),
    ) as RollupRow['drivers'],
  }));
}

export async function runResultsBench(options: {
  engines: Engine[];
  events: number;
  pgliteEvents: number;
  runs: number;
  adminUrl: string;
  log?: (line: string) => void;
}): Promise<ResultsFigure[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const figures: ResultsFigure[] = [];
  for (const engine of options.engines) {
    const events = engine === 'pglite' ? options.pgliteEvents : options.events;
    const handle = await openEngine(engine, options.adminUrl, 'stitch_bench_results');
    const dir = mkdtempSync(join(tmpdir(), 'stitch-results-'));
    // The server writes the CSV files as its own user.
    chmodSync(dir, 0o777);
    try {
      const catalogue = await loadResultsCatalogue(handle.db, {
        services: 200,
        organizations: 20,
        clusters: 20,
      });
      const base = Math.round(events / 1.1);
      log(`${engine}: generating ${base} events`);
      const generated = await timed(() =>
        generateActivity(handle.db, {
          services: catalogue.services,
          events: base,
          from: '2024-04-01',
          to: '2026-04-01',
          seed: 7,
        }),
      );
      const first = await timed(() => refreshInteractionRollup(handle.db));
      log(`${engine}: first refresh of ${first.value.events} events in ${round(first.ms / 1000)} s`);
      const more = await generateActivity(handle.db, {
        services: catalogue.services,
        events: events - base,
        from: '2024-04-01',
        to: '2026-04-01',
        seed: 8,
      });
      const incremental = await timed(() => refreshInteractionRollup(handle.db));
      log(
        `${engine}: refresh of ${incremental.value.events} new events in ${round(incremental.ms / 1000)} s`,
      );
      await sql`ANALYZE`.execute(handle.db);
      const rollupRows = Number(
        (await sql<{ n: number }>`SELECT count(*) AS n FROM interaction_daily`.execute(handle.db)).rows[0]
          ?.n ?? 0,
      );
      const ask = () =>
        getClusterDashboard(handle.db, ANALYST, { cluster: CLUSTER, ...YEAR, today: '2026-12-07' });
      await ask();
      const runs: number[] = [];
      let dashboard;
      for (let i = 0; i < options.runs; i++) {
        const run = await timed(ask);
        runs.push(run.ms);
        dashboard = run.value;
      }
      const figure: ResultsFigure = {
        engine,
        events: generated.value.events + more.events,
        generateSeconds: round(generated.ms / 1000),
        rollupRows,
        refreshSecondsPerMillion: round(first.ms / 1000 / (first.value.events / 1e6), 2),
        incrementalSecondsPerMillion: round(incremental.ms / 1000 / (incremental.value.events / 1e6), 2),
        clusterEvents: dashboard!.totals.events,
        dashboardMedianMs: round(median(runs)),
        dashboardRunsMs: runs.map((ms) => round(ms)).join(' '),
      };
      if (engine === 'postgres') {
        const instance = await DuckDBInstance.create(':memory:');
        const duck = await instance.connect();
        const bytes = await exportToParquet(handle, dir, duck);
        log(`${engine}: ${Math.round(bytes / 1e6)} MB of Parquet`);
        const [entry] = (await listResultsClusters(handle.db, ANALYST)).filter(
          (c) => c.cluster.key === CLUSTER,
        );
        const query = duckQuery(dir, entry!.serviceIds);
        const compute = async () => {
          const reader = await duck.runAndReadAll(query);
          return computeKpis(
            toRollupRows(reader.getRowObjectsJson() as Record<string, unknown>[]),
            entry!.services,
          );
        };
        await compute();
        const duckRuns: number[] = [];
        let duckTotals: Kpis | undefined;
        for (let i = 0; i < options.runs; i++) {
          const run = await timed(compute);
          duckRuns.push(run.ms);
          duckTotals = run.value;
        }
        figure.duckdbMedianMs = round(median(duckRuns));
        figure.duckdbRunsMs = duckRuns.map((ms) => round(ms)).join(' ');
        figure.duckdbOverStitch = round(figure.duckdbMedianMs / figure.dashboardMedianMs, 2);
        figure.sameFigures =
          JSON.stringify(fingerprint(duckTotals!)) === JSON.stringify(fingerprint(dashboard!.totals));
        if (!figure.sameFigures)
          log(
            `different figures:\n  stitch ${JSON.stringify(fingerprint(dashboard!.totals))}\n  duckdb ${JSON.stringify(fingerprint(duckTotals!))}`,
          );
        duck.closeSync();
        instance.closeSync();
      }
      figures.push(figure);
      log(
        `${engine}: dashboard median ${figure.dashboardMedianMs} ms${figure.duckdbMedianMs ? `, DuckDB ${figure.duckdbMedianMs} ms` : ''}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await handle.close();
      await handle.drop?.();
    }
  }
  return figures;
}
