import { z } from 'zod';
import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { ClusterGovernanceError, ClusterNotFoundError } from '../errors.js';
import { adminOrganizations, requirePartnerAdmin } from '../policy.js';
import {
  closeRequest,
  definitionHash,
  findApprovals,
  findClusterRow,
  readDefinition,
} from '../repository.js';
import type { Actor } from '../types.js';

export const ChangeDecisionSchema = z
  .object({
    request_id: z.uuid(),
    /** The organisation the decision is for; may be left out when the actor administers only one of those asked. */
    organization_id: z.string().min(1).max(200).optional(),
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((value) => value.decision !== 'rejected' || !!value.comment, {
    path: ['comment'],
    message: 'A rejection says why',
  });
export type ChangeDecision = z.input<typeof ChangeDecisionSchema>;

export interface ChangeDecided {
  request_id: string;
  organization_id: string;
  state: 'open' | 'approved' | 'rejected';
}

/**
 * A partner's decision on a change request, given by a partner administrator of that organisation:
 * approvals are the partners' own, so a platform administrator cannot give one for them. One rejection
 * rejects the request; the last approval approves it. A decision is final, and is only taken on the
 * draft the request froze: once the draft changes, the manager asks again.
 */
export async function decideClusterChange(
  db: Db | Tx,
  actor: Actor,
  key: string,
  input: ChangeDecision,
): Promise<ChangeDecided> {
  const value = parseInput(ChangeDecisionSchema, input, 'The decision is not valid.');
  return withTransaction(db, async (tx) => {
    const cluster = await findClusterRow(tx, key);
    if (!cluster) throw new ClusterNotFoundError(key);
    const request = await tx
      .selectFrom('cluster_change_request')
      .selectAll()
      .where('id', '=', value.request_id)
      .where('cluster_id', '=', cluster.id)
      .executeTakeFirst();
    if (!request) throw new ClusterNotFoundError(`${key} change request ${value.request_id}`);
    const approvals = await findApprovals(tx, [request.id]);
    const mine = adminOrganizations(actor);
    const asked = approvals.filter((a) => mine.includes(a.organization_id));
    const organizationId = value.organization_id ?? (asked.length === 1 ? asked[0]!.organization_id : '');
    const approval = approvals.find((a) => a.organization_id === organizationId);
    requirePartnerAdmin(
      actor,
      approval ? organizationId : '',
      cluster,
      'cluster.change.decide',
      'only a partner administrator of an organisation whose approval the request needs',
    );
    if (request.state !== 'open')
      throw new ClusterGovernanceError('request_closed', `Request ${request.id} is ${request.state}.`, {
        state: request.state,
      });
    if (cluster.draft === null || definitionHash(readDefinition(cluster.draft)) !== request.draft_hash)
      throw new ClusterGovernanceError(
        'draft_changed',
        `Request ${request.id} is not for the current draft.`,
        {
          key,
        },
      );
    if (approval!.decision !== null)
      throw new ClusterGovernanceError('already_decided', `Organisation ${organizationId} has decided.`, {
        decision: approval!.decision,
      });
    await tx
      .updateTable('cluster_change_approval')
      .set({
        decision: value.decision,
        decided_by: actor.id,
        decided_at: new Date(),
        comment: value.comment || null,
      })
      .where('request_id', '=', request.id)
      .where('organization_id', '=', organizationId)
      .execute();
    let state: ChangeDecided['state'] = 'open';
    if (value.decision === 'rejected') {
      await closeRequest(tx, request.id, 'rejected');
      state = 'rejected';
    } else if (approvals.every((a) => a.organization_id === organizationId || a.decision === 'approved')) {
      await tx
        .updateTable('cluster_change_request')
        .set({ state: 'approved' })
        .where('id', '=', request.id)
        .execute();
      state = 'approved';
    }
    await appendAudit(tx, {
      actor: actor.id,
      action: value.decision === 'approved' ? 'cluster.change.approve' : 'cluster.change.reject',
      entity_type: 'cluster',
      entity_id: cluster.id,
      organization_id: organizationId,
      detail: { key, request: request.id, comment: value.comment || null, state },
    });
    return { request_id: request.id, organization_id: organizationId, state };
  });
}
