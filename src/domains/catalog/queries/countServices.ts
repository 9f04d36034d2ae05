import type { Db, Tx } from '../../../platform/db/index.js';

/** How many services the catalog holds, those awaiting translation included. */
export async function countServices(db: Db | Tx): Promise<number> {
  const row = await db
    .selectFrom('service')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
