/**
 * Who is acting. Every domain command takes an Actor and decides, itself, whether that actor may act:
 * ownership is a rule of the domain, not of the screen that happens to call it.
 */
export const ROLES = [
  'platform_admin',
  'partner_admin',
  'partner_editor',
  'cluster_manager',
  'agent',
  'analyst',
] as const;

export type Role = (typeof ROLES)[number];

/** One role, scoped: partner roles to an organisation, the cluster manager to a partnership. */
export interface RoleGrant {
  role: Role;
  organizationId?: string | null;
  partnershipId?: string | null;
}

export interface Actor {
  /** A user's id, `system:<what>` for the seed, the CLI and scheduled work, or `public`. */
  id: string;
  /** `public`: somebody using a public screen without signing in. */
  kind: 'user' | 'system' | 'public';
  name: string;
  grants: RoleGrant[];
}

/** The actor for work nobody signed in to do (demo seed, CLI, jobs): a platform administrator by design. */
export function systemActor(what: string): Actor {
  return { id: `system:${what}`, kind: 'system', name: what, grants: [{ role: 'platform_admin' }] };
}

/**
 * Whoever uses a public screen (search, a cluster page) without signing in: no name, no role, so every
 * rule that asks for one refuses it. Nothing tells one member of the public from another.
 */
export function publicActor(): Actor {
  return { id: 'public', kind: 'public', name: 'public', grants: [] };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((grant) => grant.role === role);
}

export function isPlatformAdmin(actor: Actor): boolean {
  return hasRole(actor, 'platform_admin');
}

/** Organisations for which the actor holds one of these roles. */
export function organizationsWith(actor: Actor, roles: readonly Role[]): string[] {
  return actor.grants
    .filter((grant) => roles.includes(grant.role) && grant.organizationId)
    .map((grant) => grant.organizationId!);
}

/** True when the actor may act for this organisation in one of these roles; a platform admin always may. */
export function actsFor(
  actor: Actor,
  organizationId: string,
  roles: readonly Role[] = ['partner_admin', 'partner_editor'],
): boolean {
  return isPlatformAdmin(actor) || organizationsWith(actor, roles).includes(organizationId);
}

/** Partnerships this actor manages as cluster manager. */
export function managedPartnerships(actor: Actor): string[] {
  return actor.grants
    .filter((grant) => grant.role === 'cluster_manager' && grant.partnershipId)
    .map((grant) => grant.partnershipId!);
}

/** True when the actor manages this partnership; a platform admin always does. */
export function managesPartnership(actor: Actor, partnershipId: string | null | undefined): boolean {
  if (isPlatformAdmin(actor)) return true;
  return partnershipId != null && managedPartnerships(actor).includes(partnershipId);
}
