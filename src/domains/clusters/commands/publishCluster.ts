import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ClusterLifecycleError, ClusterNotFoundError } from '../errors.js';
import { findClusterRow, nextVersion, readDefinition } from '../repository.js';
import type { Actor } from '../types.js';

export interface PublishedVersion {
  key: string;
  version: number;
}

/**
 * Freezes the working draft as the next version and makes it the one channels show. The slugs of the
 * new version become the cluster's URLs; the services it uses are indexed for "part of" links.
 */
export async function publishCluster(
  db: Db | Tx,
  actor: Actor,
  key: string,
  options: { note?: string } = {},
): Promise<PublishedVersion> {
  return withTransaction(db, async (tx) => {
    const cluster = await findClusterRow(tx, key);
    if (!cluster) throw new ClusterNotFoundError(key);
    if (cluster.draft === null) {
      throw new ClusterLifecycleError(`Cluster ${key} has no unpublished draft.`, { key });
    }
    const definition = readDefinition(cluster.draft);
    const version = await nextVersion(tx, cluster.id);
    await tx
      .insertInto('cluster_version')
      .values({
        cluster_id: cluster.id,
        version,
        definition: JSON.stringify(definition),
        published_by: actor.id,
        note: options.note ?? null,
      })
      .execute();
    await tx
      .updateTable('cluster')
      .set({
        published_version: version,
        draft: null,
        slug_en: definition.slug.en,
        slug_fr: definition.slug.fr,
        updated_at: new Date(),
      })
      .where('id', '=', cluster.id)
      .execute();
    await tx.deleteFrom('cluster_service').where('cluster_id', '=', cluster.id).execute();
    const uses = definition.stages.flatMap((stage) =>
      stage.steps.flatMap((step) =>
        [...new Set(step.service_ids)].map((service_id) => ({
          cluster_id: cluster.id,
          service_id,
          step_key: step.key,
        })),
      ),
    );
    if (uses.length) await tx.insertInto('cluster_service').values(uses).execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'cluster.publish',
      entity_type: 'cluster',
      entity_id: cluster.id,
      detail: { key, version, note: options.note ?? null },
    });
    return { key, version };
  });
}
