/**
 * Who reads which results. Analysts and platform administrators read every cluster whole; a cluster
 * manager reads the clusters of the partnerships they manage; a partner's administrators and editors
 * read a cluster their organisation takes part in, limited to their own organisation's figures.
 */
import {
  hasRole,
  isPlatformAdmin,
  managedPartnerships,
  managesPartnership,
  organizationsWith,
  type Actor,
} from '../../platform/auth/index.js';

export type ResultsAccess = { kind: 'whole' } | { kind: 'partner'; organizationIds: string[] };

/** Opening the results dashboards at all. */
export function mayOpenResults(actor: Actor): boolean {
  return (
    isPlatformAdmin(actor) ||
    hasRole(actor, 'analyst') ||
    managedPartnerships(actor).length > 0 ||
    organizationsWith(actor, ['partner_admin', 'partner_editor']).length > 0
  );
}

/** What the actor may read of one cluster's results, or null when nothing. */
export function clusterResultsAccess(
  actor: Actor,
  cluster: { partnershipId: string | null; organizationIds: readonly string[] },
): ResultsAccess | null {
  if (isPlatformAdmin(actor) || hasRole(actor, 'analyst')) return { kind: 'whole' };
  if (cluster.partnershipId && managesPartnership(actor, cluster.partnershipId)) return { kind: 'whole' };
  const involved = new Set(cluster.organizationIds);
  const own = organizationsWith(actor, ['partner_admin', 'partner_editor']).filter((id) => involved.has(id));
  return own.length > 0 ? { kind: 'partner', organizationIds: own } : null;
}

/** Government-wide and department views: analysts and platform administrators. */
export function mayReadAllResults(actor: Actor): boolean {
  return isPlatformAdmin(actor) || hasRole(actor, 'analyst');
}
