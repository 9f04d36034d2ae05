import type { Db, Tx } from '../../../platform/db/index.js';
import { agreementColumns, findSignatures, toAgreement } from '../repository.js';
import type { Agreement } from '../types.js';

/** A partnership's agreements, newest term first, each with the parties that have signed it. */
export async function listAgreements(
  db: Db | Tx,
  partnershipId: string,
): Promise<(Agreement & { signed_parties: string[] })[]> {
  const rows = await db
    .selectFrom('agreement')
    .select([...agreementColumns()])
    .where('partnership_id', '=', partnershipId)
    .orderBy('starts_on', 'desc')
    .orderBy('id')
    .execute();
  const signatures = await findSignatures(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...toAgreement(row),
    signed_parties: signatures.filter((s) => s.agreement_id === row.id).map((s) => s.organization_id),
  }));
}
