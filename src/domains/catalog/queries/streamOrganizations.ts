import type { Db, Tx } from '../../../platform/db/index.js';
import type { Organization } from '../schemas.js';
import { loadOrganizations } from './load.js';

/**
 * Every organization (including those awaiting translation, so an export re-imports losslessly), in
 * batches ordered by id. Keyset pagination keeps memory flat however large the catalog.
 */
export async function* streamOrganizations(
  db: Db | Tx,
  options: { batchSize?: number } = {},
): AsyncGenerator<Organization[]> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let after: string | undefined;
  for (;;) {
    let query = db.selectFrom('organization').select('id').orderBy('id').limit(batchSize);
    if (after !== undefined) query = query.where('id', '>', after);
    const ids = (await query.execute()).map((r) => r.id);
    if (ids.length === 0) return;
    yield await loadOrganizations(db, ids);
    if (ids.length < batchSize) return;
    after = ids.at(-1)!;
  }
}
