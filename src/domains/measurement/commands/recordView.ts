import type { Db } from '../../../platform/db/index.js';
import type { InteractionInput } from '../schemas.js';
import {
  createInteractionBuffer,
  type InteractionBuffer,
  type InteractionBufferStats,
} from './createInteractionBuffer.js';

const buffers = new WeakMap<Db, InteractionBuffer>();

function bufferOf(db: Db): InteractionBuffer {
  let buffer = buffers.get(db);
  if (!buffer) {
    buffer = createInteractionBuffer(db, {
      // A lost batch of views must never fail a reader's request; the next batch is tried anew.
      onError: (error) => process.emitWarning(`page views not recorded: ${String(error)}`),
    });
    buffers.set(db, buffer);
  }
  return buffer;
}

/**
 * Records that something was read (a page, a record, a list) on any channel: validated now, written in a
 * batch within a second with the time it happened, one buffer per database handle. Reads call this
 * inside their domain query, so no channel records measurement itself; changes of state use
 * recordInteraction in their own transaction instead.
 */
export function recordView(db: Db, input: InteractionInput): void {
  bufferOf(db).record(input);
}

/** Writes the views waiting for this database now (before reading counts, and when the app closes). */
export async function flushViews(db: Db): Promise<void> {
  await buffers.get(db)?.flush();
}

/** Writes what waits and stops the timer: called once when the database handle is about to close. */
export async function closeViews(db: Db): Promise<void> {
  const buffer = buffers.get(db);
  if (!buffer) return;
  buffers.delete(db);
  await buffer.close();
}

/** Views waiting for this database, and those written or lost so far in this process. */
export function viewBufferStats(db: Db): InteractionBufferStats {
  return buffers.get(db)?.stats() ?? { waiting: 0, written: 0, lost: 0 };
}
