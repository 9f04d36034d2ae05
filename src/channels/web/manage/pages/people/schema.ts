import { z } from 'zod';

export const DONE = ['granted', 'revoked', 'disabled', 'enabled'] as const;

/** `?done=` after a change; anything else is ignored, as a stale or edited link would be. */
export const PeopleQuery = z.object({ done: z.enum(DONE).optional().catch(undefined) });

const field = z.string().default('');

/**
 * The grant form as typed and kept for showing again: the use case says what is wrong with it (no
 * account, not a role, a scope that does not fit or does not exist).
 */
export const GrantForm = z.object({
  email: field,
  role: field,
  organization_id: field,
  partnership: field,
});
export type GrantForm = z.output<typeof GrantForm>;

export const RevokeForm = z.object({ grant_id: z.uuid() });
export const AccountForm = z.object({ user_id: z.uuid() });
