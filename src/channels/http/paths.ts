/** Where things live on the web, in each language: one place so the API and the pages agree. */
import type { Lang } from '../../platform/i18n/index.js';

/** The path segment of cluster pages: the same word in both languages. */
export const CLUSTER_SEGMENT = 'situations';

export const clusterPath = (lang: Lang, slug: string) => `/${lang}/${CLUSTER_SEGMENT}/${slug}`;
export const checklistPath = (lang: Lang, slug: string) =>
  `${clusterPath(lang, slug)}/${lang === 'en' ? 'checklist' : 'liste'}`;
export const servicePath = (lang: Lang, id: string) => `/${lang}/services/${id}`;
export const organizationPath = (lang: Lang, id: string) => `/${lang}/organizations/${id}`;
export const searchPath = (lang: Lang) => `/${lang}/${lang === 'en' ? 'search' : 'recherche'}`;
export const officesPath = (lang: Lang) => `/${lang}/${lang === 'en' ? 'offices' : 'bureaux'}`;
