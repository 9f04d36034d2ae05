import { z } from 'zod';
import { MAX_NEED_LENGTH } from '../../../../domains/search/index.js';

/**
 * ?q=: what a person typed; ?exact=1: search it as typed, without spelling correction. A page never refuses a need: anything but one text is no need, and a need
 * longer than the search reads is cut to that length and said so.
 */
export const NeedPageQuery = z
  .object({ q: z.string().catch('').default(''), exact: z.string().optional().catch(undefined) })
  .catch({ q: '' })
  .transform(({ q, exact }) => ({
    q: q.slice(0, MAX_NEED_LENGTH),
    truncated: q.length > MAX_NEED_LENGTH,
    /** `exact=1`: the person undid the spelling correction. */
    exact: exact === '1',
  }));
