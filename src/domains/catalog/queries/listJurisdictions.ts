import type { Db, Tx } from '../../../platform/db/index.js';
import type { Jurisdiction } from '../types.js';
import { asJurisdiction, JURISDICTION_COLUMNS } from './plain.js';

/** Every jurisdiction, ordered by code (`ca`, `ca-on`, `ca-on-ottawa`): there are few. */
export async function listJurisdictions(
  db: Db | Tx,
  filter: { level?: Jurisdiction['level'] } = {},
): Promise<Jurisdiction[]> {
  let query = db.selectFrom('jurisdiction').select(JURISDICTION_COLUMNS).orderBy('code');
  if (filter.level) query = query.where('level', '=', filter.level);
  return (await query.execute()).map(asJurisdiction);
}
