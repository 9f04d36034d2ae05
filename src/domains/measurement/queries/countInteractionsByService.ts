import type { Db, Tx } from '../../../platform/db/index.js';

/** How many interactions each service had in [from, to), any channel and kind. */
export async function countInteractionsByService(
  db: Db | Tx,
  filter: { serviceIds: readonly string[]; from: Date; to: Date },
): Promise<Map<string, number>> {
  if (filter.serviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('interaction')
    .select(['service_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('service_id', 'in', [...filter.serviceIds])
    .where('occurred_at', '>=', filter.from)
    .where('occurred_at', '<', filter.to)
    .groupBy('service_id')
    .execute();
  return new Map(rows.map((row) => [row.service_id!, Number(row.n)]));
}
