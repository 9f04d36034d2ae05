/** Where the cluster back-office pages live, in each language (under /en/manage and /fr/gestion). */
import type { Lang } from '../../../../../platform/i18n/index.js';
import { managePath } from '../../../../http/paths.js';

export const CLUSTERS_SEGMENT = { en: 'clusters', fr: 'grappes' } as const;
const CHANGES = { en: 'changes', fr: 'modifications' } as const;
const DRAFT = { en: 'draft', fr: 'ebauche' } as const;

export const CLUSTER_ACTIONS = {
  request: { en: 'request-approval', fr: 'demande-approbation' },
  decide: { en: 'decide', fr: 'decision' },
  publish: { en: 'publish', fr: 'publier' },
  signOff: { en: 'sign-off', fr: 'approbation-finale' },
  production: { en: 'production', fr: 'mise-en-production' },
} as const;
export type ClusterAction = keyof typeof CLUSTER_ACTIONS;

export const clusterListPath = (lang: Lang) => managePath(lang, CLUSTERS_SEGMENT[lang]);
export const clusterManagePath = (lang: Lang, key: string) => managePath(lang, CLUSTERS_SEGMENT[lang], key);
export const clusterActionPath = (lang: Lang, key: string, action: ClusterAction) =>
  `${clusterManagePath(lang, key)}/${CLUSTER_ACTIONS[action][lang]}`;
export const clusterDiffPath = (lang: Lang, key: string, from: number, to: number | 'draft') =>
  `${clusterManagePath(lang, key)}/${CHANGES[lang]}/${from}/${to === 'draft' ? DRAFT[lang] : to}`;
export const CHANGES_SEGMENT = CHANGES;
export const DRAFT_SEGMENT = DRAFT;
