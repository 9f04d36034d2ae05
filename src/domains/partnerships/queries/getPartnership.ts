import type { Db, Tx } from '../../../platform/db/index.js';
import { PartnershipNotFoundError } from '../errors.js';
import { findPartnership } from '../repository.js';
import type { Partnership } from '../types.js';

export async function getPartnership(db: Db | Tx, key: string): Promise<Partnership> {
  const partnership = await findPartnership(db, key);
  if (!partnership) throw new PartnershipNotFoundError(key);
  return partnership;
}
