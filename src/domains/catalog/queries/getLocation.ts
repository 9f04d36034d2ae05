import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Location } from '../schemas.js';
import { loadLocations } from './load.js';

/** One location with its addresses, phones, hours, languages, accessibility and contacts. */
export async function getLocation(db: Db | Tx, id: string): Promise<Location> {
  const [location] = await loadLocations(db, [id]);
  if (!location) throw new NotFoundError('location', id);
  return location;
}
