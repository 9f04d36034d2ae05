/**
 * Sign-in with OpenID Connect, for real: the development identity provider and Stitch both listen on
 * loopback, and a cookie-carrying fetch walks every redirect a browser would follow.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevIdentityProvider, type DevIdentityProvider } from '../../../../demo/identity/provider.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../../../../demo/identity/users.js';
import {
  openSession,
  resumeSession,
  setAccountDisabled,
  systemActor,
} from '../../../../platform/auth/index.js';
import { createTestApp, type TestApp } from '../../../../testing/app.js';
import { CookieWalker, type Walk } from '../../../../testing/browserless.js';
import { SESSION_COOKIE, SECURE_SESSION_COOKIE } from '../../../http/access.js';
import { STATE_COOKIE } from '../../../http/oidc.js';

interface Site {
  provider: DevIdentityProvider;
  stitch: TestApp;
  base: string;
}

async function startSite(options: { publicUrl?: string; rateLimit?: number } = {}): Promise<Site> {
  let base = '';
  const provider = await startDevIdentityProvider({
    port: 0,
    relyingParty: () => options.publicUrl ?? base,
    throttle: { baseDelayMs: 1, maxDelayMs: 5, lockAfter: 5 },
  });
  const stitch = await createTestApp({
    publicUrl: options.publicUrl,
    // Each browser below comes through one proxy with an address of its own.
    trustProxy: 1,
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      rateLimit: options.rateLimit ?? 1000,
    },
  });
  await stitch.app.listen({ port: 0, host: '127.0.0.1' });
  const address = stitch.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  await seedDemoUsers(stitch.database.db, provider.issuer);
  return { provider, stitch, base };
}

async function stopSite(site: Site | undefined) {
  await site?.stitch.close();
  await site?.provider.close();
}

let clients = 0;
/** A browser from its own address, so one test's failures do not throttle another's. */
function browser(site: Site): CookieWalker {
  const walker = new CookieWalker();
  clients += 1;
  walker.headersFor.set(new URL(site.base).origin, { 'x-forwarded-for': `203.0.113.${clients}` });
  return walker;
}

/** From Stitch's sign-in link to the provider's login page. */
async function openLogin(walker: CookieWalker, site: Site, start: string): Promise<Walk> {
  const walk = await walker.walk(`${site.base}${start}`);
  expect(walk.response.status).toBe(200);
  expect(walk.url.origin).toBe(new URL(site.provider.issuer).origin);
  expect(walk.url.pathname).toMatch(/^\/interaction\//);
  return walk;
}

function formAction(html: string, path: RegExp): string {
  const action = [...html.matchAll(/<form[^>]*action="([^"]+)"/g)]
    .map((m) => m[1]!)
    .find((a) => path.test(a));
  if (!action) throw new Error(`no form posting to ${path}`);
  return action.replace(/&amp;/g, '&');
}

async function submitLogin(walker: CookieWalker, login: Walk, username: string, password = DEMO_PASSWORD) {
  const action = new URL(formAction(login.body, /\/login$/), login.url);
  return walker.walk(action, { method: 'POST', form: { username, password, lang: 'en' } });
}

async function signIn(walker: CookieWalker, site: Site, username: string, start = '/en/sign-in/start') {
  return submitLogin(walker, await openLogin(walker, site, start), username);
}

function csrfFrom(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no _csrf field on the page');
  return token;
}

const auditRows = (site: Site, action: string) =>
  site.stitch.database.db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'detail'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();

describe('sign-in without a configured public address', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => stopSite(site));

  it('sends the provider back to the address it listens on, whatever Host the request names', async () => {
    // A raw request: fetch will not let a caller choose the Host header.
    const location = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(
        `${site.base}/en/sign-in/start`,
        {
          headers: {
            host: 'attacker.example',
            'x-forwarded-host': 'attacker.example',
            'x-forwarded-proto': 'https',
          },
        },
        (response) => {
          response.resume();
          expect(response.statusCode).toBe(303);
          resolve(String(response.headers.location));
        },
      );
      request.on('error', reject);
      request.end();
    });
    const redirectUri = new URL(location).searchParams.get('redirect_uri');
    expect(redirectUri).toBe(`${site.base}/auth/callback`);
    expect(location).not.toContain('attacker.example');
  });
});

describe('sign-in with OpenID Connect', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => stopSite(site));

  it('shows a bilingual sign-in page with a link that starts the flow', async () => {
    const en = await site.stitch.app.inject({ url: '/en/sign-in?return_to=/en/manage' });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('href="/en/sign-in/start?return_to=%2Fen%2Fmanage"');
    expect(en.body).toContain('hreflang="fr-CA" href="/fr/connexion"');
    const fr = await site.stitch.app.inject({ url: '/fr/connexion?return_to=https://evil.example' });
    expect(fr.body).toContain('Connexion des partenaires');
    expect(fr.body).toContain('href="/fr/connexion/demarrer"');
  });

  it('signs a platform administrator in through the provider and into the back office', async () => {
    const walker = browser(site);
    const login = await openLogin(walker, site, '/en/sign-in/start');
    expect(login.body).toContain('lang="en-CA"');
    expect(login.body).toContain(DEMO_PASSWORD);
    expect(login.body).toContain('platform-admin');
    // The state cookie binds the flow to this browser.
    const start = login.hops[0]!;
    expect(start.setCookies.find((c) => c.startsWith(`${STATE_COOKIE}=`))).toMatch(/HttpOnly/i);
    expect(start.setCookies.find((c) => c.startsWith(`${STATE_COOKIE}=`))).toMatch(/SameSite=Lax/i);

    const done = await submitLogin(walker, login, 'platform-admin');
    const callback = done.hops.find((hop) => hop.url.startsWith(`${site.base}/auth/callback`));
    expect(callback?.status).toBe(303);
    const cookie = callback!.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    expect(walker.cookie(site.base, STATE_COOKIE)).toBeUndefined();

    expect(done.url.pathname).toBe('/en/manage');
    expect(done.response.status).toBe(200);
    expect(done.body).toContain('Platform Admin');
    const pending = await site.stitch.database.db.selectFrom('sign_in_request').selectAll().execute();
    expect(pending).toEqual([]);
    const signIns = await auditRows(site, 'auth.sign_in');
    expect(signIns.length).toBeGreaterThan(0);

    const signInPage = await walker.walk(`${site.base}/en/sign-in`);
    expect(signInPage.body).toContain('You are signed in as Platform Admin.');
    expect(signInPage.body).toContain('href="/en/manage"');
  });

  it('keeps the language of the sign-in and honours a local return address', async () => {
    const walker = browser(site);
    const login = await openLogin(walker, site, '/fr/connexion/demarrer?return_to=%2Ffr%2Fgestion%3Fx%3D1');
    expect(login.body).toContain('lang="fr-CA"');
    expect(login.body).toContain('Se connecter à Stitch');
    const done = await submitLogin(walker, login, 'cluster-manager');
    expect(`${done.url.pathname}${done.url.search}`).toBe('/fr/gestion?x=1');
    expect(done.response.status).toBe(200);
  });

  it.each(['https://evil.example', '//evil.example/x', '/\\evil.example'])(
    'ignores return_to=%s and goes to the back office',
    async (returnTo) => {
      const walker = browser(site);
      const done = await signIn(
        walker,
        site,
        'program-analyst',
        `/en/sign-in/start?return_to=${encodeURIComponent(returnTo)}`,
      );
      expect(done.url.origin).toBe(site.base);
      expect(done.url.pathname).toBe('/en/manage');
    },
  );

  it('ends a session the browser had before signing in (session fixation)', async () => {
    const walker = browser(site);
    const someone = await site.stitch.database.db
      .selectFrom('user_account')
      .select('id')
      .where('subject', '=', 'program-analyst')
      .executeTakeFirstOrThrow();
    const planted = await openSession(site.stitch.database.db, someone.id);
    walker.setCookie(site.base, SESSION_COOKIE, planted.token);
    const done = await signIn(walker, site, 'platform-admin');
    expect(done.url.pathname).toBe('/en/manage');
    const fresh = walker.cookie(site.base, SESSION_COOKIE);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(planted.token);
    expect(await resumeSession(site.stitch.database.db, planted.token)).toBeUndefined();
    expect((await resumeSession(site.stitch.database.db, fresh!))?.actor.name).toBe('Platform Admin');
  });

  it('refuses a forged state and a replayed answer, and counts both', async () => {
    const walker = browser(site);
    walker.setCookie(site.base, STATE_COOKIE, 'forged');
    const forged = await walker.walk(`${site.base}/auth/callback?code=abc&state=forged`);
    expect(forged.response.status).toBe(400);
    expect(forged.body).toContain('Sign-in did not work');
    expect(forged.body).not.toMatch(/at .*\.ts:\d+/);

    const done = await signIn(walker, site, 'platform-admin');
    const callback = done.hops.find((hop) => hop.url.startsWith(`${site.base}/auth/callback`))!;
    const state = new URL(callback.url).searchParams.get('state')!;
    walker.setCookie(site.base, STATE_COOKIE, state);
    const replayed = await walker.walk(callback.url);
    expect(replayed.response.status).toBe(400);

    const failures = await site.stitch.database.db
      .selectFrom('sign_in_failure')
      .select('reason')
      .where('client_key', '=', walker.headersFor.get(site.base)!['x-forwarded-for']!)
      .execute();
    expect(failures).toHaveLength(2);
    const audited = await auditRows(site, 'auth.sign_in_failed');
    expect(audited.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an answer that comes back to a browser other than the one that started', async () => {
    const starter = browser(site);
    const done = await signIn(starter, site, 'platform-admin');
    expect(done.url.pathname).toBe('/en/manage');
    const callback = done.hops.find((hop) => hop.url.startsWith(`${site.base}/auth/callback`))!;
    // The same link opened by another browser: no state cookie, so no session.
    const other = browser(site);
    const stolen = await other.walk(callback.url);
    expect(stolen.response.status).toBe(400);
    expect(other.cookie(site.base, SESSION_COOKIE)).toBeUndefined();
  });

  it('makes a client wait after five failures, with Retry-After, a log and an audit row', async () => {
    const walker = browser(site);
    for (let i = 0; i < 5; i += 1) {
      const failed = await walker.walk(`${site.base}/auth/callback?code=x&state=guess-${i}`);
      expect(failed.response.status).toBe(400);
    }
    const throttled = await walker.walk(`${site.base}/auth/callback?code=x&state=guess-6`);
    expect(throttled.response.status).toBe(429);
    expect(Number(throttled.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.body).toContain('Too many sign-in attempts');
    expect(throttled.body).toMatch(/Try again in \d+ seconds/);
    const start = await walker.walk(`${site.base}/fr/connexion/demarrer`);
    expect(start.response.status).toBe(429);
    expect(start.body).toContain('Trop de tentatives de connexion');
    const audited = await auditRows(site, 'auth.sign_in_failed');
    expect(audited.some((row) => (row.detail as { reason?: string }).reason === 'throttled')).toBe(true);
  });

  it('refuses a turned-off account and opens no session', async () => {
    const { db } = site.stitch.database;
    const account = await db
      .selectFrom('user_account')
      .select('id')
      .where('subject', '=', 'canada-post-admin')
      .executeTakeFirstOrThrow();
    await setAccountDisabled(db, systemActor('test'), account.id, true);
    const walker = browser(site);
    const refused = await signIn(walker, site, 'canada-post-admin');
    expect(refused.response.status).toBe(403);
    expect(refused.body).toContain('Your account is turned off');
    expect(walker.cookie(site.base, SESSION_COOKIE)).toBeUndefined();
  });

  it('tells the person when they cancel at the provider', async () => {
    const walker = browser(site);
    const login = await openLogin(walker, site, '/en/sign-in/start');
    const action = new URL(formAction(login.body, /\/abort$/), login.url);
    const back = await walker.walk(action, { method: 'POST', form: { lang: 'en' } });
    expect(back.url.pathname).toBe('/auth/callback');
    expect(back.response.status).toBe(403);
    expect(back.body).toContain('cancelled or refused');
  });

  it('signs out only with the anti-forgery token, then logs out at the provider too', async () => {
    const walker = browser(site);
    const manage = await signIn(walker, site, 'platform-admin');
    const token = walker.cookie(site.base, SESSION_COOKIE)!;
    const refused = await walker.request(`${site.base}/en/sign-out`, { method: 'POST', form: {} });
    expect(refused.response.status).toBe(403);
    expect(await resumeSession(site.stitch.database.db, token)).toBeDefined();

    const out = await walker.request(`${site.base}/en/sign-out`, {
      method: 'POST',
      form: { _csrf: csrfFrom(manage.body) },
    });
    expect(out.response.status).toBe(303);
    const logout = new URL(out.response.headers.get('location')!);
    expect(logout.origin).toBe(new URL(site.provider.issuer).origin);
    expect(logout.searchParams.get('id_token_hint')).toBeTruthy();
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${site.base}/en`);
    expect(await resumeSession(site.stitch.database.db, token)).toBeUndefined();
    expect(walker.cookie(site.base, SESSION_COOKIE)).toBeUndefined();
    expect((await auditRows(site, 'auth.sign_out')).length).toBeGreaterThan(0);

    // The old cookie opens nothing any more.
    walker.setCookie(site.base, SESSION_COOKIE, token);
    const again = await walker.request(`${site.base}/en/manage`);
    expect(again.response.status).toBe(303);
    expect(again.response.headers.get('location')).toMatch(/^\/en\/sign-in\?return_to=/);

    // At the provider: the question, then back to Stitch's home page.
    const question = await walker.walk(logout);
    expect(question.response.status).toBe(200);
    expect(question.body).toContain('Sign out of the identity provider too?');
    const confirm = new URL(formAction(question.body, /session\/end\/confirm/), question.url);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.body)![1]!;
    const home = await walker.walk(confirm, { method: 'POST', form: { xsrf, logout: 'yes' } });
    expect(home.url.href).toBe(`${site.base}/en`);
  });

  it('slows and then refuses wrong passwords at the provider', async () => {
    const walker = browser(site);
    const login = await openLogin(walker, site, '/en/sign-in/start');
    const wrong = await submitLogin(walker, login, 'front-line-agent', 'not-the-password');
    expect(wrong.response.status).toBe(401);
    expect(wrong.body).toContain('The username or the password is not right');
    expect(wrong.body).toContain('aria-invalid="true"');
    for (let i = 0; i < 3; i += 1) await submitLogin(walker, login, 'front-line-agent', 'still-wrong');
    const locked = await submitLogin(walker, login, 'front-line-agent', 'wrong-again');
    expect(locked.response.status).toBe(429);
    // Locked now, even with the right password.
    const refused = await submitLogin(walker, login, 'front-line-agent');
    expect(refused.response.status).toBe(429);
    expect(refused.body).toContain('Too many wrong passwords');
  });
});

describe('sign-in behind a public https address', () => {
  const publicUrl = 'https://stitch.example.test';
  let site: Site;
  beforeAll(async () => {
    site = await startSite({ publicUrl, rateLimit: 3 });
  });
  afterAll(async () => stopSite(site));

  it('sets a Secure __Host- session cookie and rate-limits the start of sign-in', async () => {
    const walker = browser(site);
    walker.rewrites.set(publicUrl, site.base);
    walker.headersFor.set(new URL(site.base).origin, { 'x-forwarded-for': '198.51.100.7' });
    const done = await signIn(walker, site, 'platform-admin');
    const callback = done.hops.find((hop) => hop.url.startsWith(`${site.base}/auth/callback`))!;
    const cookie = callback.setCookies.find((c) => c.startsWith(`${SECURE_SESSION_COOKIE}=`));
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(done.url.pathname).toBe('/en/manage');
    expect(done.response.status).toBe(200);

    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await walker.request(`${site.base}/en/sign-in/start`)).response.status);
    expect(statuses).toEqual([303, 303, 429]);
    const limited = await walker.request(`${site.base}/en/sign-in/start`);
    expect(limited.response.headers.get('retry-after')).toBeTruthy();
    expect(await limited.response.text()).toContain('Too many sign-in attempts');
  });
});

describe('sign-in without an identity provider', () => {
  let stitch: TestApp;
  beforeAll(async () => {
    stitch = await createTestApp();
  });
  afterAll(async () => stitch.close());

  it('says sign-in is not set up, without a broken link or an error', async () => {
    const page = await stitch.app.inject({ url: '/en/sign-in' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sign-in is not set up');
    const start = await stitch.app.inject({ url: '/en/sign-in/start' });
    expect(start.statusCode).toBe(503);
    const callback = await stitch.app.inject({ url: '/auth/callback?code=a&state=b' });
    expect(callback.statusCode).toBe(503);
  });
});
