import { z } from 'zod';
import { MAX_EMAIL_LENGTH } from '../../../../domains/clusters/index.js';
import { ClusterParams } from '../cluster/schema.js';

/** /:slug/:token — the token holds the sealed answers; the clusters domain decides whether it opens. */
export const ChecklistParams = ClusterParams.extend({ token: z.string().max(4000) });

/** ?email=sent after the link was emailed; anything else is ignored. */
export const ChecklistQuery = z
  .object({ email: z.literal('sent').optional().catch(undefined) })
  .catch({ email: undefined });

/** The address to email the checklist to; what is not one text is no address. */
export const ChecklistEmailForm = z
  .object({
    email: z
      .string()
      .catch('')
      .default('')
      .transform((address) => address.trim().slice(0, MAX_EMAIL_LENGTH)),
  })
  .catch({ email: '' });
