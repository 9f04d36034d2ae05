import { getPublicCluster } from '../../clusters/index.js';
import { requireThat, type Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { mayOpenResults } from '../policy.js';
import { listResultsClusters, type ResultsCluster } from './listResultsClusters.js';

/**
 * The results screens' common door: the clusters the actor may read and the one asked for. Refuses
 * people who may open no results, says NOT_FOUND for a cluster that is not public, and refuses a public
 * cluster the actor has no part in (both logged as denials).
 */
export async function openResultsCluster(
  db: Db | Tx,
  actor: Actor,
  key: string,
): Promise<{ readable: ResultsCluster[]; entry: ResultsCluster }> {
  requireThat(
    actor,
    mayOpenResults(actor),
    'results.open',
    { entity_type: 'cluster' },
    'only analysts, platform administrators, cluster managers and partners’ staff',
  );
  const readable = await listResultsClusters(db, actor);
  const entry = readable.find((candidate) => candidate.cluster.key === key);
  if (!entry) {
    await getPublicCluster(db, key); // Not found when there is no such public cluster.
    requireThat(
      actor,
      false,
      'results.read',
      { entity_type: 'cluster', entity_id: key },
      'not a reader of this cluster’s results',
    );
  }
  return { readable, entry: entry as ResultsCluster };
}

const DAY = 86_400_000;

/** The ISO day `days` after this one (before, when negative). */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Days from the first to the last, both counted. */
export const daysIn = (period: { from: string; to: string }): number =>
  Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY) + 1;

/** The period of the same length that ends the day before this one starts. */
export function baselineOf(period: { from: string; to: string }): { from: string; to: string } {
  return { from: addDays(period.from, -daysIn(period)), to: addDays(period.from, -1) };
}
