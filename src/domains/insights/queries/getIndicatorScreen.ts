import { findClusterRef, listClusterRefs } from '../../clusters/index.js';
import { hasRole, isPlatformAdmin, managedPartnerships, type Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { mayReadIndicators, mayWriteIndicators, requireIndicatorReader } from '../policy.js';
import { listClusterIndicators, type IndicatorView } from './listClusterIndicators.js';

/** Opening the indicators pages at all: those who may read some cluster's indicators. */
export function mayOpenIndicators(actor: Actor): boolean {
  return isPlatformAdmin(actor) || hasRole(actor, 'analyst') || managedPartnerships(actor).length > 0;
}

export interface IndicatorClusterLine {
  key: string;
  title: LocalizedText;
  status: string;
  indicators: number;
  mayWrite: boolean;
}

/** The clusters whose indicators the actor may read, with how many each has. */
export async function listIndicatorClusters(db: Db | Tx, actor: Actor): Promise<IndicatorClusterLine[]> {
  const clusters = (await listClusterRefs(db)).filter((cluster) => mayReadIndicators(actor, cluster));
  if (clusters.length === 0) return [];
  const counts = await db
    .selectFrom('cluster_indicator')
    .select((eb) => ['cluster_key', eb.fn.countAll<number>().as('n')])
    .where(
      'cluster_key',
      'in',
      clusters.map((cluster) => cluster.key),
    )
    .groupBy('cluster_key')
    .execute();
  const count = new Map(counts.map((row) => [row.cluster_key, Number(row.n)]));
  return clusters.map((cluster) => ({
    key: cluster.key,
    title: cluster.title,
    status: cluster.status,
    indicators: count.get(cluster.key) ?? 0,
    mayWrite: mayWriteIndicators(actor, cluster),
  }));
}

export interface IndicatorScreen {
  cluster: { key: string; title: LocalizedText; status: string };
  indicators: IndicatorView[];
  /** Whether the actor may define indicators and record values; the commands check again. */
  mayWrite: boolean;
}

/** One cluster's indicators with their values and progress, for the back office. */
export async function getIndicatorScreen(db: Db | Tx, actor: Actor, key: string): Promise<IndicatorScreen> {
  const cluster = await findClusterRef(db, key);
  if (!cluster) throw new NotFoundError('cluster', key);
  requireIndicatorReader(actor, cluster);
  return {
    cluster: { key: cluster.key, title: cluster.title, status: cluster.status },
    indicators: await listClusterIndicators(db, cluster.key),
    mayWrite: mayWriteIndicators(actor, cluster),
  };
}
