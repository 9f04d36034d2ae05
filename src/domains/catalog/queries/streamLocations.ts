import type { Db, Tx } from '../../../platform/db/index.js';
import type { Location } from '../schemas.js';
import { loadLocations } from './load.js';

/**
 * Every location (including those awaiting translation, so an export re-imports losslessly), in batches
 * ordered by id. Keyset pagination keeps memory flat however large the catalog.
 */
export async function* streamLocations(
  db: Db | Tx,
  options: { batchSize?: number } = {},
): AsyncGenerator<Location[]> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let after: string | undefined;
  for (;;) {
    let query = db.selectFrom('location').select('id').orderBy('id').limit(batchSize);
    if (after !== undefined) query = query.where('id', '>', after);
    const ids = (await query.execute()).map((r) => r.id);
    if (ids.length === 0) return;
    yield await loadLocations(db, ids);
    if (ids.length < batchSize) return;
    after = ids.at(-1)!;
  }
}
