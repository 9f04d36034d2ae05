import type { Db, Tx } from '../../../platform/db/index.js';
import { TRANSACTION_KINDS } from '../schemas.js';

/**
 * How many transactions each service had in [from, to), any channel: each counted once, by the
 * interaction that ends it (TRANSACTION_KINDS). Views, searches, starts and abandons are not counted.
 */
export async function countTransactionsByService(
  db: Db | Tx,
  filter: { serviceIds: readonly string[]; from: Date; to: Date },
): Promise<Map<string, number>> {
  if (filter.serviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('interaction')
    .select(['service_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('service_id', 'in', [...filter.serviceIds])
    .where('kind', 'in', [...TRANSACTION_KINDS])
    .where('occurred_at', '>=', filter.from)
    .where('occurred_at', '<', filter.to)
    .groupBy('service_id')
    .execute();
  return new Map(rows.map((row) => [row.service_id!, Number(row.n)]));
}
