import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';

/** Signed agreements whose term ended before `on` become expired; returns their ids. Run daily. */
export async function expireAgreements(db: Db | Tx, on: string): Promise<string[]> {
  return withTransaction(db, async (tx) => {
    const ended = await tx
      .updateTable('agreement')
      .set({ status: 'expired' })
      .where('status', '=', 'signed')
      .where('ends_on', '<', on)
      .returning('id')
      .execute();
    for (const { id } of ended) {
      await appendAudit(tx, {
        actor: 'stitch',
        action: 'agreement.expire',
        entity_type: 'agreement',
        entity_id: id,
        detail: { on },
      });
    }
    return ended.map((row) => row.id);
  });
}
