import { StitchError } from '../errors/index.js';
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
