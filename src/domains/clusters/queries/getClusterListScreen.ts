import { listPartnerships } from '../../partnerships/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { Actor } from '../types.js';
import { listClusterWork, type ClusterWork } from './listClusterWork.js';

/** The back office's list of clusters, with the names of the partnerships it mentions. */
export interface ClusterListScreen extends ClusterWork {
  /** The partnerships of the listed clusters and of the warnings, by key. */
  partnerships: { key: string; name: LocalizedText }[];
}

/**
 * The clusters the actor takes part in (`listClusterWork` decides which), their live requests, and the
 * agreements of their partnerships that end or are due for review within 60 days of `today`.
 */
export async function getClusterListScreen(
  db: Db | Tx,
  actor: Actor,
  input: { today: Date },
): Promise<ClusterListScreen> {
  const work = await listClusterWork(db, actor, { on: input.today.toISOString().slice(0, 10) });
  const keys = new Set([
    ...work.clusters.map((cluster) => cluster.partnership_key).filter((key): key is string => !!key),
    ...work.warnings.map((warning) => warning.partnership_key),
  ]);
  const partnerships = keys.size
    ? (await listPartnerships(db)).filter((partnership) => keys.has(partnership.key))
    : [];
  return {
    ...work,
    partnerships: partnerships.map((partnership) => ({ key: partnership.key, name: partnership.name })),
  };
}
