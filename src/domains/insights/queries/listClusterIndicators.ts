import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';

export interface IndicatorView {
  key: string;
  name: LocalizedText;
  description: LocalizedText | null;
  unit: 'count' | 'percent' | 'days' | 'dollars';
  direction: 'increase' | 'decrease';
  baseline: { on: string; value: number };
  target: { on: string; value: number };
  values: { on: string; value: number; note: LocalizedText | null }[];
  /** How far the latest value has gone from the baseline towards the target (1 = reached); null with no value. */
  progress: number | null;
}

/** A cluster's own results indicators, each with its values in time order. */
export async function listClusterIndicators(db: Db | Tx, clusterKey: string): Promise<IndicatorView[]> {
  const indicators = await db
    .selectFrom('cluster_indicator')
    .selectAll()
    .where('cluster_key', '=', clusterKey)
    .orderBy('key')
    .execute();
  if (indicators.length === 0) return [];
  const values = await db
    .selectFrom('cluster_indicator_value')
    .select(['indicator_id', 'measured_on', 'value', 'note'])
    .where(
      'indicator_id',
      'in',
      indicators.map((indicator) => indicator.id),
    )
    .orderBy('measured_on')
    .execute();
  return indicators.map((indicator) => {
    const own = values
      .filter((value) => value.indicator_id === indicator.id)
      .map((value) => ({
        on: value.measured_on,
        value: Number(value.value),
        note: (value.note as LocalizedText | null) ?? null,
      }));
    const baseline = Number(indicator.baseline_value);
    const target = Number(indicator.target_value);
    const latest = own.at(-1);
    return {
      key: indicator.key,
      name: indicator.name as LocalizedText,
      description: (indicator.description as LocalizedText | null) ?? null,
      unit: indicator.unit,
      direction: indicator.direction,
      baseline: { on: indicator.baseline_on, value: baseline },
      target: { on: indicator.target_on, value: target },
      values: own,
      progress: latest && target !== baseline ? (latest.value - baseline) / (target - baseline) : null,
    };
  });
}
