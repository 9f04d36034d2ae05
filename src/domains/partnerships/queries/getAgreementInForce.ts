import type { Db, Tx } from '../../../platform/db/index.js';
import { agreementColumns, toAgreement } from '../repository.js';
import type { Agreement } from '../types.js';

/** The signed agreement of a partnership whose term covers `on` (the latest signed, if several). */
export async function getAgreementInForce(
  db: Db | Tx,
  partnershipId: string,
  on: string,
): Promise<Agreement | undefined> {
  const row = await db
    .selectFrom('agreement')
    .select([...agreementColumns()])
    .where('partnership_id', '=', partnershipId)
    .where('status', '=', 'signed')
    .where('starts_on', '<=', on)
    .where('ends_on', '>=', on)
    .orderBy('signed_at', 'desc')
    .executeTakeFirst();
  return row ? toAgreement(row) : undefined;
}
