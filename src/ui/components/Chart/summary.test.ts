import { describe, expect, it } from 'vitest';
import { extremes, summariseSeries, summariseTotals } from './summary.js';

describe('chart summaries', () => {
  it('find the highest and lowest figure, the first of equals, skipping missing ones', () => {
    expect(extremes([null, 4, 9, 2, 9, null, 2])).toEqual({
      high: { value: 9, at: 2 },
      low: { value: 2, at: 3 },
    });
    expect(extremes([null, null])).toBeNull();
  });

  it('name each series’ highest and lowest, once when there is a single figure, none when there is none', () => {
    const text = summariseSeries(
      'en',
      'count',
      ['Halifax', 'Moncton', 'Sydney'],
      [
        { name: 'Calls', values: [12_000, 9_800, 10_400] },
        { name: 'Visits', values: [null, 1_250, null] },
        { name: 'Letters', values: [null, null, null] },
      ],
    );
    expect(text).toBe('Calls: highest 12,000 (Halifax), lowest 9,800 (Moncton). Visits: 1,250 (Moncton).');
  });

  it('name the highest and lowest total of stacked bars, in French', () => {
    expect(summariseTotals('fr', 'percent', ['avr.', 'mai'], [0.5, 0.25])).toBe(
      'Total le plus élevé\u00a0: 50\u00a0% (avr.)\u00a0; total le plus bas\u00a0: 25\u00a0% (mai).',
    );
    expect(summariseTotals('fr', 'count', ['avr.'], [null])).toBe('');
  });
});
