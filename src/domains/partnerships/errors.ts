import { NotFoundError, StitchError } from '../../platform/errors/index.js';

export class PartnershipNotFoundError extends NotFoundError {
  constructor(key: string) {
    super('partnership', key);
  }
}

export class AgreementNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('agreement', id);
  }
}

/** Why a step is refused; channels turn it into words. */
export type AgreementStateReason =
  'partnership_exists' | 'not_draft' | 'ended' | 'already_signed' | 'no_agreement_in_force';

/** A step the agreement's status does not allow, such as signing twice; `details.reason` says which. */
export class AgreementStateError extends StitchError {
  constructor(message: string, details?: Record<string, unknown> & { reason?: AgreementStateReason }) {
    super('CONFLICT', message, details);
  }
}
