/**
 * Whose approval a change to a cluster needs. The rule comes from the partnership agreement
 * (governance.change_approval):
 * - touched_partners (the default, also when no agreement is in force): the owners of the services of
 *   every step the change adds, removes or alters (and a step's named responsible partner); a screener
 *   question that changes touches the steps whose rule reads it; a change to the cluster as a whole
 *   (title, summary, slugs, synonyms, lead, stages) is the lead's to approve, and so is a change that
 *   touches no service at all. A first publication touches every service in it.
 * - lead_only: the lead partner (both leads when the change hands the lead over).
 * - all_parties: every party of the partnership, and the lead.
 */
import type { ChangeApproval } from '../../partnerships/index.js';
import { ruleVariables } from '../screener/checklist.js';
import type { ClusterDefinition, ClusterStep } from '../schemas.js';
import { diffDefinitions } from './diff.js';

export type ApprovalReason = 'touched' | 'lead' | 'party';

export interface RequiredApproval {
  organization_id: string;
  reason: ApprovalReason;
}

export interface TouchedScope {
  serviceIds: Set<string>;
  /** Partners named as answerable for a touched step. */
  responsible: Set<string>;
  /** The change alters the cluster as a whole, not only steps. */
  clusterLevel: boolean;
}

function stepsOf(definition: ClusterDefinition): Map<string, ClusterStep> {
  return new Map(definition.stages.flatMap((stage) => stage.steps.map((step) => [step.key, step] as const)));
}

/** What a change from `before` (undefined for a first publication) to `after` touches. */
export function touchedScope(before: ClusterDefinition | undefined, after: ClusterDefinition): TouchedScope {
  const scope: TouchedScope = { serviceIds: new Set(), responsible: new Set(), clusterLevel: false };
  const touch = (step: ClusterStep | undefined) => {
    if (!step) return;
    step.service_ids.forEach((id) => scope.serviceIds.add(id));
    if (step.responsible_organization_id) scope.responsible.add(step.responsible_organization_id);
  };
  const old = before ? stepsOf(before) : new Map<string, ClusterStep>();
  const now = stepsOf(after);
  if (!before) {
    now.forEach(touch);
    scope.clusterLevel = true;
    return scope;
  }
  for (const change of diffDefinitions(before, after)) {
    if ('step' in change) {
      touch(old.get(change.step));
      touch(now.get(change.step));
    } else if ('question' in change) {
      for (const steps of [old, now])
        for (const step of steps.values())
          if (ruleVariables(step.applies_if).has(change.question)) touch(step);
    } else {
      scope.clusterLevel = true;
    }
  }
  return scope;
}

/**
 * The organisations that must approve, in a stable order, given the owners of the touched services
 * and the partnership's parties (empty when the cluster has no partnership).
 */
export function requiredApprovals(input: {
  mode: ChangeApproval;
  before: ClusterDefinition | undefined;
  after: ClusterDefinition;
  scope: TouchedScope;
  owners: Map<string, string>;
  parties: string[];
}): RequiredApproval[] {
  const { mode, before, after, scope, owners, parties } = input;
  const out = new Map<string, ApprovalReason>();
  const add = (id: string, reason: ApprovalReason) => {
    if (!out.has(id)) out.set(id, reason);
  };
  const leads = [
    ...new Set([after.lead_organization_id, before?.lead_organization_id ?? after.lead_organization_id]),
  ];
  if (mode === 'lead_only') {
    leads.forEach((id) => add(id, 'lead'));
  } else if (mode === 'all_parties' && parties.length) {
    leads.forEach((id) => add(id, 'lead'));
    parties.forEach((id) => add(id, 'party'));
  } else {
    for (const id of scope.serviceIds) {
      const owner = owners.get(id);
      if (owner) add(owner, 'touched');
    }
    scope.responsible.forEach((id) => add(id, 'touched'));
    if (scope.clusterLevel || out.size === 0) leads.forEach((id) => add(id, 'lead'));
  }
  return [...out].map(([organization_id, reason]) => ({ organization_id, reason }));
}
