import { appendAudit } from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { parseInput, ValidationError, type FieldProblem } from '../../../platform/errors/index.js';
import { IndicatorNotFoundError } from '../errors.js';
import { findIndicator } from '../repository.js';
import { INDICATOR_RULES, IndicatorValueInput, unitProblem } from '../schemas.js';
import { clusterKeyOf, clusterToWrite } from './indicatorCluster.js';

export interface RecordedValue {
  indicator_id: string;
  measured_on: string;
  /** `replaced` when that day had another value; `unchanged` when it had this one: nothing was written. */
  outcome: 'recorded' | 'replaced' | 'unchanged';
}

const sameNote = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Records an indicator's value on one day; a second value for the same day replaces the first (a
 * correction), and the audit log keeps both. A value is measured between the indicator's baseline day
 * and today, and fits the indicator's unit. `today` is for tests; it defaults to the current UTC day.
 */
export async function recordIndicatorValue(
  db: Db | Tx,
  actor: Actor,
  input: IndicatorValueInput,
  options: { today?: string } = {},
): Promise<RecordedValue> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return withTransaction(db, async (tx) => {
    const cluster = await clusterToWrite(tx, actor, clusterKeyOf(input), 'indicator.value.record');
    const given = parseInput(IndicatorValueInput, input, 'The value is not valid.');
    const indicator = await findIndicator(tx, cluster.key, given.key, { lock: true });
    if (!indicator) throw new IndicatorNotFoundError(cluster.key, given.key);

    const problems: FieldProblem[] = [];
    if (given.measured_on < indicator.baseline_on)
      problems.push({ path: 'measured_on', message: INDICATOR_RULES.beforeBaseline });
    else if (given.measured_on > today)
      problems.push({ path: 'measured_on', message: INDICATOR_RULES.inTheFuture });
    const unit = unitProblem(indicator.unit, given.value);
    if (unit) problems.push({ path: 'value', message: unit });
    if (problems.length) throw new ValidationError('The value is not valid.', problems);

    const previous = await tx
      .selectFrom('cluster_indicator_value')
      .select(['value', 'note'])
      .where('indicator_id', '=', indicator.id)
      .where('measured_on', '=', given.measured_on)
      .executeTakeFirst();
    const note = given.note ?? null;
    if (previous && Number(previous.value) === given.value && sameNote(previous.note, note))
      return { indicator_id: indicator.id, measured_on: given.measured_on, outcome: 'unchanged' };

    const row = {
      value: given.value,
      note: note ? JSON.stringify(note) : null,
      recorded_by: actor.id,
      recorded_at: new Date(),
    };
    await tx
      .insertInto('cluster_indicator_value')
      .values({ indicator_id: indicator.id, measured_on: given.measured_on, ...row })
      .onConflict((conflict) => conflict.columns(['indicator_id', 'measured_on']).doUpdateSet(row))
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'indicator.value.record',
      entity_type: 'cluster_indicator',
      entity_id: indicator.id,
      detail: {
        cluster: cluster.key,
        key: indicator.key,
        measured_on: given.measured_on,
        value: given.value,
        note,
        ...(previous ? { replaced: { value: Number(previous.value), note: previous.note ?? null } } : {}),
      },
    });
    return {
      indicator_id: indicator.id,
      measured_on: given.measured_on,
      outcome: previous ? 'replaced' : 'recorded',
    };
  });
}
