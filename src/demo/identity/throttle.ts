/**
 * Wrong passwords at the development provider, counted per client address and account: each one makes
 * the next answer slower, and past a limit the account is refused from that address for a while.
 * In memory: the development provider is one process.
 */
export interface PasswordThrottleOptions {
  /** The delay after the first wrong password; it doubles with each one after. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Wrong passwords before the pair is refused. */
  lockAfter?: number;
  lockMs?: number;
  /** Failures older than this are forgotten. */
  windowMs?: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  last: number;
  lockedUntil: number;
}

export interface FailureOutcome {
  failures: number;
  /** How long to hold the answer to this attempt. */
  delayMs: number;
  /** Until when the pair is refused, 0 when it is not. */
  lockedForMs: number;
}

export class PasswordThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly options: Required<PasswordThrottleOptions>;

  constructor(options: PasswordThrottleOptions = {}) {
    this.options = {
      baseDelayMs: 250,
      maxDelayMs: 8_000,
      lockAfter: 5,
      lockMs: 5 * 60_000,
      windowMs: 15 * 60_000,
      now: Date.now,
      ...options,
    };
  }

  static key(client: string, username: string): string {
    return `${client}|${username.trim().toLowerCase()}`;
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.options.now();
    if (entry.lockedUntil <= now && now - entry.last > this.options.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Milliseconds this pair is still refused, or 0. */
  lockedFor(key: string): number {
    const entry = this.current(key);
    return entry ? Math.max(0, entry.lockedUntil - this.options.now()) : 0;
  }

  fail(key: string): FailureOutcome {
    const now = this.options.now();
    const entry = this.current(key) ?? { failures: 0, last: now, lockedUntil: 0 };
    entry.failures += 1;
    entry.last = now;
    if (entry.failures >= this.options.lockAfter) entry.lockedUntil = now + this.options.lockMs;
    this.entries.set(key, entry);
    this.prune();
    return {
      failures: entry.failures,
      delayMs: Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (entry.failures - 1)),
      lockedForMs: Math.max(0, entry.lockedUntil - now),
    };
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  /** Keeps a flood of made-up usernames from growing the map without bound. */
  private prune(): void {
    if (this.entries.size <= 10_000) return;
    for (const key of [...this.entries.keys()]) this.current(key);
  }
}
