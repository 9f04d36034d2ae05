import { StitchError, ValidationError } from '../errors/index.js';
import type { Actor } from './actor.js';

export interface DeniedTarget {
  entity_type: string;
  entity_id?: string | null;
  organization_id?: string | null;
}

/**
 * The actor is known but may not do this. Channels answer 403 and write the denial to the audit log
 * (channels/http/access.ts), outside the command's transaction, which has been rolled back.
 */
export class AccessDeniedError extends StitchError {
  readonly actor: Actor;
  readonly action: string;
  readonly target: DeniedTarget;
  constructor(actor: Actor, action: string, target: DeniedTarget, reason: string) {
    super('FORBIDDEN', `${actor.id} may not ${action}: ${reason}`, { action, reason });
    this.actor = actor;
    this.action = action;
    this.target = target;
  }
}

/** Nobody is signed in (or the session ended) and the request needs someone. */
export class NotSignedInError extends StitchError {
  constructor() {
    super('UNAUTHENTICATED', 'Sign in first.');
  }
}

/** A state-changing request without the session's anti-forgery token, or sent from another site. */
export class CsrfError extends StitchError {
  constructor(reason: 'missing-token' | 'wrong-token' | 'cross-site') {
    super('CSRF_FAILED', `Request refused (${reason}).`, { reason });
  }
}

export function isAccessDenied(error: unknown): error is AccessDeniedError {
  return error instanceof AccessDeniedError;
}

/** What is wrong with a role grant, as a code each channel puts into words, on the form field it concerns. */
export const GRANT_PROBLEM_CODES = [
  'email_required',
  'no_account',
  'role',
  'organization_id',
  'partnership_id',
  'unknown_organization',
  'unknown_partnership',
] as const;
export type GrantProblemCode = (typeof GRANT_PROBLEM_CODES)[number];

export interface GrantProblem {
  field: 'email' | 'role' | 'organization_id' | 'partnership_id';
  code: GrantProblemCode;
}

const GRANT_PROBLEM_TEXT: Record<GrantProblemCode, string> = {
  email_required: 'An email address is required',
  no_account: 'No account has this email address',
  role: 'Not a role',
  organization_id: 'This role needs an organisation, or is not scoped to one',
  partnership_id: 'This role needs a partnership, or is not scoped to one',
  unknown_organization: 'No organisation has this id',
  unknown_partnership: 'No partnership has this id',
};

/** A role grant refused field by field (`VALIDATION_FAILED`); `grantProblems` carry the codes. */
export class RoleGrantProblemsError extends ValidationError {
  readonly grantProblems: GrantProblem[];
  constructor(problems: GrantProblem[]) {
    super(
      'The role and its scope do not fit.',
      problems.map(({ field, code }) => ({ path: field, message: GRANT_PROBLEM_TEXT[code] })),
    );
    this.grantProblems = problems;
  }
}
