/**
 * Answers to recent searches, kept a short while: the same few needs ("passport", "EI", "I just had a
 * baby") make up much of a day's searches. Every change to the index in this process forgets them at
 * once; a change made by another process (the command line) is seen within `SEARCH_CACHE_MS`.
 */
export const SEARCH_CACHE_MS = 30_000;
const MAX_ENTRIES = 2_000;

type Entries = Map<string, { at: number; generation: number; value: unknown }>;

let generation = 0;
/** One set per database handle: two databases in one process never share answers. */
const kept = new WeakMap<object, Entries>();

/** Forgets every kept answer: called by whatever changes the index or its terms. */
export function forgetSearches(): void {
  generation += 1;
}

/** The kept answer for `key` on this database, or the one `compute` makes, kept for next time. */
export async function rememberSearch<T>(db: object, key: string, compute: () => Promise<T>): Promise<T> {
  let entries = kept.get(db);
  if (!entries) {
    entries = new Map();
    kept.set(db, entries);
  }
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.generation === generation && now - hit.at < SEARCH_CACHE_MS) return hit.value as T;
  const startedAt = generation;
  const value = await compute();
  if (startedAt === generation) {
    // Oldest first: a Map iterates in insertion order, so the first key is the least recently written.
    entries.delete(key);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { at: now, generation, value });
  }
  return value;
}
