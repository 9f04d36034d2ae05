import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ClusterGovernanceError, ClusterNotFoundError } from '../errors.js';
import { requireClusterManager } from '../policy.js';
import {
  closeRequest,
  definitionHash,
  findClusterRow,
  findLiveRequest,
  nextVersion,
  readDefinition,
} from '../repository.js';
import type { Actor } from '../types.js';

export interface PublishedVersion {
  key: string;
  version: number;
}

/**
 * Freezes the working draft as the next version and makes it the one channels show. The slugs of the
 * new version become the cluster's URLs; the services it uses are indexed for "part of" links.
 *
 * The cluster manager (or a platform administrator) publishes a draft only when its change request is
 * approved by every partner it needed and the draft is still the one they approved. A system actor (the
 * demo seed, an import run by an operator) publishes without approvals; the audit entry says so.
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
    requireClusterManager(actor, cluster, 'cluster.publish');
    if (cluster.draft === null) {
      throw new ClusterGovernanceError('no_draft', `Cluster ${key} has no unpublished draft.`, { key });
    }
    const definition = readDefinition(cluster.draft);
    const live = await findLiveRequest(tx, cluster.id);
    const approved = live?.state === 'approved' && live.draft_hash === definitionHash(definition);
    if (!approved && actor.kind !== 'system') {
      if (!live)
        throw new ClusterGovernanceError(
          'no_request',
          `Cluster ${key}: ask the partners to approve the draft first.`,
          { key },
        );
      if (live.draft_hash !== definitionHash(definition))
        throw new ClusterGovernanceError(
          'draft_changed',
          `Cluster ${key}: the draft changed after the request.`,
          { key },
        );
      throw new ClusterGovernanceError('approval_pending', `Cluster ${key}: approvals are still pending.`, {
        key,
      });
    }
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
    if (live)
      await closeRequest(tx, live.id, approved ? 'published' : 'withdrawn', approved ? version : null);
    await appendAudit(tx, {
      actor: actor.id,
      action: 'cluster.publish',
      entity_type: 'cluster',
      entity_id: cluster.id,
      detail: {
        key,
        version,
        note: options.note ?? null,
        change_request: approved ? live.id : null,
        approvals: approved ? 'granted' : 'exempt: system actor',
      },
    });
    return { key, version };
  });
}
