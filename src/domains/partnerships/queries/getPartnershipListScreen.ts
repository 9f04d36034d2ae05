import { loadOrganizations } from '../../catalog/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { Partnership } from '../types.js';
import { listPartnershipsVisibleTo } from './listPartnershipsVisibleTo.js';

/** The partnerships a person takes part in, with their parties' names. */
export interface PartnershipListScreen {
  partnerships: Partnership[];
  /** Each party's name, by organisation id. */
  partyNames: { id: string; name: LocalizedText }[];
}

/** The partnerships the actor takes part in (`listPartnershipsVisibleTo` decides), with their parties' names. */
export async function getPartnershipListScreen(db: Db | Tx, actor: Actor): Promise<PartnershipListScreen> {
  const partnerships = await listPartnershipsVisibleTo(db, actor);
  const parties = new Set(partnerships.flatMap((p) => p.parties.map((party) => party.organization_id)));
  const organizations = await loadOrganizations(db, [...parties]);
  return {
    partnerships,
    partyNames: organizations.map((organization) => ({ id: organization.id, name: organization.name })),
  };
}
