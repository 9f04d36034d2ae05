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
  requireThat,
  type Actor,
} from '../../platform/auth/index.js';
import { mayManageCluster } from '../clusters/index.js';

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

/** A cluster as the indicator rules need it: the partnership that governs it. */
interface GovernedCluster {
  id: string;
  key: string;
  partnership_id: string | null;
}

/**
 * A cluster's own indicators are the partnership's commitments to itself: its cluster managers (and
 * platform administrators) define them and record their values. The rule is the clusters domain's own.
 */
export function mayWriteIndicators(actor: Actor, cluster: GovernedCluster): boolean {
  return mayManageCluster(actor, cluster);
}

/** Those who write them read them, and so do analysts, who read every cluster's results. */
export function mayReadIndicators(actor: Actor, cluster: GovernedCluster): boolean {
  return mayWriteIndicators(actor, cluster) || hasRole(actor, 'analyst');
}

export function requireIndicatorWriter(actor: Actor, cluster: GovernedCluster, action: string): void {
  requireThat(
    actor,
    mayWriteIndicators(actor, cluster),
    action,
    { entity_type: 'cluster', entity_id: cluster.id },
    'only the cluster manager of the cluster’s partnership, or a platform administrator',
  );
}

export function requireIndicatorReader(actor: Actor, cluster: GovernedCluster): void {
  requireThat(
    actor,
    mayReadIndicators(actor, cluster),
    'indicator.read',
    { entity_type: 'cluster', entity_id: cluster.id },
    'only the cluster’s managers, analysts and platform administrators',
  );
}
