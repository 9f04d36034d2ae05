import { appendAudit } from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { parseInput, ValidationError, type FieldProblem } from '../../../platform/errors/index.js';
import { newId } from '../../../platform/ids/index.js';
import { canonicalJson } from '../../../platform/audit/index.js';
import { findIndicator, findIndicatorValues, type IndicatorRow } from '../repository.js';
import { INDICATOR_RULES, IndicatorInput, unitProblem, type Indicator } from '../schemas.js';
import { clusterKeyOf, clusterToWrite } from './indicatorCluster.js';

export interface DefinedIndicator {
  id: string;
  key: string;
  /** `unchanged` when the indicator already said exactly this: nothing was written. */
  outcome: 'created' | 'updated' | 'unchanged';
}

const FIELDS = [
  'name',
  'description',
  'unit',
  'direction',
  'baseline_value',
  'baseline_on',
  'target_value',
  'target_on',
] as const;

const definitionOf = (source: Indicator | IndicatorRow) =>
  Object.fromEntries(FIELDS.map((field) => [field, source[field] ?? null]));

/**
 * Creates a cluster's indicator, or redefines the one of the same key. The cluster manager of the
 * cluster's partnership (or a platform administrator) does it. A new baseline may not leave values
 * behind it, and a new unit must fit the values already recorded, so no figure silently changes meaning.
 */
export async function defineIndicator(
  db: Db | Tx,
  actor: Actor,
  input: IndicatorInput,
): Promise<DefinedIndicator> {
  return withTransaction(db, async (tx) => {
    const cluster = await clusterToWrite(tx, actor, clusterKeyOf(input), 'indicator.define');
    const indicator = parseInput(IndicatorInput, input, 'The indicator is not valid.');
    const existing = await findIndicator(tx, cluster.key, indicator.key, { lock: true });
    const after = definitionOf(indicator);
    if (existing && canonicalJson(definitionOf(existing)) === canonicalJson(after))
      return { id: existing.id, key: indicator.key, outcome: 'unchanged' };

    if (existing) {
      const values = await findIndicatorValues(tx, existing.id);
      const problems: FieldProblem[] = [];
      if (values.some((value) => value.measured_on < indicator.baseline_on))
        problems.push({ path: 'baseline_on', message: INDICATOR_RULES.valuesBeforeBaseline });
      if (values.some((value) => unitProblem(indicator.unit, value.value)))
        problems.push({ path: 'unit', message: INDICATOR_RULES.valuesOutOfRange });
      if (problems.length) throw new ValidationError('The indicator is not valid.', problems);
    }

    const columns = {
      name: JSON.stringify(indicator.name),
      description: indicator.description ? JSON.stringify(indicator.description) : null,
      unit: indicator.unit,
      direction: indicator.direction,
      baseline_value: indicator.baseline_value,
      baseline_on: indicator.baseline_on,
      target_value: indicator.target_value,
      target_on: indicator.target_on,
    };
    const id = existing?.id ?? newId();
    if (existing) {
      await tx
        .updateTable('cluster_indicator')
        .set({ ...columns, updated_at: new Date() })
        .where('id', '=', id)
        .execute();
    } else {
      await tx
        .insertInto('cluster_indicator')
        .values({ id, cluster_key: cluster.key, key: indicator.key, ...columns })
        .execute();
    }
    await appendAudit(tx, {
      actor: actor.id,
      action: existing ? 'indicator.update' : 'indicator.create',
      entity_type: 'cluster_indicator',
      entity_id: id,
      detail: {
        cluster: cluster.key,
        key: indicator.key,
        ...(existing ? { before: definitionOf(existing) } : {}),
        after,
      },
    });
    return { id, key: indicator.key, outcome: existing ? 'updated' : 'created' };
  });
}
