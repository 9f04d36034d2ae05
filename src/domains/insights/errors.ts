import { NotFoundError, StitchError } from '../../platform/errors/index.js';

/** No indicator of that key in that cluster. */
export class IndicatorNotFoundError extends NotFoundError {
  constructor(cluster: string, key: string) {
    super('indicator', `${cluster}/${key}`);
  }
}

/** No value of that indicator on that day. */
export class IndicatorValueNotFoundError extends NotFoundError {
  constructor(cluster: string, key: string, day: string) {
    super('indicator value', `${cluster}/${key}@${day}`);
  }
}

/** Why a cluster has no pilot to evaluate; channels turn it into words. */
export type PilotProblem = 'no_pilot' | 'pilot_not_started';

/**
 * A pilot evaluation asked of a cluster that has no pilot period, or whose pilot has not begun: a
 * conflict with the cluster's state (409 in an API), not a bad request. `details.reason` says which.
 */
export class NoPilotError extends StitchError {
  readonly reason: PilotProblem;
  constructor(cluster: string, reason: PilotProblem, startsOn?: string) {
    super(
      'CONFLICT',
      reason === 'no_pilot'
        ? `The cluster ${cluster} has no pilot period to evaluate.`
        : `The pilot of ${cluster} starts on ${startsOn}; there is nothing to evaluate yet.`,
      { cluster, reason, ...(startsOn ? { starts_on: startsOn } : {}) },
    );
    this.name = 'NoPilotError';
    this.reason = reason;
  }
}
