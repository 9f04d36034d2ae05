/**
 * Partner sign-in in a real browser, in English and French: Stitch's sign-in page, the development
 * identity provider's login page (and its wrong-password state), the back office and signing out
 * (with the provider's own sign-out question), each swept by axe-core for WCAG 2.2 AA.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevIdentityProvider, type DevIdentityProvider } from '../../src/demo/identity/provider.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../../src/demo/identity/users.js';
import { t, type Lang } from '../../src/platform/i18n/index.js';
import { createTestApp, type TestApp } from '../../src/testing/app.js';
import { launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';
/** A demo account per language, and the name the back office greets. */
const PERSON: Record<Lang, { username: string; name: string; signIn: string; manage: string }> = {
  en: { username: 'platform-admin', name: 'Platform Admin', signIn: '/en/sign-in', manage: '/en/manage' },
  fr: {
    username: 'program-analyst',
    name: 'Program Analyst',
    signIn: '/fr/connexion',
    manage: '/fr/gestion',
  },
};

describe('partner sign-in in a browser', () => {
  let provider: DevIdentityProvider;
  let stitch: TestApp;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    provider = await startDevIdentityProvider({
      port: 0,
      relyingParty: () => base,
      throttle: { baseDelayMs: 1 },
    });
    stitch = await createTestApp({
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
    });
    await stitch.app.listen({ port: 0, host: '127.0.0.1' });
    const address = stitch.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await seedDemoUsers(stitch.database.db, provider.issuer);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stitch?.close();
    await provider?.close();
  });

  async function violations(page: Page, name: string): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.passes.length, `${name}: axe ran no rule`).toBeGreaterThan(10);
    return results.violations.map(
      (violation) =>
        `${name} (${new URL(page.url()).pathname}): ${violation.id} [${violation.impact ?? 'unknown'}] ` +
        `${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
  }

  it.each(['en', 'fr'] as const)(
    '(%s) signs in through the provider, lands in the back office and signs out, all accessible',
    async (lang) => {
      const person = PERSON[lang];
      const context = await browser.newContext();
      const page = await context.newPage();
      const failures: string[] = [];
      const issuerOrigin = new URL(provider.issuer).origin;

      const response = await page.goto(`${base}${person.signIn}`);
      expect(response!.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'en' ? 'en-CA' : 'fr-CA');
      failures.push(...(await violations(page, `${lang}-stitch-sign-in`)));

      await page.getByRole('link', { name: t(lang, 'auth.signIn.button'), exact: true }).click();
      await page.waitForURL((url) => url.origin === issuerOrigin && url.pathname.startsWith('/interaction/'));
      expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'en' ? 'en-CA' : 'fr-CA');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        t(lang, 'auth.provider.title'),
      );
      failures.push(...(await violations(page, `${lang}-provider-login`)));

      // The language link keeps the sign-in going in the other language, and back.
      const otherLang: Lang = lang === 'en' ? 'fr' : 'en';
      await page.getByRole('link', { name: t(lang, 'common.otherLanguage') }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        t(otherLang, 'auth.provider.title'),
      );
      await page.getByRole('link', { name: t(otherLang, 'common.otherLanguage') }).click();
      await page.waitForLoadState();

      const username = page.getByLabel(t(lang, 'auth.provider.username'), { exact: true });
      const password = page.getByLabel(t(lang, 'auth.provider.passwordLabel'), { exact: true });
      await username.fill(person.username);
      await password.fill('not-the-password');
      await page.getByRole('button', { name: t(lang, 'auth.provider.submit'), exact: true }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('alert').textContent()).toContain(t(lang, 'auth.provider.wrong'));
      failures.push(...(await violations(page, `${lang}-provider-login-wrong-password`)));
      await page.screenshot({ path: `${SCREENSHOTS}/sign-in-${lang}-provider-error.png`, fullPage: true });

      await password.fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: t(lang, 'auth.provider.submit'), exact: true }).click();
      await page.waitForURL(`${base}${person.manage}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t(lang, 'common.manage.home'));
      expect(await page.textContent('body')).toContain(person.name);
      failures.push(...(await violations(page, `${lang}-back-office`)));

      await page.getByRole('button', { name: t(lang, 'common.manage.signOut'), exact: true }).click();
      await page.waitForURL((url) => url.origin === issuerOrigin);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        t(lang, 'auth.provider.logout.title'),
      );
      failures.push(...(await violations(page, `${lang}-provider-logout`)));
      await page.getByRole('button', { name: t(lang, 'auth.provider.logout.yes'), exact: true }).click();
      await page.waitForURL(`${base}/${lang}`);

      // Signed out: the back office sends the visitor to sign in again.
      await page.goto(`${base}${person.manage}`);
      expect(new URL(page.url()).pathname).toBe(person.signIn);
      await context.close();
      expect(failures).toEqual([]);
    },
  );
});
