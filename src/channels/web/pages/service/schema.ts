import { z } from 'zod';
import { ServicePageQuery } from '../../../../domains/catalog/index.js';

/** `/:lang/services/:id`: anything but a catalog id is a page that does not exist. */
export const ServicePageParams = ServicePageQuery.pick({ id: true });

/** `?feedback=thanks` after the visitor answered "was this useful?"; anything else is ignored. */
export const ServicePageQueryString = z.object({
  feedback: z.literal('thanks').optional().catch(undefined),
});
