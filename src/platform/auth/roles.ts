import { sql } from 'kysely';
import { appendAudit } from '../audit/index.js';
import { withTransaction, type Db, type Tx } from '../db/index.js';
import { newId } from '../ids/index.js';
import { isPlatformAdmin, organizationsWith, ROLES, type Actor, type Role, type RoleGrant } from './actor.js';
import { RoleGrantProblemsError, type GrantProblem } from './errors.js';
import { requireThat } from './policy.js';

/** Roles a partner administrator may hand out, within their own organisation. */
const PARTNER_GRANTABLE: readonly Role[] = ['partner_admin', 'partner_editor'];

/**
 * Whether `by` may give or take away this role. A platform administrator may do anything; a partner
 * administrator manages the administrators and editors of their own organisation, nothing else.
 */
export function mayManageRole(by: Actor, grant: RoleGrant): boolean {
  if (isPlatformAdmin(by)) return true;
  return (
    PARTNER_GRANTABLE.includes(grant.role) &&
    !!grant.organizationId &&
    organizationsWith(by, ['partner_admin']).includes(grant.organizationId)
  );
}

function checkScope(grant: RoleGrant): void {
  const needsOrganization = grant.role === 'partner_admin' || grant.role === 'partner_editor';
  const needsPartnership = grant.role === 'cluster_manager';
  const organizationFits = needsOrganization
    ? !!grant.organizationId
    : grant.role === 'agent' || !grant.organizationId;
  const partnershipFits = needsPartnership ? !!grant.partnershipId : !grant.partnershipId;
  const problems: GrantProblem[] = [];
  if (!organizationFits) problems.push({ field: 'organization_id', code: 'organization_id' });
  if (!partnershipFits) problems.push({ field: 'partnership_id', code: 'partnership_id' });
  if (problems.length) throw new RoleGrantProblemsError(problems);
}

/** Gives an account a role (idempotent) and writes it to the audit log. */
export async function grantRole(db: Db | Tx, by: Actor, userId: string, grant: RoleGrant): Promise<void> {
  checkScope(grant);
  requireThat(
    by,
    mayManageRole(by, grant),
    'user.grant_role',
    { entity_type: 'user', entity_id: userId, organization_id: grant.organizationId ?? null },
    'only platform administrators, or partner administrators for their own organisation',
  );
  await withTransaction(db, async (tx) => {
    const inserted = await tx
      .insertInto('role_grant')
      .values({
        id: newId(),
        user_id: userId,
        role: grant.role,
        organization_id: grant.organizationId ?? null,
        partnership_id: grant.partnershipId ?? null,
        granted_by: by.id,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return;
    await appendAudit(tx, {
      actor: by.id,
      action: 'user.grant_role',
      entity_type: 'user',
      entity_id: userId,
      organization_id: grant.organizationId ?? null,
      detail: { role: grant.role, partnership_id: grant.partnershipId ?? null },
    });
  });
}

/** The longest email address an account may have (RFC 5321's path limit); forms reuse it. */
export const EMAIL_MAX_LENGTH = 254;

export interface GrantByEmailInput {
  email: string;
  /** Checked here: a form sends any text. */
  role: string;
  /** The organisation or partnership the role is for, by id; which one a role takes is checked here. */
  scope: { organizationId?: string | null; partnershipId?: string | null };
}

/** The scope column a refused foreign key names, from the database's error (PostgreSQL and PGlite alike). */
function missingScope(error: unknown): GrantProblem | undefined {
  if (!error || typeof error !== 'object' || !('code' in error) || error.code !== '23503') return undefined;
  const text = ['constraint', 'detail', 'message']
    .map((key) => (key in error ? String((error as Record<string, unknown>)[key]) : ''))
    .join(' ');
  if (text.includes('partnership')) return { field: 'partnership_id', code: 'unknown_partnership' };
  if (text.includes('organization')) return { field: 'organization_id', code: 'unknown_organization' };
  return undefined;
}

/**
 * Gives a role to the account that signs in with this email address, as a person does from the back
 * office. The account must exist (a person signs in once first), the role must be one of Stitch's, its
 * scope must fit it and name an organisation or partnership that exists: each refusal is a
 * RoleGrantProblemsError naming the field. Who may give which role is grantRole's rule.
 * It opens its own transaction: a refused reference ends a PostgreSQL transaction.
 */
export async function grantRoleByEmail(
  db: Db,
  by: Actor,
  input: GrantByEmailInput,
): Promise<{ userId: string }> {
  const email = input.email.trim();
  const problems: GrantProblem[] = [];
  const account = email && email.length <= EMAIL_MAX_LENGTH ? await findAccountByEmail(db, email) : undefined;
  if (!account) problems.push({ field: 'email', code: email ? 'no_account' : 'email_required' });
  const role = ROLES.find((known) => known === input.role);
  if (!role) problems.push({ field: 'role', code: 'role' });
  if (!account || !role) throw new RoleGrantProblemsError(problems);
  try {
    await grantRole(db, by, account.id, {
      role,
      organizationId: input.scope.organizationId || null,
      partnershipId: input.scope.partnershipId || null,
    });
  } catch (error) {
    const missing = missingScope(error);
    if (missing) throw new RoleGrantProblemsError([missing]);
    throw error;
  }
  return { userId: account.id };
}

/** Takes a role away. The account's open sessions see the change on their next request. */
export async function revokeRole(db: Db | Tx, by: Actor, grantId: string): Promise<void> {
  await withTransaction(db, async (tx) => {
    const row = await tx.selectFrom('role_grant').selectAll().where('id', '=', grantId).executeTakeFirst();
    if (!row) return;
    const grant: RoleGrant = {
      role: row.role as Role,
      organizationId: row.organization_id,
      partnershipId: row.partnership_id,
    };
    requireThat(
      by,
      mayManageRole(by, grant),
      'user.revoke_role',
      { entity_type: 'user', entity_id: row.user_id, organization_id: row.organization_id },
      'only platform administrators, or partner administrators for their own organisation',
    );
    requireThat(
      by,
      !(row.user_id === by.id && row.role === 'platform_admin'),
      'user.revoke_role',
      { entity_type: 'user', entity_id: row.user_id },
      'a platform administrator cannot remove their own administrator role',
    );
    await tx.deleteFrom('role_grant').where('id', '=', grantId).execute();
    await appendAudit(tx, {
      actor: by.id,
      action: 'user.revoke_role',
      entity_type: 'user',
      entity_id: row.user_id,
      organization_id: row.organization_id,
      detail: { role: row.role, partnership_id: row.partnership_id },
    });
  });
}

/** Turns an account off (or on again); turning it off ends its sessions at once. Platform admins only. */
export async function setAccountDisabled(db: Db | Tx, by: Actor, userId: string, disabled: boolean) {
  requireThat(
    by,
    isPlatformAdmin(by) && by.id !== userId,
    disabled ? 'user.disable' : 'user.enable',
    { entity_type: 'user', entity_id: userId },
    'only a platform administrator, and not for their own account',
  );
  await withTransaction(db, async (tx) => {
    await tx.updateTable('user_account').set({ disabled }).where('id', '=', userId).execute();
    if (disabled) await tx.deleteFrom('web_session').where('user_id', '=', userId).execute();
    await appendAudit(tx, {
      actor: by.id,
      action: disabled ? 'user.disable' : 'user.enable',
      entity_type: 'user',
      entity_id: userId,
    });
  });
}

export interface AccountSummary {
  id: string;
  name: string;
  email: string | null;
  disabled: boolean;
  last_sign_in_at: Date | null;
  grants: (RoleGrant & { id: string })[];
}

/**
 * Accounts `by` may see: every account for a platform administrator; for a partner administrator, the
 * accounts holding a role in their organisations.
 */
export async function listAccounts(db: Db | Tx, by: Actor): Promise<AccountSummary[]> {
  const admin = isPlatformAdmin(by);
  const organizations = organizationsWith(by, ['partner_admin']);
  requireThat(
    by,
    admin || organizations.length > 0,
    'user.list',
    { entity_type: 'user' },
    'only platform and partner administrators',
  );
  let query = db
    .selectFrom('user_account')
    .select(['id', 'name', 'email', 'disabled', 'last_sign_in_at'])
    .orderBy('name')
    .orderBy('id');
  if (!admin) {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('role_grant').select('user_id').where('organization_id', 'in', organizations),
    );
  }
  const users = await query.limit(1000).execute();
  if (!users.length) return [];
  const grants = await db
    .selectFrom('role_grant')
    .select(['id', 'user_id', 'role', 'organization_id', 'partnership_id'])
    .where(
      'user_id',
      'in',
      users.map((user) => user.id),
    )
    .orderBy('role')
    .execute();
  return users.map((user) => ({
    ...user,
    last_sign_in_at: user.last_sign_in_at ? new Date(user.last_sign_in_at) : null,
    grants: grants
      .filter((grant) => grant.user_id === user.id)
      .filter((grant) => admin || !grant.organization_id || organizations.includes(grant.organization_id))
      .map((grant) => ({
        id: grant.id,
        role: grant.role as Role,
        organizationId: grant.organization_id,
        partnershipId: grant.partnership_id,
      })),
  }));
}

/** The account with this email address, if exactly one has it (addresses are compared without case). */
export async function findAccountByEmail(
  db: Db | Tx,
  email: string,
): Promise<{ id: string; name: string } | undefined> {
  const rows = await db
    .selectFrom('user_account')
    .select(['id', 'name'])
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .limit(2)
    .execute();
  return rows.length === 1 ? rows[0] : undefined;
}

/** The accounts a person may see, and what they may give and change: the people screen's platform half. */
export interface ManagedAccounts {
  accounts: (AccountSummary & { may_turn_off: boolean })[];
  /** A platform administrator manages every account and role; a partner administrator their organisations'. */
  manages_everyone: boolean;
  grantable_roles: readonly Role[];
  /** The organisations the person may give roles for: every one, or these. */
  grantable_organizations: 'any' | string[];
}

export async function getManagedAccounts(db: Db | Tx, by: Actor): Promise<ManagedAccounts> {
  const accounts = await listAccounts(db, by);
  const admin = isPlatformAdmin(by);
  return {
    accounts: accounts.map((account) => ({ ...account, may_turn_off: admin && account.id !== by.id })),
    manages_everyone: admin,
    grantable_roles: admin ? ROLES : PARTNER_GRANTABLE,
    grantable_organizations: admin ? 'any' : organizationsWith(by, ['partner_admin']),
  };
}
