import { z } from 'zod';

/**
 * `?return_to=` on the sign-in page and its start link: where to go once signed in. Only text is read
 * here; safeReturnTo keeps it only when it is a path on this site.
 */
export const SignInQueryString = z.object({
  return_to: z.string().optional().catch(undefined),
});
