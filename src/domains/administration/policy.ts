/** Who may read what the back office administers. Queries enforce these; channels use them for menus. */
import { isPlatformAdmin, requireThat, type Actor } from '../../platform/auth/index.js';

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
