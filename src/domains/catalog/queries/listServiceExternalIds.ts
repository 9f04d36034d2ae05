import type { Db, Tx } from '../../../platform/db/index.js';
import { chunks } from './chunks.js';

/** Which of these external ids (a source's own keys) name a service the catalog holds from that source. */
export async function listServiceExternalIds(
  db: Db | Tx,
  source: string,
  externalIds: readonly string[],
): Promise<Set<string>> {
  const out = new Set<string>();
  for (const list of chunks([...new Set(externalIds)])) {
    const rows = await db
      .selectFrom('service')
      .select('external_id')
      .where('source', '=', source)
      .where('external_id', 'in', list)
      .execute();
    for (const row of rows) if (row.external_id) out.add(row.external_id);
  }
  return out;
}
