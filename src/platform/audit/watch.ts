import type { Db } from '../db/index.js';
import { walkAuditChain, type AuditVerification, type ChainPoint } from './index.js';

/** A long chain is walked whole at most this often per instance; in between, only new entries are checked. */
export const FULL_CHECK_EVERY_MS = 5 * 60 * 1000;
/** A chain whose last whole walk took less than this is simply walked whole every time. */
export const CHEAP_WALK_MS = 100;

export interface ChainStatus extends AuditVerification {
  /** When the whole chain was last walked from its first entry. */
  fullCheckAt: Date;
}

export interface ChainWatch {
  status(): Promise<ChainStatus>;
}

/**
 * Keeps the audit view fast on a long trail. A short chain is walked whole on every call. Once a whole
 * walk takes longer than CHEAP_WALK_MS, later calls check only the entries appended since, and the whole
 * chain is walked again every five minutes: an edit to an old entry then shows within that time
 * (`stitch audit verify` always walks it all).
 */
export function createChainWatch(
  db: Db,
  options: { now?: () => number; cheapWalkMs?: number } = {},
): ChainWatch {
  const now = options.now ?? Date.now;
  const cheapWalkMs = options.cheapWalkMs ?? CHEAP_WALK_MS;
  let good: ChainPoint | undefined;
  let fullCheckAt = 0;
  let lastWalkMs = 0;
  let running: Promise<ChainStatus> | undefined;
  async function check(): Promise<ChainStatus> {
    const full = !good || lastWalkMs < cheapWalkMs || now() - fullCheckAt >= FULL_CHECK_EVERY_MS;
    const started = performance.now();
    const { verification, last } = await walkAuditChain(db, 1000, full ? undefined : good);
    if (full) {
      fullCheckAt = now();
      lastWalkMs = performance.now() - started;
    }
    good = verification.ok ? last : undefined;
    const status = { ...verification, fullCheckAt: new Date(fullCheckAt) };
    if (!verification.ok) fullCheckAt = 0;
    return status;
  }
  return {
    status() {
      // Concurrent page views share one walk.
      running ??= check().finally(() => (running = undefined));
      return running;
    },
  };
}
