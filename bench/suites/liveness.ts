/**
 * Liveness under load: the server runs in a process of its own (`node --import tsx src/main.ts`, demo
 * data), need search is saturated with unseen needs (so the answer cache never helps) at a stated
 * concurrency, and a probe in a worker thread of its own asks `/healthz` every 50 ms. Reported: the
 * probe's p50/p99/max during the load beside its p50 on the idle server, and what the load got.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { freshPostgres, type Engine } from '../engines.js';

export interface LivenessFigure {
  engine: Engine;
  connections: number;
  'search req/s': number;
  'search non-2xx': number;
  'healthz idle p50 ms': number;
  'healthz p50 ms': number;
  'healthz p99 ms': number;
  'healthz max ms': number;
  'healthz not 200': number;
}

const NEEDS = (
  JSON.parse(readFileSync(new URL('../../src/domains/search/eval/needs.json', import.meta.url), 'utf8')) as {
    q: string;
  }[]
).map((need) => need.q);

/** The probe, in a thread of its own so the load generator never delays it. */
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const samples = [];
let failures = 0;
let stop = false;
parentPort.on('message', () => { stop = true; });
(async () => {
  while (!stop) {
    const started = performance.now();
    try {
      const response = await fetch(workerData.url, { signal: AbortSignal.timeout(10000) });
      await response.arrayBuffer();
      if (response.status !== 200) failures += 1;
    } catch { failures += 1; }
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  parentPort.postMessage({ samples, failures });
})();
`;

function probe(url: string): { stop(): Promise<{ samples: number[]; failures: number }> } {
  const worker = new Worker(PROBE, { eval: true, workerData: { url } });
  const done = new Promise<{ samples: number[]; failures: number }>((resolve) =>
    worker.once('message', resolve),
  );
  return {
    async stop() {
      worker.postMessage('stop');
      const result = await done;
      await worker.terminate();
      return result;
    },
  };
}

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      STITCH_DEV_OIDC_PORT: String(port + 1),
      LOG_LEVEL: 'warn',
      STITCH_RATE_LIMIT: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) throw new Error('the server stopped while starting');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

export async function runLivenessBench(options: {
  engines: Engine[];
  seconds: number;
  connections: number;
  adminUrl: string;
}): Promise<LivenessFigure[]> {
  const figures: LivenessFigure[] = [];
  for (const engine of options.engines) {
    const dataDir = mkdtempSync(join(tmpdir(), 'stitch-liveness-'));
    const database =
      engine === 'postgres' ? await freshPostgres(options.adminUrl, 'stitch_bench_liveness') : undefined;
    const port = 3890;
    const server = await startServer(
      { STITCH_DATA_DIR: dataDir, ...(database ? { DATABASE_URL: database.url } : { DATABASE_URL: '' }) },
      port,
    );
    try {
      const base = `http://127.0.0.1:${port}`;
      const idle = probe(`${base}/healthz`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const idleSamples = (await idle.stop()).samples;
      let n = 0;
      const busy = probe(`${base}/healthz`);
      const load = await autocannon({
        url: base,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            setupRequest: (request) => {
              n += 1;
              // A need never asked before: a number the search reads past, so every answer is computed.
              const q = `${NEEDS[n % NEEDS.length]} ${n}`;
              return { ...request, method: 'GET', path: `/api/v1/search?lang=en&q=${encodeURIComponent(q)}` };
            },
          },
        ],
      });
      const { samples, failures } = await busy.stop();
      figures.push({
        engine,
        connections: options.connections,
        'search req/s': Math.round(load.requests.average),
        'search non-2xx': load.non2xx + load.errors + load.timeouts,
        'healthz idle p50 ms': percentile(idleSamples, 50),
        'healthz p50 ms': percentile(samples, 50),
        'healthz p99 ms': percentile(samples, 99),
        'healthz max ms': percentile(samples, 100),
        'healthz not 200': failures,
      });
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return figures;
}
