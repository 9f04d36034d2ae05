import { listOrganizations } from '../../catalog/index.js';
import { getManagedAccounts, type Actor, type ManagedAccounts } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { nameRoleScopes, type NamedScope } from './nameRoleScopes.js';

/** The most organisations the grant form offers to choose from. */
export const GRANT_FORM_ORGANIZATIONS = 500;

export interface NamedOrganization {
  id: string;
  name: LocalizedText;
}

/** The people screen: accounts and their roles, what the person may change, and the organisations named. */
export interface PeopleScreen extends ManagedAccounts {
  /** The organisations the person may give roles for, by English name: every one or their own. */
  organizations: NamedOrganization[];
  /** The organisations and partnerships the shown roles are scoped to (a cluster manager's is a partnership). */
  scopes: NamedScope[];
}

const named = (organization: NamedOrganization): NamedOrganization => ({
  id: organization.id,
  name: organization.name,
});

/**
 * The accounts a platform or partner administrator may see (platform/auth decides, and refuses anyone
 * else), with the organisations the grant form offers and the names of the organisations and
 * partnerships the roles are scoped to.
 */
export async function getPeopleScreen(db: Db | Tx, actor: Actor): Promise<PeopleScreen> {
  const managed = await getManagedAccounts(db, actor);
  const grantable = managed.grantable_organizations;
  const [offered, scopes] = await Promise.all([
    listOrganizations(db, { page: 1, perPage: GRANT_FORM_ORGANIZATIONS }),
    nameRoleScopes(
      db,
      managed.accounts.flatMap((account) => account.grants),
    ),
  ]);
  return {
    ...managed,
    organizations: offered.items
      .filter((organization) => grantable === 'any' || grantable.includes(organization.id))
      .map(named),
    scopes,
  };
}
