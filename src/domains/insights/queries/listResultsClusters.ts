import { listServiceDeliveryFacts, type ServiceDeliveryFacts } from '../../catalog/index.js';
import { listPublicClusterDefinitions, type PublishedCluster } from '../../clusters/index.js';
import { getClusterPartnership, type Partnership } from '../../partnerships/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { clusterResultsAccess, type ResultsAccess } from '../policy.js';

/** A public cluster as the results framework sees it: its services, partners and partnership. */
export interface ResultsCluster {
  cluster: PublishedCluster;
  serviceIds: string[];
  services: Map<string, ServiceDeliveryFacts>;
  /** The organisations delivering its services and the parties of its partnership. */
  organizationIds: string[];
  partnership: Partnership | undefined;
  access: ResultsAccess;
}

export const serviceIdsOf = (cluster: PublishedCluster): string[] => [
  ...new Set(cluster.definition.stages.flatMap((stage) => stage.steps.flatMap((step) => step.service_ids))),
];

/** The public clusters whose results the actor may read, with what they may read of each. */
export async function listResultsClusters(db: Db | Tx, actor: Actor): Promise<ResultsCluster[]> {
  const clusters = await listPublicClusterDefinitions(db);
  const services = await listServiceDeliveryFacts(db, clusters.flatMap(serviceIdsOf));
  const out: ResultsCluster[] = [];
  for (const cluster of clusters) {
    const serviceIds = serviceIdsOf(cluster);
    const partnership = await getClusterPartnership(db, cluster.key);
    const organizationIds = [
      ...new Set([
        ...serviceIds.flatMap((id) => services.get(id)?.organization_id ?? []),
        ...(partnership?.parties.map((party) => party.organization_id) ?? []),
      ]),
    ];
    const access = clusterResultsAccess(actor, {
      partnershipId: partnership?.id ?? null,
      organizationIds,
    });
    if (!access) continue;
    out.push({
      cluster,
      serviceIds,
      services: new Map(serviceIds.flatMap((id) => (services.has(id) ? [[id, services.get(id)!]] : []))),
      organizationIds,
      partnership,
      access,
    });
  }
  return out.sort((a, b) => a.cluster.key.localeCompare(b.cluster.key));
}
