import { describe, expect, it } from 'vitest';
import { shareCosts } from './shareCosts.js';

const parties = ['a', 'b', 'c'];

describe('shareCosts', () => {
  it('splits equally, to the cent, leftovers to the largest remainders', () => {
    const shares = shareCosts({ formula: 'equal' }, parties, 100_00);
    expect(shares.map((s) => s.cents)).toEqual([3334, 3333, 3333]);
    expect(shares.reduce((sum, s) => sum + s.cents, 0)).toBe(100_00);
  });

  it('splits by measured volume', () => {
    const volumes = new Map([
      ['a', 600],
      ['b', 300],
      ['c', 100],
    ]);
    expect(shareCosts({ formula: 'by_volume' }, parties, 50_000_00, volumes).map((s) => s.cents)).toEqual([
      30_000_00, 15_000_00, 5_000_00,
    ]);
  });

  it('falls back to equal parts when nothing was measured', () => {
    expect(shareCosts({ formula: 'by_volume' }, parties, 300, new Map()).map((s) => s.cents)).toEqual([
      100, 100, 100,
    ]);
  });

  it('applies fixed percentages, a party without one paying nothing', () => {
    const shares = shareCosts({ formula: 'fixed', shares: { a: 50, b: 50 } }, parties, 999);
    expect(shares.map((s) => s.cents)).toEqual([500, 499, 0]);
  });
});
