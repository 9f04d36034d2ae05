import { findClusterRef, type ClusterRef } from '../../clusters/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { NotFoundError, ValidationError } from '../../../platform/errors/index.js';
import { requireIndicatorWriter } from '../policy.js';

/**
 * The cluster an indicator command is about, once the actor is known to manage it. Access comes before
 * the input's details, so someone who may not write learns nothing from the form's problems.
 */
export async function clusterToWrite(tx: Tx, actor: Actor, key: string, action: string): Promise<ClusterRef> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key))
    throw new ValidationError('The cluster is not named.', [
      { path: 'cluster', message: 'A cluster key such as starting-a-business' },
    ]);
  const cluster = await findClusterRef(tx, key);
  if (!cluster) throw new NotFoundError('cluster', key);
  requireIndicatorWriter(actor, cluster, action);
  return cluster;
}

/** The cluster key alone, read from any input before it is validated whole. */
export const clusterKeyOf = (input: unknown): string => {
  const value = (input as { cluster?: unknown } | null)?.cluster;
  return typeof value === 'string' ? value.trim() : '';
};
