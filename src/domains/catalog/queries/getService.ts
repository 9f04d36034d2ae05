import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Service } from '../schemas.js';
import { loadServices } from './load.js';

/** One service with every child, in the shape it was imported in. Throws NotFoundError for an unknown id. */
export async function getService(db: Db | Tx, id: string): Promise<Service> {
  const [service] = await loadServices(db, [id]);
  if (!service) throw new NotFoundError('service', id);
  return service;
}
