import { getServiceOwners } from '../../catalog/index.js';
import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { type FieldProblem, ValidationError, parseInput } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
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
 * reaches clients only through publishCluster.
 */
export async function saveClusterDraft(
  db: Db | Tx,
  actor: Actor,
  input: ClusterDefinitionInput,
): Promise<SavedDraft> {
  const definition = parseInput(ClusterDefinitionSchema, input, 'The cluster definition is not valid.');
  return withTransaction(db, async (tx) => {
    const problems = await checkReferences(tx, definition);
    if (problems.length)
      throw new ValidationError('The cluster names services that cannot be used.', problems);
    const existing = await findClusterRow(tx, definition.key);
    const id = existing?.id ?? clusterId(definition.key);
    const revision = (existing?.draft_revision ?? 0) + 1;
    if (existing) {
      await tx
        .updateTable('cluster')
        .set({
          kind: definition.kind,
          draft: JSON.stringify(definition),
          draft_revision: revision,
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
        })
        .execute();
    }
    await appendAudit(tx, {
      actor: actor.id,
      action: existing ? 'cluster.draft.update' : 'cluster.create',
      entity_type: 'cluster',
      entity_id: id,
      detail: { key: definition.key, revision },
    });
    return { id, key: definition.key, revision, created: !existing };
  });
}
