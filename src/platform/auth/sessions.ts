import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { Actor } from './actor.js';
import { loadActor } from './users.js';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  /** Goes in the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
}

/**
 * Opens a session for a user who has just signed in. Always a new token, so a session id planted
 * before sign-in (fixation) is worth nothing; the caller also ends the old one.
 */
export async function openSession(db: Db, userId: string, idTokenHint?: string): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  // The session's times come from the clock that later checks them, not the database's.
  const now = Date.now();
  await db
    .insertInto('web_session')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: new Date(now),
      last_seen_at: new Date(now),
      expires_at: new Date(now + SESSION_IDLE_MS),
      id_token_hint: idTokenHint ?? null,
    })
    .execute();
  return { token, csrfToken };
}

export interface ActiveSession {
  actor: Actor;
  csrfToken: string;
  idTokenHint: string | null;
}

/** The session behind a cookie value, if it is still alive; extends its idle timeout. */
export async function resumeSession(db: Db, token: string): Promise<ActiveSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const tokenHash = hashToken(token);
  const now = Date.now();
  const row = await db
    .selectFrom('web_session')
    .select(['user_id', 'csrf_token', 'created_at', 'last_seen_at', 'expires_at', 'id_token_hint'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const expired =
    new Date(row.expires_at).getTime() <= now || new Date(row.created_at).getTime() + SESSION_MAX_MS <= now;
  if (expired) {
    await db.deleteFrom('web_session').where('token_hash', '=', tokenHash).execute();
    return undefined;
  }
  const actor = await loadActor(db, row.user_id);
  if (!actor) return undefined;
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db
      .updateTable('web_session')
      .set({ last_seen_at: new Date(now), expires_at: new Date(now + SESSION_IDLE_MS) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { actor, csrfToken: row.csrf_token, idTokenHint: row.id_token_hint };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('web_session').where('token_hash', '=', hashToken(token)).execute();
}

/** Removes sessions past their end; run now and then (each instance does it at start). */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('web_session')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', new Date()),
        eb('created_at', '<=', sql<Date>`now() - make_interval(secs => ${SESSION_MAX_MS / 1000})`),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Compares an anti-forgery token in constant time. */
export function csrfTokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
