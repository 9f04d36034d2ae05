import { appendAudit } from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { IndicatorNotFoundError } from '../errors.js';
import { findIndicator, findIndicatorValues } from '../repository.js';
import { IndicatorRef } from '../schemas.js';
import { clusterKeyOf, clusterToWrite } from './indicatorCluster.js';

/**
 * Removes an indicator and every value recorded for it. The audit entry keeps the definition and the
 * values, so what the partnership once measured can still be told.
 */
export async function removeIndicator(
  db: Db | Tx,
  actor: Actor,
  input: IndicatorRef,
): Promise<{ key: string; values: number }> {
  return withTransaction(db, async (tx) => {
    const cluster = await clusterToWrite(tx, actor, clusterKeyOf(input), 'indicator.remove');
    const given = parseInput(IndicatorRef, input, 'The indicator to remove is not named.');
    const indicator = await findIndicator(tx, cluster.key, given.key, { lock: true });
    if (!indicator) throw new IndicatorNotFoundError(cluster.key, given.key);
    const values = await findIndicatorValues(tx, indicator.id);
    // The values go with it (ON DELETE CASCADE).
    await tx.deleteFrom('cluster_indicator').where('id', '=', indicator.id).execute();
    const { id, cluster_key, ...definition } = indicator;
    await appendAudit(tx, {
      actor: actor.id,
      action: 'indicator.remove',
      entity_type: 'cluster_indicator',
      entity_id: id,
      detail: { cluster: cluster_key, ...definition, values },
    });
    return { key: indicator.key, values: values.length };
  });
}
