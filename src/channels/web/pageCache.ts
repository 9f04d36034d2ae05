/**
 * Rendered pages that many people read and few change (cluster pages), kept for a short time in this
 * process. Several instances may each hold a copy for up to `ttlMs`; a publish shows everywhere
 * within that time.
 */
export class PageCache {
  private readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 1000,
  ) {}

  async get(key: string, make: () => Promise<string>): Promise<string> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = await make();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
