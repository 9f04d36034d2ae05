import { describe, expect, it } from 'vitest';
import { PasswordThrottle } from './throttle.js';

describe('PasswordThrottle', () => {
  it('doubles the delay with each wrong password, then refuses the pair for a while', () => {
    let now = 1_000_000;
    const throttle = new PasswordThrottle({
      baseDelayMs: 100,
      maxDelayMs: 1_000,
      lockAfter: 4,
      lockMs: 60_000,
      now: () => now,
    });
    const key = PasswordThrottle.key('192.0.2.1', 'Agent ');
    expect([1, 2, 3].map(() => throttle.fail(key).delayMs)).toEqual([100, 200, 400]);
    expect(throttle.lockedFor(key)).toBe(0);
    const fourth = throttle.fail(key);
    expect(fourth.lockedForMs).toBe(60_000);
    expect(throttle.lockedFor(PasswordThrottle.key('192.0.2.1', 'agent'))).toBe(60_000);
    // Another client, or another account, is not held back.
    expect(throttle.lockedFor(PasswordThrottle.key('192.0.2.2', 'agent'))).toBe(0);
    now += 60_001;
    expect(throttle.lockedFor(key)).toBe(0);
  });

  it('forgets failures after a success and after the window', () => {
    let now = 0;
    const throttle = new PasswordThrottle({ baseDelayMs: 10, windowMs: 1_000, now: () => now });
    throttle.fail('a');
    throttle.fail('a');
    throttle.succeed('a');
    expect(throttle.fail('a').failures).toBe(1);
    now += 1_001;
    expect(throttle.fail('a').failures).toBe(1);
  });
});
