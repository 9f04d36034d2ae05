import { appendAudit } from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { IndicatorNotFoundError, IndicatorValueNotFoundError } from '../errors.js';
import { findIndicator } from '../repository.js';
import { IndicatorValueRef } from '../schemas.js';
import { clusterKeyOf, clusterToWrite } from './indicatorCluster.js';

/** Removes the value an indicator had on one day (one recorded by mistake); the audit log keeps it. */
export async function removeIndicatorValue(
  db: Db | Tx,
  actor: Actor,
  input: IndicatorValueRef,
): Promise<{ measured_on: string; value: number }> {
  return withTransaction(db, async (tx) => {
    const cluster = await clusterToWrite(tx, actor, clusterKeyOf(input), 'indicator.value.remove');
    const given = parseInput(IndicatorValueRef, input, 'The value to remove is not named.');
    const indicator = await findIndicator(tx, cluster.key, given.key, { lock: true });
    if (!indicator) throw new IndicatorNotFoundError(cluster.key, given.key);
    const removed = await tx
      .deleteFrom('cluster_indicator_value')
      .where('indicator_id', '=', indicator.id)
      .where('measured_on', '=', given.measured_on)
      .returning(['value', 'note'])
      .executeTakeFirst();
    if (!removed) throw new IndicatorValueNotFoundError(cluster.key, given.key, given.measured_on);
    const value = Number(removed.value);
    await appendAudit(tx, {
      actor: actor.id,
      action: 'indicator.value.remove',
      entity_type: 'cluster_indicator',
      entity_id: indicator.id,
      detail: {
        cluster: cluster.key,
        key: indicator.key,
        measured_on: given.measured_on,
        value,
        note: removed.note ?? null,
      },
    });
    return { measured_on: given.measured_on, value };
  });
}
