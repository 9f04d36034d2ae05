import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Request logs carry method, route pattern, status and timing only:
 * no query strings, bodies, cookies or client addresses, so no personal data reaches the logs.
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service: 'stitch' },
      // A database error's detail quotes the offending values ("Key (email)=(…) already exists").
      redact: {
        paths: ['req.headers', 'req.query', 'req.body', 'email', 'password', 'err.detail', 'err.parameters'],
        remove: true,
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
