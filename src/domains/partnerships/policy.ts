/**
 * Who may do what with a partnership, and who may read the audit trail that holds partners to account.
 * Commands and queries enforce these; channels use them to decide what to show.
 */
import {
  hasRole,
  isPlatformAdmin,
  managedPartnerships,
  managesPartnership,
  organizationsWith,
  requireThat,
  type Actor,
} from '../../platform/auth/index.js';
import type { Partnership } from './types.js';

/** Creating a partnership and drafting its agreements: a platform administrator or its cluster manager. */
export function mayManagePartnership(actor: Actor, partnershipId: string): boolean {
  return managesPartnership(actor, partnershipId);
}

/** Organisations of the partnership for which the actor may sign: those where they are partner admin. */
export function partiesActorSignsFor(actor: Actor, partnership: Partnership): string[] {
  const own = new Set(organizationsWith(actor, ['partner_admin']));
  return partnership.parties.map((p) => p.organization_id).filter((id) => own.has(id));
}

/** Seeing a partnership and its agreements: its managers and the administrators of its parties. */
export function mayViewPartnership(actor: Actor, partnership: Partnership): boolean {
  return managesPartnership(actor, partnership.id) || partiesActorSignsFor(actor, partnership).length > 0;
}

/** Refuses, and logs as `partnership.view`, anyone who may not see the partnership. */
export function requirePartnershipViewer(actor: Actor, partnership: Partnership): void {
  requireThat(
    actor,
    mayViewPartnership(actor, partnership),
    'partnership.view',
    { entity_type: 'partnership', entity_id: partnership.id },
    'neither a manager of this partnership nor an administrator of one of its parties',
  );
}

/** The cost-sharing report: platform administrators, analysts (measures are theirs to read), its managers. */
export function mayReadCostSharing(actor: Actor, partnershipId: string): boolean {
  return isPlatformAdmin(actor) || hasRole(actor, 'analyst') || managesPartnership(actor, partnershipId);
}

/** Opening the cost-sharing reports at all: platform administrators, analysts and cluster managers. */
export function mayOpenCostSharing(actor: Actor): boolean {
  return isPlatformAdmin(actor) || hasRole(actor, 'analyst') || managedPartnerships(actor).length > 0;
}

/** The audit trail is read by platform administrators only. */
export const mayReadAuditTrail = (actor: Actor): boolean => isPlatformAdmin(actor);

export function requireAuditor(actor: Actor): void {
  requireThat(
    actor,
    mayReadAuditTrail(actor),
    'audit.view',
    { entity_type: 'audit_log' },
    'platform administrators only',
  );
}
