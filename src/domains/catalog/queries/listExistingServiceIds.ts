import type { Db, Tx } from '../../../platform/db/index.js';
import { chunks } from './chunks.js';

/** Which of these service ids the catalog holds. */
export async function listExistingServiceIds(db: Db | Tx, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const list of chunks([...new Set(ids)])) {
    const rows = await db.selectFrom('service').select('id').where('id', 'in', list).execute();
    for (const row of rows) out.add(row.id);
  }
  return out;
}
