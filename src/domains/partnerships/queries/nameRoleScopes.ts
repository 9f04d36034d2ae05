import { loadOrganizations } from '../../catalog/index.js';
import type { RoleGrant } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { listPartnerships } from './listPartnerships.js';

/** An organisation or a partnership a role is scoped to, with its name. */
export interface NamedScope {
  id: string;
  name: LocalizedText;
}

/**
 * The names of what roles are scoped to: an organisation for partner roles, a partnership for a
 * cluster manager. Ids that name nothing are left out; the caller shows the id instead.
 */
export async function nameRoleScopes(db: Db | Tx, grants: readonly RoleGrant[]): Promise<NamedScope[]> {
  const organizationIds = new Set(grants.flatMap((grant) => grant.organizationId ?? []));
  const partnershipIds = new Set(grants.flatMap((grant) => grant.partnershipId ?? []));
  const [organizations, partnerships] = await Promise.all([
    organizationIds.size ? loadOrganizations(db, [...organizationIds]) : [],
    listPartnerships(db, { ids: [...partnershipIds] }),
  ]);
  return [...organizations, ...partnerships].map(({ id, name }) => ({ id, name }));
}
