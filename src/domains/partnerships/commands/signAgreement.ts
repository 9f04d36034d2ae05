import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { AgreementNotFoundError, AgreementStateError } from '../errors.js';
import type { Actor } from '../types.js';

/** A draft becomes binding. A signed agreement is never edited: a change is a new agreement. */
export async function signAgreement(db: Db | Tx, actor: Actor, id: string, at = new Date()): Promise<void> {
  await withTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('agreement')
      .select(['id', 'status', 'ends_on'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AgreementNotFoundError(id);
    if (row.status !== 'draft')
      throw new AgreementStateError(`Agreement ${id} is ${row.status}, not a draft.`, { status: row.status });
    if (row.ends_on < at.toISOString().slice(0, 10)) {
      throw new AgreementStateError(`Agreement ${id} ends before it would be signed.`, {
        ends_on: row.ends_on,
      });
    }
    await tx
      .updateTable('agreement')
      .set({ status: 'signed', signed_at: at, signed_by: actor.id })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'agreement.sign',
      entity_type: 'agreement',
      entity_id: id,
    });
  });
}
