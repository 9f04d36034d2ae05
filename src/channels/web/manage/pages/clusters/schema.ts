/**
 * The cluster governance pages' parameters, query string and forms. The key has the shape the clusters
 * domain gives it; the forms are kept as typed, and the governance commands say what is wrong with them.
 */
import { z } from 'zod';
import { ChangeDecisionSchema, ClusterDefinitionSchema } from '../../../../../domains/clusters/index.js';

export const ClusterParams = z.object({ key: ClusterDefinitionSchema.shape.key });

/** A published version: any whole number; the domain says whether it exists. */
/** A stored version number (a PostgreSQL integer). */
const Version = z.coerce.number().int().min(0).max(2_147_483_647);

/** The two ends of a diff: two versions, or a version and the draft (named by `draftSegment` in the URL). */
export const changeParams = (draftSegment: string) =>
  ClusterParams.extend({
    from: Version,
    to: z.union([z.literal(draftSegment).transform(() => 'draft' as const), Version]),
  });

export const DONE = ['requested', 'approved', 'rejected', 'published', 'signedOff', 'production'] as const;
export type Done = (typeof DONE)[number];

/** `?done=` after an action; anything else is ignored, as a stale or edited link would be. */
export const ClusterQuery = z.object({ done: z.enum(DONE).optional().catch(undefined) });

const field = z.string().default('');

export const SignOffForm = z.object({ comment: field });

/** An approval or rejection; a decision that is neither is left out, and the page says so. */
export const DecideForm = z.object({
  request_id: field,
  organization_id: field,
  decision: ChangeDecisionSchema.shape.decision.optional().catch(undefined),
  comment: field,
});
export type DecideForm = z.output<typeof DecideForm>;
