/**
 * Whether a page of the HSDS service list costs the same whatever the size of the catalogue: the first
 * page and a deep page of `GET /api/v1/services?per_page=50` at 1,000 and at 100,000 generated
 * services (statistics refreshed after loading, as `stitch import hsds` does), with one client and with
 * ten, each engine in turn. The deep page is page 1,500 at 100,000 services and the last page (20) at
 * 1,000, where page 1,500 would be empty.
 */
import autocannon from 'autocannon';
import { createApp } from '../../src/app.js';
import { createCatalogWriter, refreshCatalogStatistics } from '../../src/domains/catalog/index.js';
import { withTransaction, type DatabaseHandle } from '../../src/platform/db/index.js';
import { openEngine } from '../engines.js';
import {
  generatedOrganization,
  generatedService,
  ORGANIZATIONS_PER_1000_SERVICES,
} from '../generate/catalog.js';

export interface PagingFigure {
  engine: string;
  services: number;
  page: number;
  clients: number;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
}

async function load(handle: DatabaseHandle, services: number): Promise<void> {
  const organizations = Math.max(1, Math.round((services / 1000) * ORGANIZATIONS_PER_1000_SERVICES));
  await withTransaction(handle.db, async (tx) => {
    const writer = createCatalogWriter(tx, { source: 'bench', actor: 'bench', total: services });
    await writer.write({
      organizations: Array.from({ length: organizations }, (_, i) => generatedOrganization(i)),
    });
    for (let start = 0; start < services; start += 2000) {
      const part = [];
      for (let i = start; i < Math.min(services, start + 2000); i++)
        part.push(generatedService(i, organizations));
      await writer.write({ services: part });
    }
    await writer.finish();
  });
  await refreshCatalogStatistics(handle.db);
}

export async function runPagingBench(options: {
  sizes: number[];
  engines: ('postgres' | 'pglite')[];
  adminUrl: string;
  seconds: number;
  log?: (line: string) => void;
}): Promise<PagingFigure[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const figures: PagingFigure[] = [];
  for (const engine of options.engines) {
    for (const services of options.sizes) {
      const handle = await openEngine(engine, options.adminUrl, 'stitch_bench_paging');
      const app = await createApp({
        db: handle.db,
        dbKind: handle.kind,
        logger: false,
        rateLimit: 10_000_000,
      });
      try {
        log(`${engine}: loading ${services} services`);
        await load(handle, services);
        await app.listen({ port: 0, host: '127.0.0.1' });
        const address = app.server.address();
        const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
        const deep = services >= 75_000 ? 1_500 : Math.ceil(services / 50);
        for (const page of [1, deep]) {
          const url = `${base}/api/v1/services?per_page=50&page=${page}`;
          // The first request measures the list once (its count and anchors): not part of the figures.
          await fetch(url).then((response) => response.text());
          for (const clients of [1, 10]) {
            const result = await autocannon({ url, connections: clients, duration: options.seconds });
            figures.push({
              engine,
              services,
              page,
              clients,
              requestsPerSecond: Math.round(result.requests.average),
              p50ms: result.latency.p50,
              p99ms: result.latency.p99,
            });
            log(`  page ${page}, ${clients} client(s): ${Math.round(result.requests.average)} req/s`);
          }
        }
      } finally {
        await app.close();
        await handle.close();
        await handle.drop?.();
      }
    }
  }
  return figures;
}
