/**
 * A cluster manager's results indicators in a real browser, in English and French (the pages carry no
 * script: every form is a plain post):
 * from the list of clusters to the business cluster's indicators (the demo's compliant employer
 * accounts), a new indicator refused then defined, and a value recorded the way the language writes
 * numbers. axe-core (WCAG 2.2 AA) checks the list, the page, its error state and the removal step.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { managePath } from '../../src/channels/http/paths.js';
import { listClusterIndicators } from '../../src/domains/insights/index.js';
import { partnershipId } from '../../src/domains/partnerships/index.js';
import { seedDemo } from '../../src/demo/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../src/platform/i18n/index.js';
import { signInAs, type TestUser } from '../../src/testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/db.js';
import { launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';
const CLUSTER = 'starting-a-business';

/** Each language's indicator, and the value as a person of that language types it. */
const JOURNEY = {
  en: {
    key: 'e2e-online-registrations',
    name: { en: 'Registrations completed online', fr: 'Inscriptions faites en ligne' },
    baseline: '40.5',
    value: '62.5',
  },
  fr: {
    key: 'e2e-inscriptions-en-ligne',
    name: { en: 'Registrations made at a kiosk', fr: 'Inscriptions faites à une borne' },
    baseline: '40,5',
    value: '62,5',
  },
} as const;

describe('results indicators in a real browser', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let base: string;
  let manager: TestUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    app = await createApp({ db: database.db, dbKind: database.kind, logger: false, rateLimit: 100_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    manager = await signInAs(
      app,
      [{ role: 'cluster_manager', partnershipId: partnershipId(CLUSTER) }],
      'Maude Manager',
    );
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
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

  /** Clicks a form's button; the status of the POST's answer (before any redirect). */
  async function submit(page: Page, name: string): Promise<number> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    await page.waitForLoadState();
    return response.status();
  }

  for (const lang of ['en', 'fr'] as const satisfies readonly Lang[]) {
    it(`defines an indicator and records a value, in ${lang === 'en' ? 'English' : 'French'}`, async () => {
      const s = (key: MessageKeyUnder<'results.indicators'>, params?: Record<string, unknown>) =>
        t(lang, `results.indicators.${key}`, params);
      const journey = JOURNEY[lang];
      // axe needs scripts in the page; the page itself has none, its forms are plain posts.
      const context = await browser.newContext();
      await context.addCookies([{ name: 'stitch_session', value: manager.cookie.split('=')[1]!, url: base }]);
      const page = await context.newPage();
      // A missing label or button fails fast, with its name, rather than at the test's time limit.
      page.setDefaultTimeout(15_000);
      const problems: string[] = [];
      try {
        const list = await page.goto(
          `${base}${managePath(lang, lang === 'en' ? 'indicators' : 'indicateurs')}`,
        );
        expect(list!.status()).toBe(200);
        problems.push(...(await violations(page, 'indicator list')));
        await page
          .getByRole('link', { name: lang === 'en' ? 'Starting a business' : 'Démarrer une entreprise' })
          .click();
        await page.waitForLoadState();

        // The demo's example: 14,500 → 18,000, with quarterly values and progress.
        const name = lang === 'en' ? 'Compliant employer accounts' : 'Comptes d’employeurs conformes';
        await expect(page.getByRole('heading', { level: 2, name })).toBeTruthy();
        expect(await page.getByRole('table', { name: s('valuesCaption', { name }) }).count()).toBe(1);
        expect(await page.getByRole('progressbar', { name: s('progressLabel', { name }) }).count()).toBe(1);
        problems.push(...(await violations(page, 'cluster indicators')));

        // A percentage beyond 100 and a target before its baseline: refused, fields kept, then fixed.
        await page.getByLabel(s('define.key'), { exact: true }).fill(journey.key);
        await page.getByLabel(s('define.nameEn'), { exact: true }).fill(journey.name.en);
        await page.getByLabel(s('define.nameFr'), { exact: true }).fill(journey.name.fr);
        await page.getByLabel(s('define.unit'), { exact: true }).selectOption('percent');
        await page.getByLabel(s('define.baselineValue'), { exact: true }).fill(journey.baseline);
        await page.getByLabel(s('define.baselineOn'), { exact: true }).fill('2025-03-31');
        await page.getByLabel(s('define.targetValue'), { exact: true }).fill('120');
        await page.getByLabel(s('define.targetOn'), { exact: true }).fill('2024-03-31');
        expect(await submit(page, s('define.submit'))).toBe(400);
        const summary = page.getByRole('alert');
        expect(await summary.textContent()).toContain(s('rules.percentRange'));
        expect(await summary.textContent()).toContain(s('rules.targetAfterBaseline'));
        expect(await page.getByLabel(s('define.nameFr'), { exact: true }).inputValue()).toBe(journey.name.fr);
        problems.push(...(await violations(page, 'define form with errors')));
        await page.screenshot({ path: `${SCREENSHOTS}/indicators-errors-${lang}.png`, fullPage: true });

        await page.getByLabel(s('define.targetValue'), { exact: true }).fill('75');
        await page.getByLabel(s('define.targetOn'), { exact: true }).fill('2028-03-31');
        expect(await submit(page, s('define.submit'))).toBe(303);
        expect(await page.getByRole('status').textContent()).toContain(s('done.created'));

        // Its first value, typed as the language writes numbers.
        const indicatorName = journey.name[lang];
        await page.getByLabel(s('record.indicator'), { exact: true }).selectOption(journey.key);
        await page.getByLabel(s('record.measuredOn'), { exact: true }).fill('2026-09-30');
        await page.getByLabel(s('record.value'), { exact: true }).fill(journey.value);
        expect(await submit(page, s('record.submit'))).toBe(303);
        expect(await page.getByRole('status').textContent()).toContain(s('done.recorded'));
        const values = page.getByRole('table', { name: s('valuesCaption', { name: indicatorName }) });
        expect(await values.textContent()).toMatch(/62[.,]5/);
        problems.push(...(await violations(page, 'after recording')));

        // The removal step is a page of its own, which works without JavaScript.
        await page.getByRole('link', { name: s('remove', { name: indicatorName }) }).click();
        await page.waitForLoadState();
        problems.push(...(await violations(page, 'removal step')));
        await page.getByRole('link', { name: s('confirm.cancel') }).click();
        await page.waitForLoadState();

        const stored = await listClusterIndicators(database.db, CLUSTER);
        expect(stored.find((indicator) => indicator.key === journey.key)).toMatchObject({
          unit: 'percent',
          baseline: { value: 40.5 },
          target: { value: 75 },
          values: [{ on: '2026-09-30', value: 62.5 }],
        });
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
