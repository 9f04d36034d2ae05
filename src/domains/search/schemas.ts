import { z } from 'zod';
import { LANGUAGES } from '../../platform/i18n/index.js';
import { MAX_QUERY_LENGTH } from './normalize.js';

/** The longest need read, in characters: every channel's field and schema uses this one bound. */
export const MAX_NEED_LENGTH = MAX_QUERY_LENGTH;

/** The most results one search returns. */
export const MAX_NEED_RESULTS = 50;

/** A need as a channel passes it: the words, the language of the answer and how many results. */
export const NeedSearchSchema = z.object({
  q: z.string().max(MAX_NEED_LENGTH),
  lang: z.enum(LANGUAGES),
  limit: z.number().int().min(1).max(MAX_NEED_RESULTS).default(10),
  /** Search the words exactly as typed: the person undid a spelling correction. */
  exact: z.boolean().default(false),
});
export type NeedSearch = z.input<typeof NeedSearchSchema>;
