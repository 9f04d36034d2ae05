import { getServiceOwners } from '../../catalog/index.js';
import { getAgreementInForce, listPartnerships, type ChangeApproval } from '../../partnerships/index.js';
import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids/index.js';
import { ClusterGovernanceError, ClusterNotFoundError } from '../errors.js';
import { requiredApprovals, touchedScope, type RequiredApproval } from '../governance/approvers.js';
import { today } from '../governance/productionGate.js';
import { requireClusterManager } from '../policy.js';
import {
  closeRequest,
  definitionHash,
  findApprovals,
  findClusterRow,
  findLiveRequest,
  readDefinition,
} from '../repository.js';
import type { Actor } from '../types.js';

export interface ChangeRequestCreated {
  id: string;
  key: string;
  change_approval: ChangeApproval;
  approvals: RequiredApproval[];
  /** False when the same draft was already awaiting approval: that request is returned. */
  created: boolean;
}

/**
 * Asks the partners to approve the working draft. The request freezes the draft (a copy and its hash)
 * and names each organisation whose approval the partnership agreement in force today requires (see
 * governance/approvers.ts). Asking again for the same draft returns the live request; asking for a
 * different draft withdraws it.
 */
export async function requestClusterChange(
  db: Db | Tx,
  actor: Actor,
  key: string,
): Promise<ChangeRequestCreated> {
  return withTransaction(db, async (tx) => {
    const cluster = await findClusterRow(tx, key);
    if (!cluster) throw new ClusterNotFoundError(key);
    requireClusterManager(actor, cluster, 'cluster.change.request');
    if (cluster.draft === null)
      throw new ClusterGovernanceError('no_draft', `Cluster ${key} has no draft to approve.`, { key });
    const draft = readDefinition(cluster.draft);
    const hash = definitionHash(draft);

    const live = await findLiveRequest(tx, cluster.id);
    if (live && live.draft_hash === hash) {
      const approvals = await findApprovals(tx, [live.id]);
      return {
        id: live.id,
        key,
        change_approval: live.change_approval,
        approvals: approvals.map(({ organization_id, reason }) => ({ organization_id, reason })),
        created: false,
      };
    }
    if (live) await closeRequest(tx, live.id, 'withdrawn');

    const published =
      cluster.published_version === null
        ? undefined
        : await tx
            .selectFrom('cluster_version')
            .select('definition')
            .where('cluster_id', '=', cluster.id)
            .where('version', '=', cluster.published_version)
            .executeTakeFirstOrThrow();
    const before = published ? readDefinition(published.definition) : undefined;
    if (before && definitionHash(before) === hash)
      throw new ClusterGovernanceError('no_changes', `Cluster ${key}: the draft is the published version.`, {
        key,
      });

    const agreement = cluster.partnership_id
      ? await getAgreementInForce(tx, cluster.partnership_id, today())
      : undefined;
    const mode: ChangeApproval = agreement?.clauses.governance.change_approval ?? 'touched_partners';
    const partnership = cluster.partnership_id
      ? (await listPartnerships(tx, { ids: [cluster.partnership_id] }))[0]
      : undefined;
    const scope = touchedScope(before, draft);
    const owners = new Map(
      [...(await getServiceOwners(tx, [...scope.serviceIds]))].map(([id, owner]) => [
        id,
        owner.organization_id,
      ]),
    );
    const approvals = requiredApprovals({
      mode,
      before,
      after: draft,
      scope,
      owners,
      parties: partnership?.parties.map((party) => party.organization_id) ?? [],
    });

    const id = newId();
    await tx
      .insertInto('cluster_change_request')
      .values({
        id,
        cluster_id: cluster.id,
        base_version: cluster.published_version,
        draft_revision: cluster.draft_revision,
        draft_hash: hash,
        definition: JSON.stringify(draft),
        change_approval: mode,
        agreement_id: agreement?.id ?? null,
        requested_by: actor.id,
      })
      .execute();
    await tx
      .insertInto('cluster_change_approval')
      .values(approvals.map((approval) => ({ request_id: id, ...approval })))
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'cluster.change.request',
      entity_type: 'cluster',
      entity_id: cluster.id,
      detail: {
        key,
        request: id,
        base_version: cluster.published_version,
        draft_revision: cluster.draft_revision,
        change_approval: mode,
        agreement: agreement?.id ?? null,
        approvers: approvals.map((approval) => approval.organization_id),
      },
    });
    return { id, key, change_approval: mode, approvals, created: true };
  });
}
