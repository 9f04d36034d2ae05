import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import { agreementColumns, findPartnership, toAgreement } from '../repository.js';
import type { Agreement, Partnership } from '../types.js';
import { getAgreementInForce } from './getAgreementInForce.js';
import { listPartnerships } from './listPartnerships.js';

export interface ClusterAgreement {
  partnership: Partnership;
  agreement: Agreement;
}

/**
 * The partnership of a cluster and its agreement in force on `on`, or undefined. The cluster's
 * `partnership_id` (the link this domain's migration 0007 added to the cluster table) decides; a cluster
 * not yet linked falls back to the signed agreement in force whose scope names the cluster, the latest
 * signed if several do.
 */
export async function getClusterAgreement(
  db: Db | Tx,
  clusterKey: string,
  on: string,
): Promise<ClusterAgreement | undefined> {
  const link = await db
    .selectFrom('cluster')
    .select('partnership_id')
    .where('key', '=', clusterKey)
    .executeTakeFirst();
  if (link?.partnership_id) {
    const [partnership] = await listPartnerships(db, { ids: [link.partnership_id] });
    const agreement = partnership && (await getAgreementInForce(db, partnership.id, on));
    return partnership && agreement ? { partnership, agreement } : undefined;
  }
  const row = await db
    .selectFrom('agreement')
    .innerJoin('partnership', 'partnership.id', 'agreement.partnership_id')
    .select([
      ...agreementColumns().map((c) => `agreement.${c}` as const),
      'partnership.key as partnership_key',
    ])
    .where('agreement.status', '=', 'signed')
    .where('agreement.starts_on', '<=', on)
    .where('agreement.ends_on', '>=', on)
    .where(sql<boolean>`agreement.clauses -> 'scope' -> 'clusters' @> ${JSON.stringify([clusterKey])}::jsonb`)
    .orderBy('agreement.signed_at', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  const { partnership_key, ...agreement } = row;
  const partnership = await findPartnership(db, partnership_key);
  return partnership ? { partnership, agreement: toAgreement(agreement) } : undefined;
}
