import { getServiceOwners } from '../../catalog/index.js';
import { getPartnership } from '../../partnerships/index.js';
import { appendAudit } from '../../../platform/audit/index.js';
import { isPlatformAdmin, managesPartnership, requireThat } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { type FieldProblem, ValidationError, parseInput } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { requireClusterManager } from '../policy.js';
import { findClusterRow } from '../repository.js';
import { ClusterDefinitionSchema, type ClusterDefinition, type ClusterDefinitionInput } from '../schemas.js';
import type { Actor } from '../types.js';

export interface SavedDraft {
  id: string;
  key: string;
  revision: number;
  created: boolean;
}

/** The id a cluster gets from its key, the same on every installation. */
export const clusterId = (key: string) => stableId(`cluster:${key}`);

/** Every service a step names must exist and be publishable, and a named partner must own one of them. */
async function checkReferences(db: Db | Tx, definition: ClusterDefinition): Promise<FieldProblem[]> {
  const ids = definition.stages.flatMap((stage) => stage.steps.flatMap((step) => step.service_ids));
  const owners = await getServiceOwners(db, ids);
  const problems: FieldProblem[] = [];
  definition.stages.forEach((stage, s) =>
    stage.steps.forEach((step, i) => {
      step.service_ids.forEach((id, j) => {
        const owner = owners.get(id);
        const path = `stages.${s}.steps.${i}.service_ids.${j}`;
        if (!owner) problems.push({ path, message: `No service with id ${id}` });
        else if (owner.translation_pending) {
          problems.push({ path, message: `Service ${id} is awaiting translation and cannot be shown` });
        }
      });
    }),
  );
  return problems;
}

/**
 * Creates a cluster or replaces its working draft. The published versions are untouched: the draft
 * reaches clients only through publishCluster. The cluster manager of the cluster's partnership edits
 * it; a new cluster is created in the partnership named by `partnershipKey` by its cluster manager, or
 * by a platform administrator (who alone may move a cluster to another partnership). Saving a draft
 * other than the one partners were asked to approve leaves that request stale: it can no longer be
 * decided or published, and asking again replaces it. The definition may come straight from a request:
 * it is checked here, so every channel gets the same field problems.
 */
export async function saveClusterDraft(
  db: Db | Tx,
  actor: Actor,
  input: ClusterDefinitionInput | Record<string, unknown>,
  options: { partnershipKey?: string } = {},
): Promise<SavedDraft> {
  const definition = parseInput(ClusterDefinitionSchema, input, 'The cluster definition is not valid.');
  return withTransaction(db, async (tx) => {
    const existing = await findClusterRow(tx, definition.key);
    const id = existing?.id ?? clusterId(definition.key);
    const partnership = options.partnershipKey ? await getPartnership(tx, options.partnershipKey) : undefined;
    if (existing) requireClusterManager(actor, existing, 'cluster.draft.update');
    const moving = partnership !== undefined && partnership.id !== existing?.partnership_id;
    if (!existing || moving) {
      requireThat(
        actor,
        existing ? isPlatformAdmin(actor) : managesPartnership(actor, partnership?.id),
        existing ? 'cluster.partnership.change' : 'cluster.create',
        { entity_type: 'cluster', entity_id: id },
        existing
          ? 'only a platform administrator moves a cluster to another partnership'
          : 'a new cluster is created in a partnership its cluster manager manages, or by a platform administrator',
      );
    }
    const problems = await checkReferences(tx, definition);
    if (problems.length)
      throw new ValidationError('The cluster names services that cannot be used.', problems);
    const revision = (existing?.draft_revision ?? 0) + 1;
    const partnership_id = partnership?.id ?? existing?.partnership_id ?? null;
    if (existing) {
      await tx
        .updateTable('cluster')
        .set({
          kind: definition.kind,
          draft: JSON.stringify(definition),
          draft_revision: revision,
          partnership_id,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .execute();
    } else {
      await tx
        .insertInto('cluster')
        .values({
          id,
          key: definition.key,
          kind: definition.kind,
          draft: JSON.stringify(definition),
          draft_revision: revision,
          partnership_id,
        })
        .execute();
    }
    await appendAudit(tx, {
      actor: actor.id,
      action: existing ? 'cluster.draft.update' : 'cluster.create',
      entity_type: 'cluster',
      entity_id: id,
      detail: { key: definition.key, revision, partnership_id },
    });
    return { id, key: definition.key, revision, created: !existing };
  });
}
