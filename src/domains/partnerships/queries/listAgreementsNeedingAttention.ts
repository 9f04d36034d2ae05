import type { Db, Tx } from '../../../platform/db/index.js';
import { agreementColumns, toAgreement } from '../repository.js';
import type { Agreement } from '../types.js';

export interface AgreementWarning {
  agreement: Agreement;
  partnership_key: string;
  reason: 'expires' | 'review';
  /** The date that calls for attention (end of term or review date). */
  due_on: string;
  days_left: number;
}

/**
 * Signed agreements that end, or are due for review, within `withinDays` of `on`: what the cluster
 * manager is warned about before an agreement lapses.
 */
export async function listAgreementsNeedingAttention(
  db: Db | Tx,
  options: { on: string; withinDays: number },
): Promise<AgreementWarning[]> {
  const horizon = new Date(Date.parse(`${options.on}T00:00:00Z`) + options.withinDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const rows = await db
    .selectFrom('agreement')
    .innerJoin('partnership', 'partnership.id', 'agreement.partnership_id')
    .select([
      ...agreementColumns().map((c) => `agreement.${c}` as const),
      'partnership.key as partnership_key',
    ])
    .where('agreement.status', '=', 'signed')
    .where((eb) => eb.or([eb('agreement.ends_on', '<=', horizon), eb('agreement.review_on', '<=', horizon)]))
    .orderBy('agreement.ends_on')
    .execute();
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return rows.map(({ partnership_key, ...row }) => {
    const agreement = toAgreement(row);
    const reviewFirst = agreement.review_on < agreement.ends_on && agreement.review_on >= options.on;
    const due_on = reviewFirst ? agreement.review_on : agreement.ends_on;
    return {
      agreement,
      partnership_key,
      reason: reviewFirst ? 'review' : 'expires',
      due_on,
      days_left: day(due_on) - day(options.on),
    };
  });
}
