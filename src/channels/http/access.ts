import fastifyCookie from '@fastify/cookie';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CsrfError,
  NotSignedInError,
  csrfTokenMatches,
  isAccessDenied,
  recordDenial,
  publicActor,
  resumeSession,
  type Actor,
  type ActiveSession,
} from '../../platform/auth/index.js';

/** The forgery token a form may carry beside its fields; its type is checked where it is compared. */
const TokenInForm = z.object({ _csrf: z.unknown() });

export const SESSION_COOKIE = 'stitch_session';
/** With HTTPS the cookie takes the __Host- prefix: only this host, path /, Secure, never set by a subdomain. */
export const SECURE_SESSION_COOKIE = '__Host-stitch_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person's session, resumed from the cookie; undefined when nobody is signed in. */
    session?: ActiveSession | undefined;
    /** Set when a session cookie came with the request but named no live session. */
    sessionExpired?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NO_SESSION = /^\/(assets\/|healthz(\?|$)|readyz(\?|$))/;

/** Style sheets and probes never act for anyone: they cost no database round trip. */
export function needsSession(url: string): boolean {
  return !NO_SESSION.test(url);
}

export function isSecureRequest(request: FastifyRequest, publicUrl?: string): boolean {
  return publicUrl ? publicUrl.startsWith('https:') : request.protocol === 'https';
}

export function sessionCookieName(request: FastifyRequest, publicUrl?: string): string {
  return isSecureRequest(request, publicUrl) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies[SECURE_SESSION_COOKIE] ?? request.cookies[SESSION_COOKIE];
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  publicUrl?: string,
) {
  reply.setCookie(sessionCookieName(request, publicUrl), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, publicUrl),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, publicUrl?: string) {
  reply.clearCookie(sessionCookieName(request, publicUrl), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, publicUrl),
  });
}

/** The signed-in actor, or NotSignedInError (401 for the API; the web pages send people to sign in). */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.session) throw new NotSignedInError();
  return request.session.actor;
}

/** Who is acting on a public screen: the signed-in actor, or the public when nobody is signed in. */
export function actorOf(request: FastifyRequest): Actor {
  return request.session?.actor ?? publicActor();
}

/** The anti-forgery token to put in a form (`<input type="hidden" name="_csrf">`). */
export function csrfToken(request: FastifyRequest): string {
  return request.session?.csrfToken ?? '';
}

function sentFromAnotherSite(request: FastifyRequest, publicUrl?: string): boolean {
  // Browsers that send Fetch Metadata say it outright; Origin can be "null" on a same-site form
  // when the page's referrer policy hides it, so it is only the fallback.
  const site = request.headers['sec-fetch-site'];
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    const from = new URL(origin).origin;
    const own = new URL(`${request.protocol}://${request.headers.host ?? 'localhost'}`).origin;
    return from !== own && from !== (publicUrl ? new URL(publicUrl).origin : undefined);
  } catch {
    return true;
  }
}

/**
 * Sessions and request forgery for every route:
 * - the session cookie is resumed into `request.session`;
 * - a state-changing request sent from another site (Fetch Metadata, else Origin) is refused;
 * - a state-changing request that carries a session must carry that session's token, in the form
 *   field `_csrf` or the `x-csrf-token` header. Anonymous public forms hold no authority to borrow.
 */
export async function installAccess(app: FastifyInstance, publicUrl?: string): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('session', undefined);
  app.decorateRequest('sessionExpired', false);

  // onRequest: headers only, before the body is read, so a bad body cannot hide a missing sign-in.
  app.addHook('onRequest', async (request) => {
    if (!needsSession(request.url)) return;
    const token = readSessionCookie(request);
    if (token) {
      request.session = await resumeSession(app.deps.db, token);
      if (!request.session) request.sessionExpired = true;
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (sentFromAnotherSite(request, publicUrl)) throw new CsrfError('cross-site');
    // Every API write acts for someone.
    if (!request.session && request.url.startsWith('/api/')) throw new NotSignedInError();
  });

  // What a signed-in person is shown (drafts, the back office) is kept by no browser cache or proxy.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.session && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // preValidation: the body is parsed (a token in a form field can be read) but not yet validated.
  app.addHook('preValidation', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!request.session) return;
    const given = request.headers['x-csrf-token'] ?? TokenInForm.safeParse(request.body).data?._csrf;
    if (given === undefined) throw new CsrfError('missing-token');
    if (!csrfTokenMatches(request.session.csrfToken, given)) throw new CsrfError('wrong-token');
  });
}

/** Audit-logs a refused attempt; called by the error handlers before they answer 403. */
export async function noteDenial(
  app: FastifyInstance,
  request: FastifyRequest,
  error: unknown,
): Promise<void> {
  if (!isAccessDenied(error)) return;
  try {
    await recordDenial(app.deps.db, error, { method: request.method, route: request.routeOptions.url });
  } catch (failure) {
    request.log.error({ err: failure }, 'could not write the denial to the audit log');
  }
}
