import type { Db, Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { CLUSTER_KINDS, type ClusterKind, type ClusterStatus } from '../schemas.js';
import type { ClusterSummary } from '../types.js';
import { localText } from './getClusterPage.js';
import { listPublicClusters } from './listPublicClusters.js';

/** A public cluster as a line or card in a list, in one language. */
export interface ClusterCardView {
  key: string;
  kind: ClusterKind;
  status: ClusterStatus;
  title: string;
  summary: string;
  slug: { en: string; fr: string };
}

export interface HomePageView {
  lang: Lang;
  /** The public clusters by kind, in the kinds' order; a kind without a public cluster is left out. */
  groups: { kind: ClusterKind; clusters: ClusterCardView[] }[];
}

export function clusterCard(cluster: ClusterSummary, lang: Lang): ClusterCardView {
  return {
    key: cluster.key,
    kind: cluster.kind,
    status: cluster.status,
    title: localText(cluster.title, lang),
    summary: localText(cluster.summary, lang),
    slug: { en: cluster.slug.en, fr: cluster.slug.fr },
  };
}

/** The public clusters as cards, in key order: what to offer when a need finds nothing. */
export async function listClusterCards(db: Db | Tx, lang: Lang): Promise<ClusterCardView[]> {
  return (await listPublicClusters(db)).map((cluster) => clusterCard(cluster, lang));
}

/** The front door: every public cluster, grouped by kind (life events, business events, client groups). */
export async function getHomePage(db: Db | Tx, query: { lang: Lang }): Promise<HomePageView> {
  const cards = await listClusterCards(db, query.lang);
  return {
    lang: query.lang,
    groups: CLUSTER_KINDS.map((kind) => ({
      kind,
      clusters: cards.filter((card) => card.kind === kind),
    })).filter((group) => group.clusters.length > 0),
  };
}
