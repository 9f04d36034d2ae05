import type { Db, Tx } from '../../../platform/db/index.js';

/** How many public services each organisation offers (records awaiting translation are not counted). */
export async function countServicesByOrganization(db: Db | Tx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('service')
    .select(['organization_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('translation_pending', '=', false)
    .groupBy('organization_id')
    .execute();
  return new Map(rows.map((row) => [row.organization_id, Number(row.n)]));
}
