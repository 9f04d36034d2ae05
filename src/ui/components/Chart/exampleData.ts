// Figures the chart examples share: one service's year, April 2024 to March 2025, as a dashboard shows it.
// Realistic in size and trend (applications moving online), not any real service's data.
import type { Lang } from '../../../platform/i18n/index.js';

/** The twelve months of fiscal year 2024-2025, short, in the page's language: `Apr 2024`, `avr. 2024`. */
export function fiscalMonths(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2024, 3 + index, 15))));
}

/** Applications each month by channel. */
export const MONTHLY_APPLICATIONS = {
  web: [9_820, 10_140, 10_510, 10_230, 10_960, 11_480, 11_720, 12_050, 11_390, 12_610, 12_980, 13_420],
  phone: [4_210, 4_080, 3_960, 3_990, 3_840, 3_710, 3_650, 3_520, 3_300, 3_380, 3_240, 3_110],
  walkIn: [1_930, 1_880, 1_850, 1_720, 1_690, 1_760, 1_640, 1_610, 1_480, 1_530, 1_520, 1_490],
  mail: [710, 680, 650, 600, 590, 560, 540, 500, 470, 430, 410, 380],
};

export const CHANNEL_NAMES = {
  en: { web: 'Online', phone: 'Telephone', walkIn: 'In person', mail: 'Mail' },
  fr: { web: 'En ligne', phone: 'Téléphone', walkIn: 'En personne', mail: 'Courrier' },
} as const;
