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
