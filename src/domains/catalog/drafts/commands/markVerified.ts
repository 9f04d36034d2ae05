import { sql } from 'kysely';
import { appendAudit } from '../../../../platform/audit/index.js';
import type { Actor } from '../../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../../platform/db/index.js';
import { today } from '../content.js';
import { RecordConflictError } from '../errors.js';
import { requireRecordEditor } from '../policy.js';
import { findLiveRow, lastChange } from '../repository.js';
import { type RecordKind } from '../schemas.js';

export interface VerifyInput {
  kind: RecordKind;
  id: string;
  /** The live version the person checked; when the record changed since, confirming it is refused. */
  version?: number | undefined;
}

export interface Verified {
  last_verified_at: Date;
  last_verified_by_name: string;
  version: number;
}

/**
 * A person confirms the published record is still true: who and when are kept (and HSDS `assured_date`
 * becomes today). The content and its version do not change, so drafts in progress stay valid.
 */
export async function markVerified(db: Db | Tx, actor: Actor, input: VerifyInput): Promise<Verified> {
  return withTransaction(db, async (tx) => {
    const row = await findLiveRow(tx, input.kind, input.id, true);
    requireRecordEditor(actor, input.kind, row, 'verify');
    if (input.version !== undefined && input.version !== row.version) {
      throw new RecordConflictError({
        reason: 'published_changed',
        entity_type: input.kind,
        entity_id: input.id,
        ...lastChange(row),
        theirs: null,
        current_revision: 0,
        current_version: row.version,
      });
    }
    const values = {
      last_verified_at: sql<Date>`now()`,
      last_verified_by: actor.id,
      last_verified_by_name: actor.name,
      assured_date: today(),
    };
    const updated =
      input.kind === 'service'
        ? await tx
            .updateTable('service')
            .set(values)
            .where('id', '=', input.id)
            .returning(['last_verified_at', 'version'])
            .executeTakeFirstOrThrow()
        : await tx
            .updateTable('location')
            .set(values)
            .where('id', '=', input.id)
            .returning(['last_verified_at', 'version'])
            .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'catalog.verify',
      entity_type: input.kind,
      entity_id: input.id,
      organization_id: row.organization_id,
      detail: { version: row.version, assured_date: values.assured_date },
    });
    return {
      last_verified_at: new Date(updated.last_verified_at!),
      last_verified_by_name: actor.name,
      version: updated.version,
    };
  });
}
