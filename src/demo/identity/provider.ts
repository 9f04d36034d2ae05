/**
 * The development identity provider: a real OpenID Connect provider (oidc-provider) on its own port,
 * so `npm start` and the tests sign in exactly as they would against a department's provider. It
 * knows the demo accounts (users.ts), shows their shared password, slows and then refuses repeated
 * wrong passwords, and grants consent itself to Stitch, its one (first-party) client.
 */
import { generateKeyPairSync, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createMemoryAdapter } from './memoryAdapter.js';
import Provider, { type InteractionDetails, type KoaContextWithOIDC } from 'oidc-provider';
import { isLang, type Lang } from '../../platform/i18n/index.js';
import type { Logger } from '../../platform/logging/index.js';
import {
  PROVIDER_CSS_PATH,
  renderErrorPage,
  renderLoggedOutPage,
  renderLoginPage,
  renderLogoutPage,
  type LoginProblem,
} from './pages.js';
import { PasswordThrottle, type PasswordThrottleOptions } from './throttle.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, findDemoAccount } from './users.js';

export const DEV_CLIENT_ID = 'stitch';
const SCOPES = ['openid', 'profile', 'email'];
const CALLBACK_PATH = '/auth/callback';

export interface DevIdentityOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /**
   * Stitch's public origin, for the registered redirect and post-logout addresses. A function, because
   * Stitch may only know its own port after it listens (PORT=0); it is read on the first request.
   */
  relyingParty: string | (() => string);
  logger?: Logger | undefined;
  throttle?: PasswordThrottleOptions;
}

export interface DevIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/** The issuer a development provider on this port announces. */
export const devIssuer = (port: number) => `http://localhost:${port}`;

const CSS = readFileSync(new URL('./provider.css', import.meta.url), 'utf8');

function negotiate(...hints: unknown[]): Lang {
  for (const hint of hints) {
    if (typeof hint !== 'string') continue;
    for (const tag of hint.split(/[\s,]+/)) {
      const primary = tag.split(/[-_;]/)[0]?.toLowerCase();
      if (isLang(primary)) return primary;
    }
  }
  return 'en';
}

/** A fresh RSA signing key per start: nothing to keep secret on disk, nothing shared with other installs. */
function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

function passwordMatches(given: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(DEMO_PASSWORD);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

export async function startDevIdentityProvider(options: DevIdentityOptions): Promise<DevIdentityProvider> {
  const clientSecret = randomBytes(32).toString('base64url');
  const throttle = new PasswordThrottle(options.throttle);
  const log = options.logger?.child({ component: 'dev-identity-provider' });
  const relyingParty = () =>
    new URL(typeof options.relyingParty === 'string' ? options.relyingParty : options.relyingParty()).origin;
  /** On this machine the site answers as localhost and as 127.0.0.1; both are registered. */
  const siteOrigins = () => {
    const site = new URL(relyingParty());
    const alias = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[site.hostname];
    if (!alias) return [site.origin];
    return [site.origin, `${site.protocol}//${alias}${site.port ? `:${site.port}` : ''}`];
  };

  /**
   * Pages here may send the browser on to Stitch (a form whose answer redirects there), so Stitch's
   * origin is an allowed form target; nothing else is.
   */
  const securityHeaders = (set: (name: string, value: string) => void) => {
    set(
      'content-security-policy',
      `default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' ${siteOrigins().join(' ')}; ` +
        `frame-ancestors 'none'; base-uri 'none'`,
    );
    set('cache-control', 'no-store');
    set('x-content-type-options', 'nosniff');
    set('referrer-policy', 'no-referrer');
  };

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const issuer = devIssuer((server.address() as AddressInfo).port);

  let built: Provider | undefined;
  let handle: ReturnType<Provider['callback']> | undefined;
  const provider = (): Provider => {
    if (built) return built;
    const sites = siteOrigins();
    built = new Provider(issuer, {
      clients: [
        {
          client_id: DEV_CLIENT_ID,
          client_secret: clientSecret,
          client_name: 'Stitch',
          redirect_uris: sites.map((site) => `${site}${CALLBACK_PATH}`),
          post_logout_redirect_uris: sites.flatMap((site) => [`${site}/en`, `${site}/fr`]),
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      adapter: createMemoryAdapter(),
      jwks: { keys: [signingKey()] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      claims: { openid: ['sub'], profile: ['name', 'locale'], email: ['email', 'email_verified'] },
      scopes: SCOPES,
      pkce: { required: () => true },
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
            securityHeaders((name, value) => ctx.set(name, value));
            ctx.type = 'html';
            ctx.body = renderLogoutPage(
              negotiate(ctx.oidc.params?.ui_locales, ctx.get('accept-language')),
              form,
            );
          },
          postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
            securityHeaders((name, value) => ctx.set(name, value));
            ctx.type = 'html';
            ctx.body = renderLoggedOutPage(negotiate(ctx.get('accept-language')));
          },
        },
      },
      findAccount: async (_ctx: unknown, sub: string) => {
        const account = findDemoAccount(sub);
        if (!account) return undefined;
        return {
          accountId: account.id,
          claims: () => ({
            sub: account.id,
            name: account.name,
            email: account.email,
            email_verified: true,
            locale: account.locale,
          }),
        };
      },
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      },
      renderError: async (ctx: KoaContextWithOIDC, out: { error?: string }) => {
        securityHeaders((name, value) => ctx.set(name, value));
        ctx.type = 'html';
        ctx.body = renderErrorPage(negotiate(ctx.get('accept-language')), out.error ?? 'server_error');
      },
      ttl: {
        AccessToken: 10 * 60,
        AuthorizationCode: 60,
        IdToken: 60 * 60,
        Interaction: 10 * 60,
        Session: 8 * 60 * 60,
        Grant: 8 * 60 * 60,
      },
    });
    built.on('server_error', (_ctx, error) => log?.error({ err: error }, 'identity provider error'));
    handle = built.callback();
    return built;
  };

  const send = (res: ServerResponse, status: number, html: string) => {
    securityHeaders((name, value) => res.setHeader(name, value));
    res.statusCode = status;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  };

  /** Consent for Stitch, given without asking: it is the provider's own first-party client. */
  const grantFor = async (details: InteractionDetails, accountId: string): Promise<string> => {
    const op = provider();
    const existing = details.grantId ? await op.Grant.find(details.grantId) : undefined;
    const grant = existing ?? new op.Grant({ accountId, clientId: DEV_CLIENT_ID });
    const requested = String(details.params.scope ?? '')
      .split(' ')
      .filter((scope) => SCOPES.includes(scope));
    grant.addOIDCScope(requested.join(' ') || 'openid');
    const claims = details.prompt.details.missingOIDCClaims;
    if (Array.isArray(claims)) grant.addOIDCClaims(claims as string[]);
    return grant.save();
  };

  const interaction = async (
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    action: string | undefined,
    url: URL,
  ) => {
    const op = provider();
    let details: InteractionDetails;
    try {
      details = await op.interactionDetails(req, res);
    } catch {
      // No interaction cookie, or it expired: the person must start again from Stitch.
      return send(
        res,
        400,
        renderErrorPage(negotiate(req.headers['accept-language']), 'interaction_expired'),
      );
    }
    if (details.uid !== uid || details.params.client_id !== DEV_CLIENT_ID) {
      return send(res, 400, renderErrorPage(negotiate(req.headers['accept-language']), 'invalid_request'));
    }
    const hinted = negotiate(
      url.searchParams.get('lang'),
      details.params.ui_locales,
      req.headers['accept-language'],
    );

    if (req.method === 'GET' && !action) {
      if (details.prompt.name === 'consent' && details.session?.accountId) {
        const grantId = await grantFor(details, details.session.accountId);
        return op.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      }
      return send(res, 200, renderLoginPage({ lang: hinted, uid }));
    }
    if (req.method !== 'POST') return send(res, 405, renderErrorPage(hinted, 'method_not_allowed'));

    const form = await readForm(req);
    const lang = negotiate(form.get('lang'), hinted);
    if (action === 'abort') {
      return op.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
    }
    if (action !== 'login') return send(res, 404, renderErrorPage(lang, 'not_found'));

    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const problem = (status: number, kind: LoginProblem, lockedMinutes?: number) =>
      send(res, status, renderLoginPage({ lang, uid, problem: kind, username, lockedMinutes }));
    if (!username || !password) return problem(400, 'missing');

    const client = req.socket.remoteAddress ?? 'unknown';
    const key = PasswordThrottle.key(client, username);
    const locked = throttle.lockedFor(key);
    if (locked > 0) {
      log?.warn({ username, reason: 'locked' }, 'demo sign-in refused: too many wrong passwords');
      return problem(429, 'locked', Math.ceil(locked / 60_000));
    }
    const account = findDemoAccount(username.toLowerCase());
    if (!account || !passwordMatches(password)) {
      const outcome = throttle.fail(key);
      log?.warn(
        { username, failures: outcome.failures, delayMs: outcome.delayMs, locked: outcome.lockedForMs > 0 },
        'demo sign-in: wrong username or password',
      );
      await sleep(outcome.delayMs);
      if (outcome.lockedForMs > 0) return problem(429, 'locked', Math.ceil(outcome.lockedForMs / 60_000));
      return problem(401, 'wrong');
    }
    throttle.succeed(key);
    log?.info({ username: account.id }, 'demo sign-in');
    const grantId = await grantFor(details, account.id);
    return op.interactionFinished(
      req,
      res,
      { login: { accountId: account.id }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === PROVIDER_CSS_PATH) {
      res.setHeader('content-type', 'text/css; charset=utf-8');
      res.setHeader('cache-control', 'max-age=3600');
      res.end(CSS);
      return;
    }
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(url.pathname);
    if (!match) {
      provider();
      handle!(req, res);
      return;
    }
    interaction(req, res, match[1]!, match[2], url).catch((error: unknown) => {
      log?.error({ err: error }, 'identity provider interaction failed');
      if (!res.headersSent)
        send(res, 500, renderErrorPage(negotiate(req.headers['accept-language']), 'server_error'));
      else res.end();
    });
  });

  log?.info({ issuer, accounts: DEMO_ACCOUNTS.length }, 'development identity provider listening');
  return {
    issuer,
    clientId: DEV_CLIENT_ID,
    clientSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
