/**
 * `npm run bench` — every figure is a ratio against a baseline measured in the same run on this
 * machine (PostgreSQL COPY for imports, a trivial route of the same server for the API).
 *
 *   npm run bench -- --suite import --services 100000 --engines postgres,pglite
 *   npm run bench -- --suite api --seconds 10
 *   npm run bench -- --suite search --services 100000 --clusters 1000 --engines postgres,pglite
 *   npm run bench -- --suite access --audit-entries 100000 --seconds 8
 *   npm run bench -- --suite paging --sizes 1000,100000 --engines postgres,pglite --seconds 5
 *   npm run bench -- --suite results --events 10000000 --pglite-events 1000000 --runs 7
 *   npm run bench -- --suite liveness --engines postgres,pglite --seconds 10 --connections 32
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    suite: { type: 'string', default: 'all' },
    services: { type: 'string', default: '100000' },
    clusters: { type: 'string', default: '1000' },
    engines: { type: 'string', default: 'postgres,pglite' },
    seconds: { type: 'string', default: '10' },
    sizes: { type: 'string', default: '1000,100000' },
    'audit-entries': { type: 'string', default: '100000' },
    events: { type: 'string', default: '10000000' },
    'pglite-events': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '7' },
    connections: { type: 'string', default: '32' },
    'admin-url': {
      type: 'string',
      default: process.env.STITCH_BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
  },
});

const results: Record<string, unknown> = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
};

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [
    `| ${keys.join(' | ')} |`,
    `| ${keys.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${keys.map((k) => String(row[k] ?? '')).join(' | ')} |`),
  ].join('\n');
}

if (values.suite === 'import' || values.suite === 'all') {
  const { runImportBench } = await import('./suites/import.js');
  const figures = await runImportBench({
    services: Number(values.services),
    engines: values.engines!.split(',') as ('pglite' | 'postgres')[],
    adminUrl: values['admin-url']!,
  });
  results.import = figures;
  process.stdout.write(
    `\nHSDS import of ${values.services} generated services\n${table(figures as unknown as Record<string, unknown>[])}\n`,
  );
}

if (values.suite === 'search' || values.suite === 'all') {
  const { runSearchBench } = await import('./suites/search.js');
  const figures = await runSearchBench({
    services: Number(values.services),
    clusters: Number(values.clusters),
    engines: values.engines!.split(',') as ('pglite' | 'postgres')[],
    adminUrl: values['admin-url']!,
  });
  results.search = figures;
  process.stdout.write(
    `\nNeed search over ${values.services} generated services and ${values.clusters} clusters (${figures[0]?.queries ?? 0} searches per engine)\n${table(figures as unknown as Record<string, unknown>[])}\n`,
  );
}

if (values.suite === 'api' || values.suite === 'all') {
  const { runApiBench } = await import('./suites/api.js');
  const api = await runApiBench({ seconds: Number(values.seconds) });
  results.api = api;
  process.stdout.write(
    `\nAPI throughput (${api.engine}, demo catalog, 10 connections)\n${table(api.figures as unknown as Record<string, unknown>[])}\n`,
  );
}

if (values.suite === 'liveness' || values.suite === 'all') {
  const { runLivenessBench } = await import('./suites/liveness.js');
  const figures = await runLivenessBench({
    engines: values.engines!.split(',') as ('pglite' | 'postgres')[],
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    adminUrl: values['admin-url']!,
  });
  results.liveness = figures;
  process.stdout.write(
    `\n/healthz while need search is saturated (server in its own process)\n${table(figures as unknown as Record<string, unknown>[])}\n`,
  );
}

if (values.suite === 'results' || values.suite === 'all') {
  const { runResultsBench } = await import('./suites/results.js');
  const figures = await runResultsBench({
    engines: values.engines!.split(',') as ('pglite' | 'postgres')[],
    events: Number(values.events),
    pgliteEvents: Number(values['pglite-events']),
    runs: Number(values.runs),
    adminUrl: values['admin-url']!,
  });
  results.results = figures;
  process.stdout.write(
    `\nCluster dashboard (one cluster, a fiscal year, every measure by channel and month) against DuckDB over Parquet\n${table(figures as unknown as Record<string, unknown>[])}\n`,
  );
}

if (values.suite === 'paging' || values.suite === 'all') {
  const { runPagingBench } = await import('./suites/paging.js');
  const figures = await runPagingBench({
    sizes: values.sizes!.split(',').map(Number),
    engines: values.engines!.split(',') as ('pglite' | 'postgres')[],
    adminUrl: values['admin-url']!,
    seconds: Number(values.seconds),
  });
  results.paging = figures;
  process.stdout.write(
    `\nHSDS service list pages by catalogue size (per_page=50)\n${table(figures as unknown as Record<string, unknown>[])}\n`,
  );
}

if (values.suite === 'access' || values.suite === 'all') {
  const { runAccessBench } = await import('./suites/access.js');
  const access = await runAccessBench({
    seconds: Number(values.seconds),
    auditEntries: Number(values['audit-entries']),
  });
  results.access = access;
  process.stdout.write(
    `\nAudit chain of ${access.auditEntries} entries (${access.engine}): verified in ${access.verify.ms} ms ` +
      `(${access.verify.rowsPerSecond} entries/s); reading the same rows: ${access.verify.baselineReadMs} ms ` +
      `(ratio ${access.verify.ratioToRead})\n` +
      `Signed-in pages (${access.engine}, demo data, 10 connections)\n${table(access.routes as unknown as Record<string, unknown>[])}\n`,
  );
}

mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
writeFileSync(new URL('./out/results.json', import.meta.url), JSON.stringify(results, null, 2));
