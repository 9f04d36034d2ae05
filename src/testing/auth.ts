/**
 * Signed-in people for tests: a user with the given roles and a live session, as the cookie and the
 * anti-forgery token a browser would send. Imported by tests only.
 */
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../channels/http/access.js';
import {
  grantRole,
  loadActor,
  openSession,
  recordSignIn,
  systemActor,
  type Actor,
  type RoleGrant,
} from '../platform/auth/index.js';
import type { Db } from '../platform/db/index.js';
import { newId } from '../platform/ids/index.js';

export interface TestUser {
  actor: Actor;
  /** The Cookie header value. */
  cookie: string;
  csrfToken: string;
  /** Headers for an API write: the cookie and the x-csrf-token header. */
  headers: Record<string, string>;
}

export async function createTestUser(db: Db, grants: RoleGrant[], name = 'Test Person'): Promise<Actor> {
  const { userId } = await recordSignIn(db, {
    issuer: 'https://idp.test',
    subject: newId(),
    name,
    email: `${newId().slice(0, 8)}@example.test`,
  });
  for (const grant of grants) await grantRole(db, systemActor('test'), userId, grant);
  return (await loadActor(db, userId))!;
}

/** A user with these roles, signed in. */
export async function signInAs(
  app: FastifyInstance | { deps: { db: Db } },
  grants: RoleGrant[],
  name?: string,
): Promise<TestUser> {
  const db = app.deps.db;
  const actor = await createTestUser(db, grants, name);
  const session = await openSession(db, actor.id);
  const cookie = `${SESSION_COOKIE}=${session.token}`;
  return {
    actor,
    cookie,
    csrfToken: session.csrfToken,
    headers: { cookie, 'x-csrf-token': session.csrfToken },
  };
}
