/**
 * Partner sign-in with OpenID Connect: the sign-in page, the start of the flow (a GET link, since the
 * pages' CSP allows forms to post only to this site), the provider's callback and sign-out.
 *
 * Brute force is met twice: each route is rate-limited per client, and every failed callback is
 * counted in the database (so every instance sees it) until the client must wait (429, Retry-After).
 * Failures and waits are logged and written to the audit trail.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit, type AuditEntry } from '../../../../platform/audit/index.js';
import {
  endSession,
  openSession,
  recordSignIn,
  recordSignInFailure,
  signInWait,
} from '../../../../platform/auth/index.js';
import { withTransaction } from '../../../../platform/db/index.js';
import { LANGUAGES, type Lang } from '../../../../platform/i18n/index.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../../../http/access.js';
import { requestLang } from '../../../http/lang.js';
import {
  SignInProblem,
  clearStateCookie,
  createRelyingParty,
  readStateCookie,
  redirectUri,
  safeReturnTo,
  setStateCookie,
  type SignInProblemReason,
} from '../../../http/oidc.js';
import { SIGN_IN_CALLBACK_PATH, managePath, signInPath, signOutPath } from '../../../http/paths.js';
import { renderProblemPage, renderSignInPage, renderThrottledPage } from './Page.js';
import { SignInQueryString } from './schema.js';

/** Where the "Sign in" link goes: it stores the transaction and sends the browser to the provider. */
export const signInStartPath = (lang: Lang) => `${signInPath(lang)}/${lang === 'en' ? 'start' : 'demarrer'}`;

const PROBLEM_STATUS: Record<SignInProblemReason, number> = {
  denied: 403,
  expired: 400,
  disabled: 403,
  unavailable: 503,
  failed: 400,
};

/** The client as the throttle counts it: its address (behind the load balancer, the forwarded one). */
const clientKey = (request: FastifyRequest) => request.ip;

/** The audit trail names the client by a pseudonym: failures from one address group together. */
const clientPseudonym = (request: FastifyRequest) =>
  createHash('sha256').update(`stitch-sign-in:${request.ip}`).digest('hex').slice(0, 16);

/** Sign-in pages are never kept by a cache nor listed by search engines. */
function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .type('text/html; charset=utf-8')
    .send(html);
}

export async function signInPages(app: FastifyInstance): Promise<void> {
  const { db, publicUrl, oidc, demoData } = app.deps;
  const relyingParty = oidc ? createRelyingParty(oidc) : undefined;

  const audit = (entry: AuditEntry) => withTransaction(db, (tx) => appendAudit(tx, entry));

  const sendThrottled = async (
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    waitMs: number,
    by: 'failures' | 'rate-limit',
  ) => {
    request.log.warn({ route: request.routeOptions.url, by, waitMs }, 'sign-in throttled');
    await audit({
      actor: 'anonymous',
      action: 'auth.sign_in_failed',
      entity_type: 'sign_in',
      detail: { reason: 'throttled', by, wait_ms: waitMs, client: clientPseudonym(request) },
    });
    return sendPage(
      reply.header('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000)))),
      429,
      renderThrottledPage(lang, waitMs, demoData),
    );
  };

  const sendProblem = (reply: FastifyReply, lang: Lang, reason: SignInProblemReason) =>
    sendPage(reply, PROBLEM_STATUS[reason], renderProblemPage(lang, reason, demoData));

  const perMinute = oidc?.rateLimit ?? 20;
  const limited = {
    rateLimit: {
      max: perMinute,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) => ({
        statusCode: 429,
        signInRateLimited: true,
        retryAfterMs: context.ttl,
      }),
    },
  };

  // Only the per-route limit's refusal is ours to render; everything else goes to the pages' handler.
  app.setErrorHandler(async (error, request, reply) => {
    const limit = error as { signInRateLimited?: boolean; retryAfterMs?: number };
    if (!limit.signInRateLimited) throw error;
    return sendThrottled(request, reply, requestLang(request), limit.retryAfterMs ?? 60_000, 'rate-limit');
  });

  for (const lang of LANGUAGES) {
    app.get(signInPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const returnTo = safeReturnTo(SignInQueryString.parse(request.query ?? {}).return_to);
      const startHref = relyingParty
        ? `${signInStartPath(lang)}${returnTo ? `?return_to=${encodeURIComponent(returnTo)}` : ''}`
        : undefined;
      return sendPage(
        reply,
        200,
        renderSignInPage(lang, { signedInAs: request.session?.actor.name, startHref }, demoData),
      );
    });

    app.get(signInStartPath(lang), { schema: { hide: true }, config: limited }, async (request, reply) => {
      const wait = await signInWait(db, clientKey(request));
      if (wait > 0) return sendThrottled(request, reply, lang, wait, 'failures');
      if (!relyingParty) return sendProblem(reply, lang, 'unavailable');
      const returnTo = safeReturnTo(SignInQueryString.parse(request.query ?? {}).return_to);
      try {
        const { url, state } = await relyingParty.begin(db, {
          redirectUri: redirectUri(app.siteOrigin()),
          lang,
          returnTo,
        });
        setStateCookie(request, reply, state, publicUrl);
        return reply.header('cache-control', 'no-store').redirect(url.href, 303);
      } catch (error) {
        if (!(error instanceof SignInProblem)) throw error;
        request.log.warn({ reason: error.reason, detail: error.detail }, 'sign-in could not start');
        return sendProblem(reply, lang, error.reason);
      }
    });

    app.post(signOutPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const session = request.session;
      const token = readSessionCookie(request);
      if (token) await endSession(db, token);
      clearSessionCookie(request, reply, publicUrl);
      reply.header('cache-control', 'no-store');
      if (!session) return reply.redirect(`/${lang}`, 303);
      await audit({
        actor: session.actor.id,
        action: 'auth.sign_out',
        entity_type: 'user',
        entity_id: session.actor.id,
      });
      if (session.idTokenHint && relyingParty) {
        try {
          const home = `${app.siteOrigin()}/${lang}`;
          const logout = await relyingParty.endSessionUrl(session.idTokenHint, home, lang);
          if (logout) return reply.redirect(logout.href, 303);
        } catch (error) {
          // Signed out here either way; the provider's own session simply stays.
          request.log.warn({ err: error }, 'provider logout unavailable');
        }
      }
      return reply.redirect(`/${lang}`, 303);
    });
  }

  app.get(SIGN_IN_CALLBACK_PATH, { schema: { hide: true }, config: limited }, async (request, reply) => {
    const fallbackLang = requestLang(request);
    const client = clientKey(request);
    const wait = await signInWait(db, client);
    if (wait > 0) return sendThrottled(request, reply, fallbackLang, wait, 'failures');
    const cookieState = readStateCookie(request);
    clearStateCookie(request, reply, publicUrl);
    reply.header('cache-control', 'no-store');
    try {
      if (!relyingParty)
        throw new SignInProblem('unavailable', 'no identity provider configured', fallbackLang);
      const result = await relyingParty.finish(db, {
        callbackUrl: new URL(request.url, app.siteOrigin()),
        cookieState,
        fallbackLang,
      });
      const account = await recordSignIn(db, {
        issuer: result.issuer,
        subject: result.subject,
        name: result.name,
        email: result.email,
        preferredLang: result.preferredLang,
      });
      if (account.disabled)
        throw new SignInProblem('disabled', `account ${account.userId} is turned off`, result.lang);
      // A session this browser already had (perhaps planted by someone else) ends; the new one is fresh.
      const previous = readSessionCookie(request);
      if (previous) await endSession(db, previous);
      const session = await openSession(db, account.userId, result.idToken);
      setSessionCookie(request, reply, session.token, publicUrl);
      await audit({
        actor: account.userId,
        action: 'auth.sign_in',
        entity_type: 'user',
        entity_id: account.userId,
        detail: { issuer: result.issuer },
      });
      request.log.info({ user: account.userId }, 'signed in');
      return reply.redirect(result.returnTo ?? managePath(result.lang), 303);
    } catch (error) {
      const problem =
        error instanceof SignInProblem
          ? error
          : new SignInProblem('failed', (error as Error).message, fallbackLang);
      if (!(error instanceof SignInProblem)) request.log.error({ err: error }, 'sign-in callback failed');
      const lang = problem.lang ?? fallbackLang;
      // An unreachable provider is nobody's guess gone wrong: it is logged, not held against the client.
      if (problem.reason !== 'unavailable') {
        await recordSignInFailure(db, client, `${problem.reason}: ${problem.detail}`.slice(0, 200));
      }
      request.log.warn({ reason: problem.reason, detail: problem.detail }, 'sign-in failed');
      await audit({
        actor: 'anonymous',
        action: 'auth.sign_in_failed',
        entity_type: 'sign_in',
        detail: { reason: problem.reason, detail: problem.detail, client: clientPseudonym(request) },
      });
      return sendProblem(reply, lang, problem.reason);
    }
  });
}
