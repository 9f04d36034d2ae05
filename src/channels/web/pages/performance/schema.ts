import { z } from 'zod';

/** /:slug — a cluster's name in the page's language; the domain decides whether it names a public one. */
export const PerformanceParams = z.object({ slug: z.string().max(200) });

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** ?from=&to= — the period; a value that is not a day is ignored (the last twelve months are shown). */
export const PerformancePageQuery = z
  .object({ from: day, to: day })
  .catch({ from: undefined, to: undefined });
