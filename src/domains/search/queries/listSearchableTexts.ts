import { streamSearchableServices } from '../../catalog/index.js';
import { listPublicClusterDefinitions } from '../../clusters/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { clusterDocuments, serviceDocuments } from '../commands/rebuildSearchIndex.js';
import { serviceTermsOf, type DocumentInput } from '../repository.js';

/**
 * The texts the index is built from, one per cluster or service and language, with the terms kept for
 * each: what any other search index would be given to be compared fairly with this one.
 */
export async function listSearchableTexts(db: Db | Tx): Promise<DocumentInput[]> {
  const clusters = await listPublicClusterDefinitions(db);
  const out = clusters.flatMap(clusterDocuments);
  const clustersOf = new Map<string, string[]>();
  for (const cluster of clusters) {
    for (const id of cluster.definition.stages.flatMap((stage) =>
      stage.steps.flatMap((step) => step.service_ids),
    )) {
      clustersOf.set(id, [...new Set([...(clustersOf.get(id) ?? []), cluster.key])]);
    }
  }
  const terms = await serviceTermsOf(db);
  for await (const batch of streamSearchableServices(db)) {
    out.push(...batch.flatMap((service) => serviceDocuments(service, terms, clustersOf)));
  }
  return out;
}
