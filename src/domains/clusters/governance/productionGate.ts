/**
 * What stands between a cluster and production: a signed agreement in force on the day whose scope
 * names the cluster, and the lead partner's sign-off of the published version that would go live. The
 * command refuses with the first blocker; the back office lists them all, so the button can say why.
 */
import { getAgreementInForce, type Agreement } from '../../partnerships/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { GovernanceReason } from '../errors.js';
import { findSignoff, readDefinition } from '../repository.js';

export interface ProductionBlocker {
  reason: Extract<
    GovernanceReason,
    'no_published_version' | 'no_partnership' | 'no_agreement' | 'not_in_scope' | 'no_signoff'
  >;
  details: Record<string, unknown>;
}

export interface ProductionReadiness {
  agreement: Agreement | undefined;
  /** The lead organisation whose sign-off the published version needs. */
  lead_organization_id: string | null;
  signoff: { version: number; signed_by: string; signed_at: Date; comment: string | null } | undefined;
  blockers: ProductionBlocker[];
}

interface ClusterRow {
  id: string;
  key: string;
  partnership_id: string | null;
  published_version: number | null;
}

/** Today's date (UTC), the day agreements must cover. */
export const today = () => new Date().toISOString().slice(0, 10);

export async function productionReadiness(
  db: Db | Tx,
  cluster: ClusterRow,
  options: { on: string; signoffRequired: boolean },
): Promise<ProductionReadiness> {
  const blockers: ProductionBlocker[] = [];
  const agreement = cluster.partnership_id
    ? await getAgreementInForce(db, cluster.partnership_id, options.on)
    : undefined;
  if (!cluster.partnership_id) blockers.push({ reason: 'no_partnership', details: { key: cluster.key } });
  else if (!agreement)
    blockers.push({ reason: 'no_agreement', details: { key: cluster.key, on: options.on } });
  else if (!agreement.clauses.scope.clusters.includes(cluster.key))
    blockers.push({ reason: 'not_in_scope', details: { key: cluster.key, agreement: agreement.id } });

  let lead: string | null = null;
  let signoff: ProductionReadiness['signoff'];
  if (cluster.published_version === null) {
    blockers.push({ reason: 'no_published_version', details: { key: cluster.key } });
  } else {
    const version = await db
      .selectFrom('cluster_version')
      .select('definition')
      .where('cluster_id', '=', cluster.id)
      .where('version', '=', cluster.published_version)
      .executeTakeFirstOrThrow();
    lead = readDefinition(version.definition).lead_organization_id;
    signoff = await findSignoff(db, cluster.id, cluster.published_version);
    if (!signoff && options.signoffRequired)
      blockers.push({
        reason: 'no_signoff',
        details: { key: cluster.key, version: cluster.published_version },
      });
  }
  return { agreement, lead_organization_id: lead, signoff, blockers };
}
