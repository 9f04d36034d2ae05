import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessMeasure {
  exitCode: number | null;
  seconds: number;
  /** Peak resident set size in MB, read from /proc while the process ran (VmHWM). */
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs a command to the end, timing it and sampling its peak memory every 50 ms. */
export function measureProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<ProcessMeasure> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, peakRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('exit', (exitCode) => {
      clearInterval(timer);
      resolve({
        exitCode,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        peakRssMb: Math.round(peak),
        stdout,
        stderr,
      });
    });
  });
}

export interface RouteFigure {
  route: string;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  ratioToTrivial: number;
}

/** One autocannon result as a table row, with its throughput as a ratio to the trivial route's. */
export function routeFigure(
  route: string,
  result: { requests: { average: number }; latency: { p50: number; p99: number } },
  trivialAverage: number,
): RouteFigure {
  return {
    route,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    ratioToTrivial: Math.round((result.requests.average / trivialAverage) * 1000) / 1000,
  };
}
