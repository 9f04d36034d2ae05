import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { ClusterGovernanceError, ClusterLifecycleError, ClusterNotFoundError } from '../errors.js';
import { productionReadiness, today } from '../governance/productionGate.js';
import { requireClusterManager } from '../policy.js';
import { findClusterRow } from '../repository.js';
import { ClusterLifecycleSchema, type ClusterLifecycle, type ClusterStatus } from '../schemas.js';
import type { Actor } from '../types.js';

/** Forward along draft → pilot → production → retired; a pilot may go back to draft, and a retired cluster may return. */
const ALLOWED: Record<ClusterStatus, readonly ClusterStatus[]> = {
  draft: ['draft', 'pilot', 'production', 'retired'],
  pilot: ['pilot', 'draft', 'production', 'retired'],
  production: ['production', 'retired'],
  retired: ['retired', 'draft', 'pilot', 'production'],
};

/**
 * Moves a cluster along its lifecycle. Only pilot and production clusters are public. The cluster
 * manager of its partnership (or a platform administrator) moves it. Production needs a signed agreement
 * in force today that names the cluster in its scope, for everyone, and the lead partner's sign-off of
 * the published version, for everyone but a system actor (the demo seed, operators' scripts).
 */
export async function setClusterLifecycle(
  db: Db | Tx,
  actor: Actor,
  key: string,
  input: ClusterLifecycle,
): Promise<ClusterLifecycle> {
  const lifecycle = parseInput(ClusterLifecycleSchema, input, 'The lifecycle change is not valid.');
  return withTransaction(db, async (tx) => {
    const cluster = await findClusterRow(tx, key);
    if (!cluster) throw new ClusterNotFoundError(key);
    requireClusterManager(actor, cluster, 'cluster.lifecycle');
    if (!ALLOWED[cluster.status].includes(lifecycle.status)) {
      throw new ClusterLifecycleError(`A ${cluster.status} cluster cannot become ${lifecycle.status}.`, {
        from: cluster.status,
        to: lifecycle.status,
      });
    }
    if (
      (lifecycle.status === 'pilot' || lifecycle.status === 'production') &&
      cluster.published_version === null
    ) {
      throw new ClusterLifecycleError(`Cluster ${key} has no published version to show.`, { key });
    }
    let signoff: string | undefined;
    if (lifecycle.status === 'production' && cluster.status !== 'production') {
      const readiness = await productionReadiness(tx, cluster, {
        on: today(),
        signoffRequired: actor.kind !== 'system',
      });
      const blocker = readiness.blockers[0];
      if (blocker) {
        throw new ClusterGovernanceError(
          blocker.reason,
          `Cluster ${key} cannot go to production: ${blocker.reason}.`,
          blocker.details,
        );
      }
      signoff = readiness.signoff ? 'given' : 'exempt: system actor';
    }
    await tx
      .updateTable('cluster')
      .set({
        status: lifecycle.status,
        pilot_starts_on: lifecycle.pilot_starts_on ?? null,
        pilot_ends_on: lifecycle.pilot_ends_on ?? null,
        updated_at: new Date(),
      })
      .where('id', '=', cluster.id)
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'cluster.lifecycle',
      entity_type: 'cluster',
      entity_id: cluster.id,
      detail: {
        key,
        from: cluster.status,
        ...lifecycle,
        ...(signoff ? { signoff } : {}),
      },
    });
    return lifecycle;
  });
}
