/**
 * Throughput of the HSDS list and single-record routes, a cluster page, and need search (page and
 * API) beside a trivial route of the same server (/healthz), measured with autocannon over loopback
 * in one run, reported as ratios.
 */
import autocannon from 'autocannon';
import { routeFigure, type RouteFigure } from '../measure.js';
import { createApp } from '../../src/app.js';
import { listServices } from '../../src/domains/catalog/index.js';
import { seedDemo } from '../../src/demo/index.js';
import { createTestDatabase } from '../../src/testing/db.js';

export type { RouteFigure };

async function hit(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 10, duration: seconds, pipelining: 1 });
}

export async function runApiBench(options: {
  seconds: number;
}): Promise<{ engine: string; figures: RouteFigure[] }> {
  const database = await createTestDatabase();
  await seedDemo(database.db);
  const app = await createApp({
    db: database.db,
    dbKind: database.kind,
    logger: false,
    rateLimit: 10_000_000,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const some = await listServices(database.db, { page: 1, perPage: 1 });
  const serviceId = some.items[0]!.id;
  const routes = [
    ['trivial GET /healthz', '/healthz'],
    ['GET /api/v1/services (page of 50)', '/api/v1/services?per_page=50'],
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
    return {
      engine: database.kind,
      figures: results.map(({ route, result }) => routeFigure(route, result, trivial)),
    };
  } finally {
    await app.close();
    await database.close();
  }
}
