/**
 * The figures an operator scrapes (Prometheus text format): requests by route pattern and status, their
 * latency, the process (memory, CPU, event-loop delay), and whatever a channel adds as gauges. Labels
 * are route patterns and closed sets only, never a URL or a value a person typed: no personal data.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
  /** A gauge read when scraped: `read` sets its values (it may query the database). */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: (gauge: Gauge<L>) => Promise<void> | void,
  ): Gauge<L>;
}

/** Seconds: fine below 100 ms where pages live, coarse above where only outliers go. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A registry of its own for each application instance (tests run several in one process). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'stitch_' });
  const requests = new Counter({
    name: 'stitch_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'stitch_http_request_duration_seconds',
    help: 'Time from request to response, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    registry,
    requests,
    duration,
    gauge(name, help, labelNames, read) {
      return new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        async collect() {
          await read(this);
        },
      });
    },
  };
}
