/**
 * Who may do what to a cluster. The cluster manager of the cluster's partnership (or a platform
 * administrator) edits, asks for approval, publishes and moves the lifecycle; approvals and the
 * production sign-off belong to the partners themselves, so only their partner administrators give them.
 */
import {
  isPlatformAdmin,
  managesPartnership,
  organizationsWith,
  requireThat,
  type Actor,
} from '../../platform/auth/index.js';

interface ClusterRef {
  id: string;
  key: string;
  partnership_id: string | null;
}

export function mayManageCluster(actor: Actor, cluster: { partnership_id: string | null }): boolean {
  return isPlatformAdmin(actor) || managesPartnership(actor, cluster.partnership_id);
}

export function requireClusterManager(actor: Actor, cluster: ClusterRef, action: string): void {
  requireThat(
    actor,
    mayManageCluster(actor, cluster),
    action,
    { entity_type: 'cluster', entity_id: cluster.id },
    'only the cluster manager of the cluster’s partnership, or a platform administrator',
  );
}

/** Organisations for which the actor speaks as partner administrator (platform admins do not count). */
export function adminOrganizations(actor: Actor): string[] {
  return organizationsWith(actor, ['partner_admin']);
}

export function requirePartnerAdmin(
  actor: Actor,
  organizationId: string,
  cluster: ClusterRef,
  action: string,
  reason: string,
): void {
  requireThat(
    actor,
    actor.kind === 'user' && adminOrganizations(actor).includes(organizationId),
    action,
    { entity_type: 'cluster', entity_id: cluster.id, organization_id: organizationId },
    reason,
  );
}
