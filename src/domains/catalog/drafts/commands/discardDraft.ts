import { appendAudit } from '../../../../platform/audit/index.js';
import type { Actor } from '../../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../../platform/db/index.js';
import { RecordConflictError } from '../errors.js';
import { requireRecordEditor } from '../policy.js';
import { findDraft, findLiveRow } from '../repository.js';
import { type RecordKind } from '../schemas.js';

export interface DiscardInput {
  kind: RecordKind;
  id: string;
  /** The revision the person is throwing away; a newer one (someone saved since) is kept and refused. */
  revision?: number | undefined;
}

/** Throws a record's draft away; the live record is untouched. Nothing to discard is not an error. */
export async function discardDraft(
  db: Db | Tx,
  actor: Actor,
  input: DiscardInput,
): Promise<{ discarded: boolean }> {
  return withTransaction(db, async (tx) => {
    const row = await findLiveRow(tx, input.kind, input.id, true);
    requireRecordEditor(actor, input.kind, row, 'discard');
    const draft = await findDraft(tx, input.kind, input.id);
    if (!draft) return { discarded: false };
    if (input.revision !== undefined && input.revision !== draft.revision) {
      throw new RecordConflictError({
        reason: 'draft_changed',
        entity_type: input.kind,
        entity_id: input.id,
        by: draft.updated_by_name,
        at: draft.updated_at.toISOString(),
        theirs: draft.content,
        current_revision: draft.revision,
        current_version: row.version,
      });
    }
    await tx
      .deleteFrom('catalog_draft')
      .where('entity_type', '=', input.kind)
      .where('entity_id', '=', input.id)
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'catalog.draft.discard',
      entity_type: input.kind,
      entity_id: input.id,
      organization_id: row.organization_id,
      detail: { revision: draft.revision, base_version: draft.base_version },
    });
    return { discarded: true };
  });
}
