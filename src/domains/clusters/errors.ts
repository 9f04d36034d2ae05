import { NotFoundError, StitchError } from '../../platform/errors/index.js';

export class ClusterNotFoundError extends NotFoundError {
  constructor(keyOrSlug: string) {
    super('cluster', keyOrSlug);
  }
}

/** A change the lifecycle does not allow, such as a pilot without a published version. */
export class ClusterLifecycleError extends StitchError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

/** Why a governance step cannot happen now; channels turn the reason into words (governance.errors.*). */
export const GOVERNANCE_REASONS = [
  'no_draft',
  'no_changes',
  'no_request',
  'approval_pending',
  'draft_changed',
  'rejected',
  'request_closed',
  'already_decided',
  'no_published_version',
  'no_partnership',
  'no_agreement',
  'not_in_scope',
  'no_signoff',
] as const;
export type GovernanceReason = (typeof GOVERNANCE_REASONS)[number];

/**
 * A change request, approval, publication, sign-off or production move that the cluster's governance
 * does not allow in its present state (409). `details.reason` is stable; the message is for logs.
 */
export class ClusterGovernanceError extends StitchError {
  readonly reason: GovernanceReason;
  constructor(reason: GovernanceReason, message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, { ...details, reason });
    this.reason = reason;
  }
}
