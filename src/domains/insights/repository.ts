/** Queries on insights' own tables, cluster_indicator and cluster_indicator_value, and nothing else. */
import type { Db, Tx } from '../../platform/db/index.js';
import type { LocalizedText } from '../../platform/i18n/index.js';
import type { IndicatorDirection, IndicatorUnit } from './schemas.js';

type Conn = Db | Tx;

export interface IndicatorRow {
  id: string;
  cluster_key: string;
  key: string;
  name: LocalizedText;
  description: LocalizedText | null;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baseline_value: number;
  baseline_on: string;
  target_value: number;
  target_on: string;
}

/** jsonb and numeric come back as the driver gives them: text as objects, numbers as strings. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** One indicator of a cluster; `lock` holds its row until the transaction ends. */
export async function findIndicator(
  db: Conn,
  cluster: string,
  key: string,
  options: { lock?: boolean } = {},
): Promise<IndicatorRow | undefined> {
  let query = db
    .selectFrom('cluster_indicator')
    .select([
      'id',
      'cluster_key',
      'key',
      'name',
      'description',
      'unit',
      'direction',
      'baseline_value',
      'baseline_on',
      'target_value',
      'target_on',
    ])
    .where('cluster_key', '=', cluster)
    .where('key', '=', key);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    name: json<LocalizedText>(row.name),
    description: row.description === null ? null : json<LocalizedText>(row.description),
    baseline_value: Number(row.baseline_value),
    target_value: Number(row.target_value),
  };
}

export interface IndicatorValueRow {
  measured_on: string;
  value: number;
  note: LocalizedText | null;
}

/** An indicator's values, oldest first. */
export async function findIndicatorValues(db: Conn, indicatorId: string): Promise<IndicatorValueRow[]> {
  const rows = await db
    .selectFrom('cluster_indicator_value')
    .select(['measured_on', 'value', 'note'])
    .where('indicator_id', '=', indicatorId)
    .orderBy('measured_on')
    .execute();
  return rows.map((row) => ({
    measured_on: row.measured_on,
    value: Number(row.value),
    note: row.note === null ? null : json<LocalizedText>(row.note),
  }));
}
