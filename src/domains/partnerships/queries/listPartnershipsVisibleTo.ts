import {
  isPlatformAdmin,
  managedPartnerships,
  organizationsWith,
  type Actor,
} from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Partnership } from '../types.js';
import { listPartnerships } from './listPartnerships.js';

/**
 * The partnerships an actor takes part in: every one for a platform administrator; those they manage
 * for a cluster manager; those where their organisation is a party for a partner administrator.
 */
export async function listPartnershipsVisibleTo(db: Db | Tx, actor: Actor): Promise<Partnership[]> {
  if (isPlatformAdmin(actor)) return listPartnerships(db);
  return listPartnerships(db, {
    ids: managedPartnerships(actor),
    organizationIds: organizationsWith(actor, ['partner_admin']),
  });
}
