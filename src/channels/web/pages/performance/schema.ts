import { z } from 'zod';
import { PerformanceQuery } from '../../../../domains/insights/index.js';

/** /:slug — a cluster's name in the page's language; the domain decides whether it names a public one. */
export const PerformanceParams = z.object({ slug: z.string().max(200) });

const text = z.string().max(20).optional().catch(undefined);

/**
 * ?from=&to= — the period, checked by the domain's rules. One that is not a period (not days, reversed,
 * over five years) is dropped: the page shows the last twelve months and says why.
 */
export const PerformancePageQuery = z
  .object({ from: text, to: text })
  .catch({ from: undefined, to: undefined })
  .transform((query) => {
    const period = PerformanceQuery.safeParse(query);
    return period.success
      ? { period: period.data, periodProblem: false }
      : { period: {}, periodProblem: true };
  });
