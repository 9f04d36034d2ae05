import type { Tx } from '../db/index.js';

/** What stands for the name of an account whose personal data was purged. */
export const FORGOTTEN_NAME = '(account removed)';

/**
 * Forgets who stood behind accounts disabled and unused since `before`: the name and email go, and the
 * account's roles and sessions with them. The account row stays, so the audit trail's entries that name
 * its id still point at something (the trail itself is never rewritten).
 */
export async function forgetDisabledAccounts(tx: Tx, before: Date): Promise<number> {
  const forgotten = await tx
    .updateTable('user_account')
    .set({ name: FORGOTTEN_NAME, email: null })
    .where('disabled', '=', true)
    .where('name', '!=', FORGOTTEN_NAME)
    .where((eb) =>
      eb.or([
        eb('last_sign_in_at', '<', before),
        eb.and([eb('last_sign_in_at', 'is', null), eb('created_at', '<', before)]),
      ]),
    )
    .returning('id')
    .execute();
  const ids = forgotten.map((row) => row.id);
  if (ids.length > 0) {
    await tx.deleteFrom('web_session').where('user_id', 'in', ids).execute();
    await tx.deleteFrom('role_grant').where('user_id', 'in', ids).execute();
  }
  return ids.length;
}

/** Sign-in requests never completed (a person who closed the tab) older than `before`. */
export async function purgeStaleSignInRequests(tx: Tx, before: Date): Promise<number> {
  const result = await tx.deleteFrom('sign_in_request').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
