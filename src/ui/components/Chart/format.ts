import { t, type Lang } from '../../../platform/i18n/index.js';
import { decimalsOf, niceTicks } from './niceTicks.js';

/**
 * What a chart's numbers are, which decides how they are written:
 * - `count`: a number of things (applications, calls);
 * - `percent`: a share from 0 to 1, written as a percentage;
 * - `dollars`: Canadian dollars;
 * - `score`: a mean on the 1 to 5 satisfaction scale, its axis from 0 to 5;
 * - `duration`: minutes, written in hours and minutes past an hour.
 */
export type ValueFormat = 'count' | 'percent' | 'dollars' | 'score' | 'duration';

const localeOf = (lang: Lang) => (lang === 'en' ? 'en-CA' : 'fr-CA');

/**
 * Intl's number in the page's language. French separates thousands with a narrow no-break space, as the
 * Government of Canada's French style guide does; fr-CA in ICU gives a full one, so the group parts are
 * swapped. The space before % or $ stays a full no-break space.
 */
function intl(lang: Lang, options: Intl.NumberFormatOptions, value: number): string {
  const format = new Intl.NumberFormat(localeOf(lang), options);
  if (lang === 'en') return format.format(value);
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? '\u202f' : part.value))
    .join('');
}

const plain = (lang: Lang, value: number, digits: number) =>
  intl(lang, { maximumFractionDigits: digits }, value);

function duration(lang: Lang, minutes: number, digits: number): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(minutes);
  if (total < 60) return sign + t(lang, 'charts.format.minutes', { minutes: plain(lang, total, digits) });
  const whole = Math.round(total);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return (
    sign +
    (rest === 0
      ? t(lang, 'charts.format.hours', { hours: plain(lang, hours, 0) })
      : t(lang, 'charts.format.hoursMinutes', {
          hours: plain(lang, hours, 0),
          minutes: String(rest).padStart(2, '0'),
        }))
  );
}

/** A figure written in full, as the data table and the summary give it: `12,400`, `12 %`, `4,2 sur 5`. */
export function formatValue(lang: Lang, format: ValueFormat, value: number): string {
  switch (format) {
    case 'count':
      return plain(lang, value, 1);
    case 'percent':
      return intl(lang, { style: 'percent', maximumFractionDigits: 1 }, value);
    case 'dollars':
      return intl(
        lang,
        {
          style: 'currency',
          currency: 'CAD',
          minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
          maximumFractionDigits: 2,
        },
        value,
      );
    case 'score':
      // One decimal always, so « 4.0 » reads as the mean it is beside « 4.2 ».
      return t(lang, 'charts.format.score', {
        value: intl(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, value),
      });
    case 'duration':
      return duration(lang, value, Math.abs(value) < 10 ? 1 : 0);
  }
}

/**
 * An axis label: the same unit with only the decimals the ticks' step needs (a 0.05 step of shares gives
 * `5 %`, `10 %`), and a score without its « out of 5 », which the axis makes plain.
 */
export function formatTick(lang: Lang, format: ValueFormat, value: number, step: number): string {
  const digits = decimalsOf(step);
  switch (format) {
    case 'count':
    case 'score':
      return plain(lang, value, digits);
    case 'percent':
      return intl(lang, { style: 'percent', maximumFractionDigits: Math.max(0, digits - 2) }, value);
    case 'dollars':
      return intl(
        lang,
        { style: 'currency', currency: 'CAD', minimumFractionDigits: 0, maximumFractionDigits: digits },
        value,
      );
    case 'duration':
      return duration(lang, value, digits);
  }
}

/**
 * The value axis's ticks for the figures between `min` and `max`. Scores keep their whole 0 to 5 scale, so
 * two charts of satisfaction read alike; durations past three hours step by whole hours.
 */
export function valueTicks(format: ValueFormat, min: number, max: number, count = 5): number[] {
  if (format === 'score') return niceTicks(Math.min(0, min), Math.max(5, max), 6);
  if (format === 'duration' && Math.max(Math.abs(min), Math.abs(max)) > 180) {
    const hours = niceTicks(min / 60, max / 60, count);
    // A 2.5-hour step would label ticks « 2 h 30 min »: round it up to whole hours.
    const step = Math.ceil(hours[1]! - hours[0]!);
    const ticks: number[] = [];
    for (let tick = Math.floor(min / 60 / step) * step; tick < max / 60 + step; tick += step) {
      ticks.push(tick * 60);
      if (tick >= max / 60) break;
    }
    return ticks;
  }
  return niceTicks(min, max, count);
}
