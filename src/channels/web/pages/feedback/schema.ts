import { z } from 'zod';

/** A page of this site (its path, /en or /fr and below): the only place feedback sends a visitor back to. */
export const SITE_PAGE = /^\/(en|fr)(\/[A-Za-z0-9._~\-/]*)?$/;

/** "Was this page useful?": the page it is about and the answer; a page elsewhere or an odd answer is none. */
export const FeedbackForm = z
  .object({
    page: z.string().max(300).regex(SITE_PAGE).optional().catch(undefined),
    useful: z.enum(['yes', 'no']).optional().catch(undefined),
  })
  .catch({ page: undefined, useful: undefined });
