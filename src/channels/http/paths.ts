/** Where things live on the web, in each language: one place so the API and the pages agree. */
import type { Lang } from '../../platform/i18n/index.js';

/** The path segment of cluster pages: the same word in both languages. */
export const CLUSTER_SEGMENT = 'situations';

export const clusterPath = (lang: Lang, slug: string) => `/${lang}/${CLUSTER_SEGMENT}/${slug}`;
/** A cluster's public performance page. */
export const performancePath = (lang: Lang, slug: string) =>
  `${clusterPath(lang, slug)}/${lang === 'en' ? 'performance' : 'rendement'}`;
export const checklistPath = (lang: Lang, slug: string) =>
  `${clusterPath(lang, slug)}/${lang === 'en' ? 'checklist' : 'liste'}`;
export const servicePath = (lang: Lang, id: string) => `/${lang}/services/${id}`;
export const organizationPath = (lang: Lang, id: string) => `/${lang}/organizations/${id}`;
export const governmentsPath = (lang: Lang) => `/${lang}/${lang === 'en' ? 'governments' : 'gouvernements'}`;
export const searchPath = (lang: Lang) => `/${lang}/${lang === 'en' ? 'search' : 'recherche'}`;
/** The satisfaction survey: the same word in both languages. */
export const satisfactionPath = (lang: Lang) => `/${lang}/satisfaction`;
/** The survey about one page of the site. */
export const surveyHref = (lang: Lang, page: string) =>
  `${satisfactionPath(lang)}?page=${encodeURIComponent(page)}`;
export const officesPath = (lang: Lang) => `/${lang}/${lang === 'en' ? 'offices' : 'bureaux'}`;

/** Partner sign-in and the back office. */
export const signInPath = (lang: Lang) => `/${lang}/${lang === 'en' ? 'sign-in' : 'connexion'}`;
export const signOutPath = (lang: Lang) => `/${lang}/${lang === 'en' ? 'sign-out' : 'deconnexion'}`;
/** Where the identity provider sends people back; the language travels in the sign-in request. */
export const SIGN_IN_CALLBACK_PATH = '/auth/callback';
export const manageSegment = (lang: Lang) => (lang === 'en' ? 'manage' : 'gestion');
/** The back office root; every back-office page lives under it. */
export const managePath = (lang: Lang, ...rest: string[]) =>
  [`/${lang}/${manageSegment(lang)}`, ...rest].join('/');
