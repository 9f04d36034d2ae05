import type { Lang } from '../platform/i18n/index.js';

/**
 * A clock time as the Government of Canada writes it: `8:30 a.m.` in English, `8 h 30` in French.
 *
 * @example formatTime('en', '13:00:00') // '1:00 p.m.'
 */
export function formatTime(lang: Lang, time: string): string {
  const [h = '0', m = '0'] = time.split(':');
  const hours = Number(h);
  const minutes = Number(m);
  if (lang === 'fr')
    return minutes === 0 ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${String(minutes).padStart(2, '0')}`;
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${String(minutes).padStart(2, '0')}\u00a0${suffix}`;
}

/** A calendar date (`YYYY-MM-DD`) in words, without time-zone drift. */
export function formatDate(lang: Lang, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
  // French writes the first day of a month as an ordinal: « 1er janvier ».
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** An amount of money in the visitor's language: `$85.00` or `85,00 $`. */
export function formatMoney(lang: Lang, amount: number, currency = 'CAD'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { style: 'currency', currency }).format(
    amount,
  );
}

/** The name of a language from its ISO code, in the visitor's language. */
export function languageName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang === 'en' ? 'en-CA' : 'fr-CA'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-CA' : 'fr-CA');

/** A whole count with the visitor's digit grouping: `14,500` or `14 500`. */
export function formatCount(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(value);
}

/** A share (0–1) as a percentage with at most one decimal: `72.5%` or `72,5 %`. */
export function formatShare(lang: Lang, share: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A number with at most `digits` decimals: `4.2` or `4,2`. */
export function formatDecimal(lang: Lang, value: number, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}
