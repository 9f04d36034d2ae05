import { describe, expect, it } from 'vitest';
import { decimalsOf, niceTicks } from './niceTicks.js';

const steps = (ticks: number[]) => [...new Set(ticks.slice(1).map((tick, i) => tick - ticks[i]!))];

describe('niceTicks', () => {
  it('covers the range with a round step, starting and ending on a tick', () => {
    expect(niceTicks(14_500, 18_000, 5)).toEqual([14_000, 15_000, 16_000, 17_000, 18_000]);
    expect(niceTicks(0, 12_400, 5)).toEqual([0, 5_000, 10_000, 15_000]);
    expect(niceTicks(0, 97, 6)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 5, 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('uses only 1, 2, 2.5 or 5 times a power of ten as the step', () => {
    for (const [min, max, count] of [
      [0, 1, 5],
      [3, 7_919, 6],
      [0.12, 0.87, 5],
      [-42, 380, 5],
      [1, 1_234_567, 4],
    ] as const) {
      const ticks = niceTicks(min, max, count);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      const [step, ...others] = steps(ticks).map((s) => Number(s.toPrecision(10)));
      expect(others.every((other) => Math.abs(other - step!) < 1e-9)).toBe(true);
      const leading = step! / 10 ** Math.floor(Math.log10(step!));
      expect([1, 2, 2.5, 5]).toContain(Number(leading.toPrecision(10)));
    }
  });

  it('writes decimal ticks without floating-point noise', () => {
    expect(niceTicks(0, 0.3, 4)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0.62, 0.91, 4)).toEqual([0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('gives an axis to a single value, to zero, and to a reversed range', () => {
    expect(niceTicks(0, 0, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(40, 40, 3)).toEqual([40, 60, 80]);
    expect(niceTicks(100, 0, 3)).toEqual([0, 50, 100]);
    expect(niceTicks(-30, -10, 3)).toEqual([-30, -20, -10]);
  });

  it('counts the decimals a step needs', () => {
    expect([decimalsOf(500), decimalsOf(2.5), decimalsOf(0.25), decimalsOf(0.1)]).toEqual([0, 1, 2, 1]);
  });
});
