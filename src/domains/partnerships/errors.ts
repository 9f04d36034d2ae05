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

/** A step the agreement's status does not allow, such as signing twice. */
export class AgreementStateError extends StitchError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}
