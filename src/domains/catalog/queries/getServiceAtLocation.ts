import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { ServiceAtLocationDetail } from '../types.js';
import { loadServiceAtLocations } from './listServiceAtLocations.js';

/** A service at one location, with the whole service and the whole location. */
export async function getServiceAtLocation(db: Db | Tx, id: string): Promise<ServiceAtLocationDetail> {
  const [found] = await loadServiceAtLocations(db, [id]);
  if (!found) throw new NotFoundError('service_at_location', id);
  return found;
}
