import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Request logs carry method, route pattern, status and timing only:
 * no query strings, bodies, cookies or client addresses, so no personal data reaches the logs.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'stitch' },
    redact: { paths: ['req.headers', 'req.query', 'req.body', 'email', 'password'], remove: true },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
