import type { Db } from '../../../platform/db/index.js';
import type { InteractionInput } from '../schemas.js';
import { interactionRow } from './recordInteraction.js';

export interface InteractionBuffer {
  /** Validates at once (a bad record throws here), writes within `maxDelayMs`. */
  record(input: InteractionInput): void;
  /** Writes what is waiting now. */
  flush(): Promise<void>;
  /** Flushes and stops the timer. */
  close(): Promise<void>;
  /** Rows waiting to be written, and rows written or lost since the buffer began (for /metrics). */
  stats(): InteractionBufferStats;
}

export interface InteractionBufferStats {
  waiting: number;
  written: number;
  lost: number;
}

/**
 * Interactions that measure reading, not changing (page views), written in batches: one multi-row
 * insert per `maxDelayMs` or `maxSize`, so a busy page costs the database one write a second instead of
 * one per view. Each record keeps the time it happened. At most `maxDelayMs` of views can be lost if
 * the process dies; changes of state never use this and record in their own transaction.
 */
export function createInteractionBuffer(
  db: Db,
  options: { maxDelayMs?: number; maxSize?: number; onError?: (error: unknown) => void } = {},
): InteractionBuffer {
  const maxDelayMs = options.maxDelayMs ?? 1000;
  const maxSize = options.maxSize ?? 500;
  let pending: ReturnType<typeof interactionRow>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let written = 0;
  let lost = 0;

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return writing;
    const rows = pending;
    pending = [];
    writing = writing
      .then(() => db.insertInto('interaction').values(rows).execute())
      .then(
        () => {
          written += rows.length;
        },
        (error: unknown) => {
          lost += rows.length;
          options.onError?.(error);
        },
      );
    return writing;
  };

  return {
    record(input) {
      pending.push(interactionRow({ ...input, occurred_at: input.occurred_at ?? new Date() }));
      if (pending.length >= maxSize) void flush();
      else timer ??= setTimeout(() => void flush(), maxDelayMs);
    },
    flush,
    close: flush,
    stats: () => ({ waiting: pending.length, written, lost }),
  };
}
