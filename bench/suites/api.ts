/**
 * Throughput of the HSDS list and single-record routes, a cluster page, and need search (page and
 * API) beside a trivial route of the same server (/healthz), measured with autocannon over loopback
 * in one run, reported as ratios. The two HSDS routes are also compared with reference routes mounted
 * on the same server that answer the same page from one hand-written SQL statement (apiReference.ts).
 */
import autocannon from 'autocannon';
import { routeFigure, type RouteFigure } from '../measure.js';
import { createApp } from '../../src/app.js';
import { listServices } from '../../src/domains/catalog/index.js';
import { seedDemo } from '../../src/demo/index.js';
import { createTestDatabase } from '../../src/testing/db.js';
import { mountReferenceRoutes } from './apiReference.js';

export type ApiFigure = RouteFigure & { ratioToReference?: number };

async function hit(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 10, duration: seconds, pipelining: 1 });
}

export async function runApiBench(options: {
  seconds: number;
}): Promise<{ engine: string; figures: ApiFigure[] }> {
  const database = await createTestDatabase();
  await seedDemo(database.db);
  const app = await createApp({
    db: database.db,
    dbKind: database.kind,
    logger: false,
    rateLimit: 10_000_000,
  });
  mountReferenceRoutes(app, database.db);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const some = await listServices(database.db, { page: 1, perPage: 1 });
  const serviceId = some.items[0]!.id;
  const routes = [
    ['trivial GET /healthz', '/healthz'],
    ['reference: page of 50 from one SQL statement', '/reference/services?per_page=50'],
    ['GET /api/v1/services (page of 50)', '/api/v1/services?per_page=50'],
    ['reference: one service from one SQL statement', `/reference/services/${serviceId}`],
    ['GET /api/v1/services/{id}', `/api/v1/services/${serviceId}`],
    ['cluster page GET /en/situations/having-a-baby', '/en/situations/having-a-baby'],
    ['need search page GET /en/search?q=…', `/en/search?q=${encodeURIComponent('I just had a baby')}`],
    [
      'need search API GET /api/v1/search?q=…',
      `/api/v1/search?q=${encodeURIComponent("j'ai perdu ma job")}&lang=fr`,
    ],
  ] as const;
  try {
    await hit(`${base}/healthz`, 2);
    const results: { route: string; result: autocannon.Result }[] = [];
    for (const [route, path] of routes)
      results.push({ route, result: await hit(`${base}${path}`, options.seconds) });
    const trivial = results[0]!.result.requests.average;
    const figures: ApiFigure[] = results.map(({ route, result }) => routeFigure(route, result, trivial));
    // Each HSDS route follows its reference in the list.
    for (const [index, figure] of figures.entries()) {
      const before = figures[index - 1];
      if (before?.route.startsWith('reference:') && !figure.route.startsWith('reference:'))
        figure.ratioToReference =
          Math.round((figure.requestsPerSecond / before.requestsPerSecond) * 100) / 100;
    }
    return { engine: database.kind, figures };
  } finally {
    await app.close();
    await database.close();
  }
}
