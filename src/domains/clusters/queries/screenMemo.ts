import type { Db } from '../../../platform/db/index.js';

/** How long a public cluster's screen is reused: a publish shows on every channel within this time. */
export const SCREEN_TTL_MS = 30_000;
const MAX_SCREENS = 500;

const memos = new WeakMap<Db, Map<string, { value: unknown; expires: number }>>();

/**
 * The screen kept under `key` for this database, or a new one from `make`. Cluster screens are read by
 * many and change only when a cluster is published, so every instance may hold one for a short time.
 */
export async function rememberScreen<T>(db: Db, key: string, make: () => Promise<T>): Promise<T> {
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const now = Date.now();
  const hit = memo.get(key);
  if (hit && hit.expires > now) return hit.value as T;
  const value = await make();
  if (memo.size >= MAX_SCREENS) memo.delete(memo.keys().next().value!);
  memo.set(key, { value, expires: now + SCREEN_TTL_MS });
  return value;
}
