import { getPartnership } from '../../partnerships/index.js';
import { appendAudit } from '../../../platform/audit/index.js';
import { isPlatformAdmin, requireThat } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ClusterNotFoundError } from '../errors.js';
import { findClusterRow } from '../repository.js';
import type { Actor } from '../types.js';

/**
 * Puts a cluster in a partnership: from then on its cluster manager runs it and its agreement governs
 * it. Only a platform administrator moves a cluster, since that hands it to other people.
 */
export async function setClusterPartnership(
  db: Db | Tx,
  actor: Actor,
  key: string,
  partnershipKey: string,
): Promise<{ changed: boolean }> {
  return withTransaction(db, async (tx) => {
    const cluster = await findClusterRow(tx, key);
    if (!cluster) throw new ClusterNotFoundError(key);
    requireThat(
      actor,
      isPlatformAdmin(actor),
      'cluster.partnership.change',
      { entity_type: 'cluster', entity_id: cluster.id },
      'only a platform administrator moves a cluster to another partnership',
    );
    const partnership = await getPartnership(tx, partnershipKey);
    if (cluster.partnership_id === partnership.id) return { changed: false };
    await tx
      .updateTable('cluster')
      .set({ partnership_id: partnership.id, updated_at: new Date() })
      .where('id', '=', cluster.id)
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'cluster.partnership.change',
      entity_type: 'cluster',
      entity_id: cluster.id,
      detail: { key, from: cluster.partnership_id, to: partnership.id, partnership: partnershipKey },
    });
    return { changed: true };
  });
}
