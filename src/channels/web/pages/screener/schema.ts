import { z } from 'zod';

export { ClusterParams as ScreenerParams } from '../cluster/schema.js';

/**
 * The screener's answers as the form sends them, one field per question. Which fields mean what is the
 * screener's own rule (screenAnswers), so every field is passed on and anything else is no answer.
 */
export const ScreenerForm = z.record(z.string(), z.unknown()).catch({});
