import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/db.js';
import { launchBrowser, WCAG } from './browser.js';

describe('the page for a refused request in a real browser', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Two pages a minute: the third is refused.
    app = await createApp({ db: database.db, dbKind: database.kind, logger: false, rateLimit: 2 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  it('keeps its 429, is styled, says when to come back, and has no WCAG 2.2 AA violation in either language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const lang of ['en', 'fr'] as const)
      expect((await page.goto(`${base}/${lang}`))!.status()).toBe(200);
    for (const lang of ['en', 'fr'] as const) {
      // Another address: the home pages just read may be reused from the browser's cache (max-age).
      const response = await page.goto(`${base}/${lang}/services?q=passport`);
      expect(response!.status()).toBe(429);
      expect(await page.locator('h1').textContent()).toBe(
        lang === 'en' ? 'Too many requests' : 'Trop de demandes',
      );
      await expect(page.locator('main').textContent()).resolves.toContain(
        lang === 'en'
          ? 'Please wait a minute, then try again.'
          : 'Veuillez patienter une minute, puis réessayez.',
      );
      // The stylesheet is not rate-limited: the page still looks like the site.
      const styled = await page.evaluate(
        () => document.styleSheets.length > 0 && document.styleSheets[0]!.cssRules.length > 0,
      );
      expect(styled).toBe(true);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    }
    await context.close();
  });
});
