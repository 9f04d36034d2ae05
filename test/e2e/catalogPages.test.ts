import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { listOrganizations, listServices } from '../../src/domains/catalog/index.js';
import { seedDemo } from '../../src/demo/index.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/db.js';
import { duplicateIds, launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';

describe('catalog pages in a real browser', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let base: string;
  const paths: { name: string; path: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    app = await createApp({
      db: database.db,
      dbKind: database.kind,
      logger: false,
      rateLimit: 100_000,
      demoData: true,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const service = (await listServices(database.db, { page: 1, perPage: 1, search: 'passport' })).items[0]!;
    const organization = (await listOrganizations(database.db, { page: 1, perPage: 1 })).items[0]!;
    for (const lang of ['en', 'fr']) {
      paths.push(
        { name: `${lang}-home`, path: `/${lang}` },
        { name: `${lang}-services`, path: `/${lang}/services` },
        { name: `${lang}-search`, path: `/${lang}/services?q=${lang === 'en' ? 'pension' : 'pension'}` },
        { name: `${lang}-search-none`, path: `/${lang}/services?q=zzzqqq` },
        { name: `${lang}-service`, path: `/${lang}/services/${service.id}` },
        { name: `${lang}-organizations`, path: `/${lang}/organizations` },
        { name: `${lang}-organization`, path: `/${lang}/organizations/${organization.id}` },
        { name: `${lang}-not-found`, path: `/${lang}/no-such-page` },
      );
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  async function open(page: Page, path: string) {
    const response = await page.goto(`${base}${path}`);
    return response!.status();
  }

  it('has no WCAG 2.2 AA violation on any page type, in English and French, errors included', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const { name, path } of paths) {
      const status = await open(page, path);
      expect(status, path).toBe(name.endsWith('not-found') ? 404 : 200);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      for (const violation of results.violations) {
        failures.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
      }
      for (const id of await duplicateIds(page))
        failures.push(`${path}: id "${id}" is on more than one element`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  it('lets a visitor without JavaScript search the services, open one, and switch language on the same page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, '/en/services');
    await page.getByLabel('What do you need?').fill('passport');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/en\/services\?q=passport/);
    await page.locator('.card-list a').first().click();
    await expect(page.locator('h1')).toBeTruthy();
    const serviceUrl = new URL(page.url());
    expect(serviceUrl.pathname).toMatch(/^\/en\/services\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Français' }).click();
    expect(new URL(page.url()).pathname).toBe(serviceUrl.pathname.replace('/en/', '/fr/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA');
    await context.close();
  });
});
