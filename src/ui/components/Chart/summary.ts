import { t, type Lang } from '../../../platform/i18n/index.js';
import { formatValue, type ValueFormat } from './format.js';

export interface ChartSeries {
  name: string;
  /** One value per category or period, in their order; null where there is no figure (not zero). */
  values: readonly (number | null)[];
}

/** The highest and lowest of `values` with their positions; the first of equal ones; null if none. */
export function extremes(
  values: readonly (number | null)[],
): { high: { value: number; at: number }; low: { value: number; at: number } } | null {
  let found: { high: { value: number; at: number }; low: { value: number; at: number } } | null = null;
  for (const [at, value] of values.entries()) {
    if (value === null || !Number.isFinite(value)) continue;
    if (!found) found = { high: { value, at }, low: { value, at } };
    if (value > found.high.value) found.high = { value, at };
    if (value < found.low.value) found.low = { value, at };
  }
  return found;
}

/** A summary when the caller gives none: each series' highest and lowest figure and where it falls. */
export function summariseSeries(
  lang: Lang,
  format: ValueFormat,
  categories: readonly string[],
  series: readonly ChartSeries[],
): string {
  return series
    .flatMap((one) => {
      const found = extremes(one.values);
      if (!found) return [];
      // One figure is both highest and lowest: say it once.
      if (one.values.filter((value) => value !== null && Number.isFinite(value)).length === 1)
        return [
          t(lang, 'charts.summary.single', {
            series: one.name,
            value: formatValue(lang, format, found.high.value),
            at: categories[found.high.at],
          }),
        ];
      return [
        t(lang, 'charts.summary.series', {
          series: one.name,
          highest: formatValue(lang, format, found.high.value),
          highestAt: categories[found.high.at],
          lowest: formatValue(lang, format, found.low.value),
          lowestAt: categories[found.low.at],
        }),
      ];
    })
    .join(' ');
}

/** A summary of stacked bars: the highest and lowest total. */
export function summariseTotals(
  lang: Lang,
  format: ValueFormat,
  categories: readonly string[],
  totals: readonly (number | null)[],
): string {
  const found = extremes(totals);
  if (!found) return '';
  return t(lang, 'charts.summary.totals', {
    highest: formatValue(lang, format, found.high.value),
    highestAt: categories[found.high.at],
    lowest: formatValue(lang, format, found.low.value),
    lowestAt: categories[found.low.at],
  });
}
