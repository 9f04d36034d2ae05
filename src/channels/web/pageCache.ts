/**
 * Rendered pages that many people read and few change (cluster pages), kept for a short time in this
 * process. Several instances may each hold a copy for up to `ttlMs`; a publish shows everywhere
 * within that time.
 */
export class PageCache<T = string> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 1000,
  ) {}

  /** The value kept under `key`, or a new one from `make`; undefined is never kept. */
  async get<V extends T | undefined>(key: string, make: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value as V;
    const value = await make();
    if (value === undefined) return value;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
