import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ClusterGovernanceError, ClusterNotFoundError } from '../errors.js';
import { requirePartnerAdmin } from '../policy.js';
import { findClusterRow, findSignoff, readDefinition } from '../repository.js';
import type { Actor } from '../types.js';

export interface ProductionSignoff {
  key: string;
  version: number;
  organization_id: string;
  created: boolean;
}

/**
 * The lead partner signs off the current published version for production, through one of its partner
 * administrators. The sign-off is for that version only: publishing a new one needs a new sign-off.
 */
export async function signOffProduction(
  db: Db | Tx,
  actor: Actor,
  key: string,
  options: { comment?: string } = {},
): Promise<ProductionSignoff> {
  return withTransaction(db, async (tx) => {
    const cluster = await findClusterRow(tx, key);
    if (!cluster) throw new ClusterNotFoundError(key);
    const version = cluster.published_version;
    if (version === null)
      throw new ClusterGovernanceError('no_published_version', `Cluster ${key} has no published version.`, {
        key,
      });
    const row = await tx
      .selectFrom('cluster_version')
      .select('definition')
      .where('cluster_id', '=', cluster.id)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    const lead = readDefinition(row.definition).lead_organization_id;
    requirePartnerAdmin(
      actor,
      lead,
      cluster,
      'cluster.production.sign_off',
      'only a partner administrator of the cluster’s lead partner',
    );
    const existing = await findSignoff(tx, cluster.id, version);
    if (existing) return { key, version, organization_id: lead, created: false };
    const comment = options.comment?.trim() || null;
    await tx
      .insertInto('cluster_signoff')
      .values({ cluster_id: cluster.id, version, organization_id: lead, signed_by: actor.id, comment })
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'cluster.production.sign_off',
      entity_type: 'cluster',
      entity_id: cluster.id,
      organization_id: lead,
      detail: { key, version, comment },
    });
    return { key, version, organization_id: lead, created: true };
  });
}
