import { z } from 'zod';
import { SERVICE_LIST_MAX_PAGE } from '../../../../domains/catalog/index.js';

/**
 * `/:lang/services?q=&page=`: words to find and a page number. A repeated or malformed value is read
 * as absent (the whole list, the first page) rather than refused: the list is always worth showing.
 */
export const ServiceListQueryString = z.object({
  q: z.string().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(SERVICE_LIST_MAX_PAGE).optional().catch(undefined),
});
