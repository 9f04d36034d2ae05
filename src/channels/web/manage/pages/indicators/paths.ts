/** Where the indicator pages live, in each language (under /en/manage and /fr/gestion). */
import type { Lang } from '../../../../../platform/i18n/index.js';
import { managePath } from '../../../../http/paths.js';

export const INDICATORS_SEGMENT = { en: 'indicators', fr: 'indicateurs' } as const;

export const INDICATOR_ACTIONS = {
  define: { en: 'define', fr: 'definir' },
  record: { en: 'values', fr: 'valeurs' },
  remove: { en: 'remove', fr: 'retirer' },
} as const;
export type IndicatorAction = keyof typeof INDICATOR_ACTIONS;

export const indicatorListPath = (lang: Lang) => managePath(lang, INDICATORS_SEGMENT[lang]);
export const indicatorPagePath = (lang: Lang, cluster: string) =>
  managePath(lang, INDICATORS_SEGMENT[lang], cluster);
export const indicatorActionPath = (lang: Lang, cluster: string, action: IndicatorAction) =>
  `${indicatorPagePath(lang, cluster)}/${INDICATOR_ACTIONS[action][lang]}`;
