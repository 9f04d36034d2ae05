/**
 * Saving a draft, shared by saveServiceDraft and saveLocationDraft: the optimistic-concurrency rules
 * (README "Drafts, versions and ownership") and the audit row, inside the caller's transaction.
 */
import { z } from 'zod';
import { appendAudit } from '../../../../platform/audit/index.js';
import type { Actor } from '../../../../platform/auth/index.js';
import type { Tx } from '../../../../platform/db/index.js';
import { changedFields } from '../content.js';
import { RecordConflictError } from '../errors.js';
import { findDraft, lastChange, type LiveRow } from '../repository.js';
import { type DraftContent, type RecordKind } from '../schemas.js';

export interface SaveDraftInput<C> {
  id: string;
  /** The draft revision the editor started from: 0 when there was no draft. */
  revision: number;
  /**
   * The published version the editor's values are based on. When it is the live version, the draft is
   * (re)based on it; an older one is refused for a new draft, so a change published meanwhile is not
   * overwritten unseen.
   */
  version?: number | undefined;
  content: C;
}

export interface SavedRecordDraft {
  revision: number;
  base_version: number;
}

export const DraftEnvelope = z.object({
  id: z.string({ error: 'invalid' }).min(1, 'required').max(200, 'too_long'),
  revision: z.number({ error: 'invalid' }).int('invalid').min(0, 'invalid'),
  version: z.number({ error: 'invalid' }).int('invalid').min(1, 'invalid').optional(),
});

export async function storeDraft(
  tx: Tx,
  actor: Actor,
  kind: RecordKind,
  row: LiveRow,
  input: { revision: number; version?: number | undefined },
  content: DraftContent,
  published: DraftContent,
): Promise<SavedRecordDraft> {
  const draft = await findDraft(tx, kind, row.id);
  const common = { entity_type: kind, entity_id: row.id, current_version: row.version };
  const publishedMeanwhile = () =>
    new RecordConflictError({
      ...common,
      reason: 'published_changed',
      ...lastChange(row),
      theirs: published,
      current_revision: draft?.revision ?? 0,
    });
  let base: number;
  if (draft) {
    if (input.revision !== draft.revision) {
      throw new RecordConflictError({
        ...common,
        reason: 'draft_changed',
        by: draft.updated_by_name,
        at: draft.updated_at.toISOString(),
        theirs: draft.content,
        current_revision: draft.revision,
      });
    }
    base = input.version === row.version ? row.version : draft.base_version;
  } else {
    if (input.version !== undefined && input.version !== row.version) throw publishedMeanwhile();
    if (input.revision !== 0) {
      throw new RecordConflictError({
        ...common,
        reason: 'draft_gone',
        by: null,
        at: null,
        theirs: published,
        current_revision: 0,
      });
    }
    base = row.version;
  }
  const revision = (draft?.revision ?? 0) + 1;
  const now = new Date();
  if (draft) {
    await tx
      .updateTable('catalog_draft')
      .set({
        content: JSON.stringify(content),
        base_version: base,
        revision,
        updated_by: actor.id,
        updated_by_name: actor.name,
        updated_at: now,
      })
      .where('entity_type', '=', kind)
      .where('entity_id', '=', row.id)
      .execute();
  } else {
    await tx
      .insertInto('catalog_draft')
      .values({
        entity_type: kind,
        entity_id: row.id,
        organization_id: row.organization_id,
        content: JSON.stringify(content),
        base_version: base,
        revision,
        created_by: actor.id,
        created_by_name: actor.name,
        created_at: now,
        updated_by: actor.id,
        updated_by_name: actor.name,
        updated_at: now,
      })
      .execute();
  }
  await appendAudit(tx, {
    actor: actor.id,
    action: 'catalog.draft.save',
    entity_type: kind,
    entity_id: row.id,
    organization_id: row.organization_id,
    detail: { revision, base_version: base, fields: changedFields(published, content) },
  });
  return { revision, base_version: base };
}
