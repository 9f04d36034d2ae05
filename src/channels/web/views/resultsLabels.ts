import type { Channel, CommitmentView, Driver } from '../../../domains/insights/index.js';
import type { Lang, MessageKey } from '../../../platform/i18n/index.js';
import { formatCount, formatDecimal, formatMoney } from '../../../ui/format.js';

export const RESULTS_CHANNEL_LABEL = {
  web: 'results.channels.web',
  phone: 'results.channels.phone',
  ivr: 'results.channels.ivr',
  walk_in: 'results.channels.walk_in',
  kiosk: 'results.channels.kiosk',
  mail: 'results.channels.mail',
  email: 'results.channels.email',
  agent: 'results.channels.agent',
  api: 'results.channels.api',
} as const satisfies Record<Channel, MessageKey>;

export const DRIVER_LABEL = {
  timeliness: 'results.drivers.timeliness',
  knowledge: 'results.drivers.knowledge',
  courtesy: 'results.drivers.courtesy',
  fairness: 'results.drivers.fairness',
  outcome: 'results.drivers.outcome',
} as const satisfies Record<Driver, MessageKey>;

/** A value in a commitment's or indicator's unit: `75%`, `12 days`, `14,500`, `$8.40`. */
export function formatCommitment(lang: Lang, value: number, unit: CommitmentView['unit']): string {
  switch (unit) {
    case 'percent':
      return `${formatDecimal(lang, value)}${lang === 'fr' ? '\u00a0%' : '%'}`;
    case 'days':
      return `${formatDecimal(lang, value)}\u00a0${lang === 'fr' ? 'jours' : 'days'}`;
    case 'dollars':
      return formatMoney(lang, value);
    case 'count':
      return formatCount(lang, value);
  }
}

/** A month (its first day) in words: `January 2027`, `janvier 2027`. */
export function monthName(lang: Lang, firstDay: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${firstDay}T12:00:00Z`));
}

/** A month in few letters, for a chart's axis where twelve must fit: `Feb 2027`, `févr. 2027`. */
export function shortMonthName(lang: Lang, firstDay: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${firstDay}T12:00:00Z`));
}
