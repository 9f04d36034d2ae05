import { z } from 'zod';

/** /:slug — a cluster's name in the page's language; the clusters domain decides whether it names one. */
export const ClusterParams = z.object({ slug: z.string().max(200) });

/** ?feedback=thanks after a "was this useful?" answer; anything else is ignored. */
export const ClusterPageQuery = z
  .object({ feedback: z.literal('thanks').optional().catch(undefined) })
  .catch({ feedback: undefined });
