import { describe, expect, it } from 'vitest';
import { formatTick, formatValue, valueTicks } from './format.js';

const NBSP = '\u00a0';
const NARROW = '\u202f';

describe('chart figures', () => {
  it('are written the English Canadian way', () => {
    expect(formatValue('en', 'count', 12_400)).toBe('12,400');
    expect(formatValue('en', 'count', 3.25)).toBe('3.3');
    expect(formatValue('en', 'percent', 0.125)).toBe('12.5%');
    expect(formatValue('en', 'dollars', 1_234)).toBe('$1,234');
    expect(formatValue('en', 'dollars', 12.5)).toBe('$12.50');
    expect(formatValue('en', 'score', 4.24)).toBe('4.2 out of 5');
    expect(formatValue('en', 'duration', 45)).toBe(`45${NBSP}min`);
    expect(formatValue('en', 'duration', 4.5)).toBe(`4.5${NBSP}min`);
    expect(formatValue('en', 'duration', 95)).toBe(`1${NBSP}h${NBSP}35${NBSP}min`);
    expect(formatValue('en', 'duration', 120)).toBe(`2${NBSP}h`);
  });

  it('are written the French way: narrow no-break space in thousands, decimal comma, « 12 % »', () => {
    expect(formatValue('fr', 'count', 12_400)).toBe(`12${NARROW}400`);
    expect(formatValue('fr', 'count', 1_234_567.5)).toBe(`1${NARROW}234${NARROW}567,5`);
    expect(formatValue('fr', 'percent', 0.12)).toBe(`12${NBSP}%`);
    expect(formatValue('fr', 'percent', 0.125)).toBe(`12,5${NBSP}%`);
    expect(formatValue('fr', 'dollars', 1_234)).toBe(`1${NARROW}234${NBSP}$`);
    expect(formatValue('fr', 'score', 4.24)).toBe('4,2 sur 5');
    expect(formatValue('fr', 'duration', 4.5)).toBe(`4,5${NBSP}min`);
    expect(formatValue('fr', 'duration', 65)).toBe(`1${NBSP}h${NBSP}05${NBSP}min`);
  });

  it('label ticks with only the decimals their step needs', () => {
    expect(formatTick('en', 'percent', 0.05, 0.05)).toBe('5%');
    expect(formatTick('fr', 'percent', 0.025, 0.025)).toBe(`2,5${NBSP}%`);
    expect(formatTick('en', 'count', 15_000, 5_000)).toBe('15,000');
    expect(formatTick('fr', 'count', 15_000, 5_000)).toBe(`15${NARROW}000`);
    expect(formatTick('en', 'score', 3, 1)).toBe('3');
    expect(formatTick('en', 'dollars', 2_500, 500)).toBe('$2,500');
  });

  it('give scores their whole scale and long durations whole hours', () => {
    expect(valueTicks('score', 3.1, 4.6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(valueTicks('duration', 0, 500)).toEqual([0, 180, 360, 540]);
    expect(valueTicks('duration', 0, 235)).toEqual([0, 60, 120, 180, 240]);
    expect(valueTicks('duration', 0, 50)).toEqual([0, 20, 40, 60]);
  });
});
