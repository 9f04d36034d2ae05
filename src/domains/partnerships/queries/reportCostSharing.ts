import { getServiceOwners } from '../../catalog/index.js';
import { countTransactionsByService } from '../../measurement/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { AgreementStateError, PartnershipNotFoundError } from '../errors.js';
import { findPartnership } from '../repository.js';
import type { Agreement } from '../types.js';
import { getAgreementInForce } from './getAgreementInForce.js';
import { shareCosts, type CostShare, type CostSplit } from './shareCosts.js';

export interface CostSharingReport {
  partnership_key: string;
  cluster_key: string;
  agreement_id: string;
  formula: Agreement['clauses']['cost_sharing']['formula'];
  from: string;
  to: string;
  total_cents: number;
  /** Transactions on the cluster's services (never views or searches), by the partner that owns each service. */
  volumes: Record<string, number>;
  /** Whether the formula applied, or the agreement's fallback for a period with no transaction. */
  split: CostSplit;
  shares: CostShare[];
}

/**
 * Splits a cluster's shared costs for a period among the partnership's parties, by the formula of the
 * agreement in force on the first day, with volumes measured from the transactions on the cluster's
 * services in that period (views and searches are not transactions). The caller names the cluster's services (the clusters domain knows them;
 * partnerships does not import clusters, so clusters can ask partnerships whether an agreement is signed).
 */
export async function reportCostSharing(
  db: Db | Tx,
  input: {
    partnershipKey: string;
    clusterKey: string;
    serviceIds: readonly string[];
    from: string;
    to: string;
    totalCents: number;
  },
): Promise<CostSharingReport> {
  const partnership = await findPartnership(db, input.partnershipKey);
  if (!partnership) throw new PartnershipNotFoundError(input.partnershipKey);
  const agreement = await getAgreementInForce(db, partnership.id, input.from);
  if (!agreement) {
    throw new AgreementStateError(`No signed agreement of ${partnership.key} is in force on ${input.from}.`, {
      partnership: partnership.key,
      on: input.from,
      reason: 'no_agreement_in_force',
    });
  }
  const serviceIds = [...new Set(input.serviceIds)];
  const [owners, counts] = await Promise.all([
    getServiceOwners(db, serviceIds),
    countTransactionsByService(db, {
      serviceIds,
      from: new Date(`${input.from}T00:00:00Z`),
      to: new Date(`${input.to}T00:00:00Z`),
    }),
  ]);
  const volumes = new Map<string, number>();
  for (const [serviceId, count] of counts) {
    const owner = owners.get(serviceId)?.organization_id;
    if (owner) volumes.set(owner, (volumes.get(owner) ?? 0) + count);
  }
  const parties = partnership.parties.map((party) => party.organization_id);
  return {
    partnership_key: partnership.key,
    cluster_key: input.clusterKey,
    agreement_id: agreement.id,
    formula: agreement.clauses.cost_sharing.formula,
    from: input.from,
    to: input.to,
    total_cents: input.totalCents,
    volumes: Object.fromEntries(parties.map((id) => [id, volumes.get(id) ?? 0])),
    ...shareCosts(agreement.clauses.cost_sharing, parties, input.totalCents, volumes),
  };
}
