/**
 * The OpenID Connect relying party: authorization code with PKCE, state and nonce (openid-client).
 * The login transaction lives in the database (sign_in_request), so whichever instance receives the
 * provider's answer can finish it; a short-lived cookie holding the state binds it to the browser that
 * started it, so a link carrying someone else's code and state is worth nothing.
 */
import * as client from 'openid-client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/index.js';
import { isLang, type Lang } from '../../platform/i18n/index.js';
import { isSecureRequest } from './access.js';
import { SIGN_IN_CALLBACK_PATH } from './paths.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Sign-in starts and callbacks per client per minute before 429 (on top of the failure throttle). */
  rateLimit?: number;
}

/** A sign-in transaction older than this is refused: the person took too long or the link was kept. */
export const SIGN_IN_REQUEST_TTL_MS = 10 * 60 * 1000;
export const SCOPES = 'openid profile email';

export const STATE_COOKIE = 'stitch_sign_in';
export const SECURE_STATE_COOKIE = '__Host-stitch_sign_in';

/** Why a sign-in did not finish, in words the person can act on (see locales auth.problem.*). */
export type SignInProblemReason = 'denied' | 'expired' | 'disabled' | 'unavailable' | 'failed';

export class SignInProblem extends Error {
  readonly reason: SignInProblemReason;
  /** What exactly went wrong, for the log and the audit trail (never shown). */
  readonly detail: string;
  readonly lang: Lang | undefined;
  constructor(reason: SignInProblemReason, detail: string, lang?: Lang) {
    super(`sign-in ${reason}: ${detail}`);
    this.reason = reason;
    this.detail = detail;
    this.lang = lang;
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http is tolerated for a provider on this machine (the development one), never across a network. */
export function checkIssuer(issuer: string): URL {
  const url = new URL(issuer);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url;
  throw new Error(`OIDC_ISSUER must use https (plain http only on loopback): ${issuer}`);
}

/**
 * A local path to go back to after sign-in, or undefined. Only `/…` paths on this site: `//host`,
 * `/\host`, schemes and control characters would send the person elsewhere (an open redirect).
 */
export function safeReturnTo(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 1000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return undefined;
  const base = 'http://stitch.invalid';
  const parsed = new URL(value, base);
  if (parsed.origin !== base) return undefined;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

function stateCookieName(request: FastifyRequest, publicUrl?: string): string {
  return isSecureRequest(request, publicUrl) ? SECURE_STATE_COOKIE : STATE_COOKIE;
}

/** Lax, so it comes back with the provider's top-level redirect; HttpOnly; gone after ten minutes. */
export function setStateCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  state: string,
  publicUrl?: string,
): void {
  reply.setCookie(stateCookieName(request, publicUrl), state, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, publicUrl),
    maxAge: SIGN_IN_REQUEST_TTL_MS / 1000,
  });
}

export function readStateCookie(request: FastifyRequest): string | undefined {
  return request.cookies[SECURE_STATE_COOKIE] ?? request.cookies[STATE_COOKIE];
}

export function clearStateCookie(request: FastifyRequest, reply: FastifyReply, publicUrl?: string): void {
  reply.clearCookie(stateCookieName(request, publicUrl), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, publicUrl),
  });
}

export interface SignInResult {
  issuer: string;
  subject: string;
  name: string | null;
  email: string | null;
  preferredLang: Lang | null;
  idToken: string | undefined;
  lang: Lang;
  returnTo: string | undefined;
}

export interface RelyingParty {
  readonly settings: OidcSettings;
  /** Stores a new transaction and returns where to send the browser, with the state for its cookie. */
  begin(
    db: Db,
    input: { redirectUri: string; lang: Lang; returnTo: string | undefined },
  ): Promise<{ url: URL; state: string }>;
  /** Checks the provider's answer against the stored transaction and returns who signed in. */
  finish(
    db: Db,
    input: { callbackUrl: URL; cookieState: string | undefined; fallbackLang: Lang },
  ): Promise<SignInResult>;
  /** The provider's logout address (RP-initiated logout), or undefined when it has none. */
  endSessionUrl(idTokenHint: string, postLogoutRedirectUri: string, lang: Lang): Promise<URL | undefined>;
}

function localeOf(value: unknown): Lang | null {
  if (typeof value !== 'string') return null;
  const primary = value.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Network failures reaching the provider, as opposed to a refusal in its answer. */
function isUnreachable(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    (error instanceof client.ClientError && error.code === 'OAUTH_TIMEOUT') ||
    (error instanceof Error && /ECONNREFUSED|ENOTFOUND|fetch failed|aborted/i.test(error.message))
  );
}

export function createRelyingParty(settings: OidcSettings): RelyingParty {
  const issuerUrl = checkIssuer(settings.issuer);
  let configuration: Promise<client.Configuration> | undefined;

  /** Discovery once, kept; a failure is not kept, so the next sign-in tries the provider again. */
  const configure = () => {
    configuration ??= client
      .discovery(issuerUrl, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), {
        execute: issuerUrl.protocol === 'http:' ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        configuration = undefined;
        throw new SignInProblem('unavailable', `discovery failed: ${(error as Error).message}`);
      });
    return configuration;
  };

  return {
    settings,

    async begin(db, { redirectUri, lang, returnTo }) {
      const config = await configure();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      await db
        .deleteFrom('sign_in_request')
        .where('created_at', '<', new Date(Date.now() - SIGN_IN_REQUEST_TTL_MS))
        .execute();
      await db
        .insertInto('sign_in_request')
        .values({ state, nonce, code_verifier: codeVerifier, return_to: returnTo ?? '', lang })
        .execute();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: SCOPES,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ui_locales: lang === 'fr' ? 'fr-CA fr en' : 'en-CA en fr',
      });
      return { url, state };
    },

    async finish(db, { callbackUrl, cookieState, fallbackLang }) {
      const state = callbackUrl.searchParams.get('state');
      if (!state) throw new SignInProblem('expired', 'no state in the answer', fallbackLang);
      // Single use: the row goes whatever happens next, so an answer cannot be replayed.
      const pending = await db
        .deleteFrom('sign_in_request')
        .where('state', '=', state)
        .returningAll()
        .executeTakeFirst();
      if (!pending) throw new SignInProblem('expired', 'unknown or already used state', fallbackLang);
      const lang: Lang = isLang(pending.lang) ? pending.lang : fallbackLang;
      if (cookieState !== state) {
        throw new SignInProblem('expired', 'state does not match this browser’s cookie', lang);
      }
      if (new Date(pending.created_at).getTime() + SIGN_IN_REQUEST_TTL_MS < Date.now()) {
        throw new SignInProblem('expired', 'sign-in request too old', lang);
      }
      const providerError = callbackUrl.searchParams.get('error');
      if (providerError) {
        throw new SignInProblem(
          providerError === 'access_denied' ? 'denied' : 'failed',
          `provider answered ${providerError}`,
          lang,
        );
      }
      const config = await configure();
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.code_verifier,
          expectedState: state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims()!;
        let profile: Record<string, unknown> = { ...claims };
        // Many providers keep name and email out of the ID token; the userinfo endpoint has them.
        if ((!text(claims.name) || !text(claims.email)) && config.serverMetadata().userinfo_endpoint) {
          profile = { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
        }
        return {
          issuer: config.serverMetadata().issuer,
          subject: claims.sub,
          name: text(profile.name),
          email: text(profile.email),
          preferredLang: localeOf(profile.locale),
          idToken: tokens.id_token,
          lang,
          returnTo: safeReturnTo(pending.return_to),
        };
      } catch (error) {
        if (error instanceof SignInProblem) throw error;
        if (isUnreachable(error)) {
          throw new SignInProblem('unavailable', `provider unreachable: ${(error as Error).message}`, lang);
        }
        throw new SignInProblem('failed', `answer refused: ${(error as Error).message}`, lang);
      }
    },

    async endSessionUrl(idTokenHint, postLogoutRedirectUri, lang) {
      const config = await configure();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idTokenHint,
        post_logout_redirect_uri: postLogoutRedirectUri,
        ui_locales: lang === 'fr' ? 'fr-CA fr' : 'en-CA en',
      });
    },
  };
}

/** The callback address registered with the provider. */
export function redirectUri(siteOrigin: string): string {
  return `${siteOrigin}${SIGN_IN_CALLBACK_PATH}`;
}
