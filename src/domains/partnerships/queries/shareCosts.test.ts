import { describe, expect, it } from 'vitest';
import { shareCosts } from './shareCosts.js';

const parties = ['a', 'b', 'c'];
const cents = (result: ReturnType<typeof shareCosts>) => result.shares.map((s) => s.cents);

describe('shareCosts', () => {
  it('splits equally, to the cent, leftovers to the largest remainders', () => {
    const result = shareCosts({ formula: 'equal' }, parties, 100_00);
    expect(result.split).toBe('formula');
    expect(cents(result)).toEqual([3334, 3333, 3333]);
    expect(result.shares.reduce((sum, s) => sum + s.cents, 0)).toBe(100_00);
  });

  it('splits by measured volume', () => {
    const volumes = new Map([
      ['a', 600],
      ['b', 300],
      ['c', 100],
    ]);
    expect(cents(shareCosts({ formula: 'by_volume' }, parties, 50_000_00, volumes))).toEqual([
      30_000_00, 15_000_00, 5_000_00,
    ]);
  });

  it('leaves a cost unsplit when nothing was measured and the agreement names no fallback', () => {
    const result = shareCosts({ formula: 'by_volume' }, parties, 300, new Map([['a', 0]]));
    expect(result.split).toBe('not_split');
    expect(cents(result)).toEqual([0, 0, 0]);
  });

  it('follows the agreement’s fallback when nothing was measured: equal parts or fixed shares', () => {
    const equal = shareCosts({ formula: 'by_volume', when_no_volume: 'equal' }, parties, 300);
    expect(equal.split).toBe('no_volume_equal');
    expect(cents(equal)).toEqual([100, 100, 100]);
    const fixed = shareCosts(
      { formula: 'by_volume', when_no_volume: 'fixed', shares: { a: 70, b: 30 } },
      parties,
      1000,
    );
    expect(fixed.split).toBe('no_volume_fixed');
    expect(cents(fixed)).toEqual([700, 300, 0]);
    const measured = shareCosts(
      { formula: 'by_volume', when_no_volume: 'equal' },
      parties,
      1000,
      new Map([['c', 4]]),
    );
    expect(measured.split).toBe('formula');
    expect(cents(measured)).toEqual([0, 0, 1000]);
  });

  it('applies fixed percentages, a party without one paying nothing', () => {
    expect(cents(shareCosts({ formula: 'fixed', shares: { a: 50, b: 50 } }, parties, 999))).toEqual([
      500, 499, 0,
    ]);
  });
});
