import { NotFoundError } from '../../platform/errors/index.js';

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
