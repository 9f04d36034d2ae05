import { loadOrganizations, loadServices } from '../../catalog/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { ClusterChange } from '../governance/diff.js';
import type { Actor } from '../types.js';
import { diffClusterVersions } from './diffClusterVersions.js';
import { getClusterGovernance } from './getClusterGovernance.js';

/** The readable changes between two versions of a cluster, with the names of what they mention. */
export interface ClusterChangesScreen {
  cluster: { key: string; title: LocalizedText };
  changes: ClusterChange[];
  /** The organisations a change of lead or of a step's responsible partner names, by id. */
  organizations: { id: string; name: LocalizedText }[];
  /** The services added to or removed from a step, by id. */
  services: { id: string; name: LocalizedText }[];
}

/**
 * The changes from one published version to another, or to the working draft, for someone who may see
 * the cluster's governance (`getClusterGovernance` decides, and answers "not found" for an unknown key).
 */
export async function getClusterChangesScreen(
  db: Db | Tx,
  actor: Actor,
  input: { key: string; from: number; to: number | 'draft' },
): Promise<ClusterChangesScreen> {
  const { cluster } = await getClusterGovernance(db, actor, input.key);
  const changes = await diffClusterVersions(db, input.key, input.from, input.to);
  const organizationIds = new Set<string>();
  const serviceIds = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'lead_changed' || change.kind === 'step_responsible_changed')
      for (const id of [change.from, change.to]) if (id) organizationIds.add(id);
    if (change.kind === 'step_services_changed')
      for (const id of [...change.added, ...change.removed]) serviceIds.add(id);
  }
  const [organizations, services] = await Promise.all([
    loadOrganizations(db, [...organizationIds]),
    loadServices(db, [...serviceIds]),
  ]);
  return {
    cluster: { key: cluster.key, title: cluster.title },
    changes,
    organizations: organizations.map((organization) => ({ id: organization.id, name: organization.name })),
    services: services.map((service) => ({ id: service.id, name: service.name })),
  };
}
