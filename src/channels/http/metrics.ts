/**
 * GET /metrics in the Prometheus text format: requests by route pattern and status with latency
 * histograms, the database pool, the page-view and search queue, imports (from the audit trail) and the
 * process. With STITCH_METRICS_TOKEN set it asks for that bearer token; without one, production answers
 * only scrapers on this machine (the socket's own address, and nothing relayed by a proxy).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listImportTotals, type ImportTotals } from '../../domains/catalog/index.js';
import { viewBufferStats } from '../../domains/measurement/index.js';
import type { PoolStats } from '../../platform/db/index.js';
import { StitchError } from '../../platform/errors/index.js';
import { createMetrics } from '../../platform/metrics/index.js';

export const METRICS_PATH = '/metrics';

export interface MetricsOptions {
  /** The bearer token scrapers must send (STITCH_METRICS_TOKEN). */
  token?: string;
  /** Without a token, only loopback scrapers are answered. */
  loopbackOnly: boolean;
  poolStats?: () => PoolStats;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function checkScraper(request: FastifyRequest, reply: FastifyReply, options: MetricsOptions): void {
  if (options.token) {
    if (tokenMatches(request.headers.authorization, options.token)) return;
    reply.header('www-authenticate', 'Bearer realm="metrics"');
    throw new StitchError('UNAUTHENTICATED', 'Metrics need the scraper token.');
  }
  // A request relayed by a proxy on this machine comes from loopback too: forwarded means from outside.
  const forwarded =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  if (options.loopbackOnly && (forwarded || !LOOPBACK.test(request.socket.remoteAddress ?? '')))
    throw new StitchError('FORBIDDEN', 'Metrics are answered to this machine only.');
}

export function installMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const metrics = createMetrics();
  const { db } = app.deps;
  let importTotals: ImportTotals[] = [];

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === METRICS_PATH) return;
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  if (options.poolStats) {
    const stats = options.poolStats;
    metrics.gauge(
      'stitch_db_pool_connections',
      'Database pool connections by state (PostgreSQL).',
      ['state'],
      (gauge) => {
        const { total, idle, waiting } = stats();
        gauge.set({ state: 'total' }, total);
        gauge.set({ state: 'idle' }, idle);
        gauge.set({ state: 'waiting' }, waiting);
      },
    );
  }
  metrics.gauge(
    'stitch_interaction_queue',
    'Page views and searches measured in this process: waiting to be written, written, lost.',
    ['state'],
    (gauge) => {
      const { waiting, written, lost } = viewBufferStats(db);
      gauge.set({ state: 'waiting' }, waiting);
      gauge.set({ state: 'written' }, written);
      gauge.set({ state: 'lost' }, lost);
    },
  );
  metrics.gauge(
    'stitch_catalog_import_records',
    'Catalog records written by imports, by source and outcome, from the audit trail.',
    ['source', 'outcome'],
    (gauge) => {
      gauge.reset();
      for (const totals of importTotals) {
        gauge.set({ source: totals.source, outcome: 'created' }, totals.created);
        gauge.set({ source: totals.source, outcome: 'updated' }, totals.updated);
        gauge.set({ source: totals.source, outcome: 'rejected' }, totals.rejected);
      }
    },
  );
  metrics.gauge(
    'stitch_catalog_imports',
    'Imports recorded in the audit trail, by source.',
    ['source'],
    (gauge) => {
      gauge.reset();
      for (const totals of importTotals) gauge.set({ source: totals.source }, totals.imports);
    },
  );

  app.get(METRICS_PATH, { schema: { hide: true } }, async (request, reply) => {
    checkScraper(request, reply, options);
    // Read once per scrape; both import gauges are set from it.
    importTotals = await listImportTotals(db);
    const body = await metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
  });
}
