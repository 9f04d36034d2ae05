import { sql } from 'kysely';
import type { Db } from '../db/index.js';

/** Failed sign-ins from one client within the window before it must wait. */
export const SIGN_IN_FAILURE_LIMIT = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** Records one failed sign-in (bad state, refused code, unknown account) for a client key (its address). */
export async function recordSignInFailure(db: Db, clientKey: string, reason: string): Promise<void> {
  await db.insertInto('sign_in_failure').values({ client_key: clientKey, reason }).execute();
}

/**
 * Milliseconds this client must still wait before trying again, or 0. Counted in the database so
 * every instance sees the same count.
 */
export async function signInWait(db: Db, clientKey: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const row = await db
    .selectFrom('sign_in_failure')
    .select([sql<number>`count(*)::int`.as('failures'), sql<Date | null>`max(occurred_at)`.as('last')])
    .where('client_key', '=', clientKey)
    .where('occurred_at', '>', since)
    .executeTakeFirstOrThrow();
  if (row.failures < SIGN_IN_FAILURE_LIMIT || !row.last) return 0;
  // Each failure past the limit doubles the wait, up to the window.
  const wait = Math.min(SIGN_IN_WINDOW_MS, 30_000 * 2 ** (row.failures - SIGN_IN_FAILURE_LIMIT));
  return Math.max(0, new Date(row.last).getTime() + wait - now.getTime());
}

/** Forgets failures older than the window. */
export async function purgeSignInFailures(db: Db, now = new Date()): Promise<void> {
  await db
    .deleteFrom('sign_in_failure')
    .where('occurred_at', '<=', new Date(now.getTime() - SIGN_IN_WINDOW_MS))
    .execute();
}
