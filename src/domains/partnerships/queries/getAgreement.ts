import type { Db, Tx } from '../../../platform/db/index.js';
import { AgreementNotFoundError } from '../errors.js';
import { agreementColumns, findSignatures, toAgreement, type AgreementSignature } from '../repository.js';
import type { Agreement, Partnership } from '../types.js';
import { listPartnerships } from './listPartnerships.js';

export interface AgreementDetail {
  agreement: Agreement;
  partnership: Partnership;
  /** One per party that has signed, in the order they signed. */
  signatures: AgreementSignature[];
}

/** An agreement with its partnership and the parties' signatures. */
export async function getAgreement(db: Db | Tx, id: string): Promise<AgreementDetail> {
  const row = await db
    .selectFrom('agreement')
    .select([...agreementColumns()])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AgreementNotFoundError(id);
  const [partnership] = await listPartnerships(db, { ids: [row.partnership_id] });
  return {
    agreement: toAgreement(row),
    partnership: partnership!,
    signatures: await findSignatures(db, [id]),
  };
}
