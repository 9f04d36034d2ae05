/**
 * The satisfaction survey in a real browser, in English and French: reached from a cluster page's
 * feedback section, sent once with a problem (the error state checked with axe too), then answered,
 * thanked and stored with its comment redacted; and answered once more with JavaScript off.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { clusterPath, satisfactionPath } from '../../src/channels/http/paths.js';
import { getPublicCluster, type PublishedCluster } from '../../src/domains/clusters/index.js';
import { seedDemo } from '../../src/demo/index.js';
import { t, type Lang } from '../../src/platform/i18n/index.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/db.js';
import { duplicateIds, launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';
const LANGS: readonly Lang[] = ['en', 'fr'];
const COMMENT: Record<Lang, { typed: string; stored: string }> = {
  en: {
    typed: 'It took 3 weeks. Write to me at jo@example.ca or call 613-555-0199.',
    stored: 'It took 3 weeks. Write to me at [removed] or call [removed].',
  },
  fr: {
    typed: 'Il a fallu 2 jours. J’habite au 45, rue Saint-Denis, H2X 1Y4.',
    stored: 'Il a fallu 2 jours. J’habite au [retiré], [retiré].',
  },
};

describe('satisfaction survey in a real browser', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let base: string;
  let baby: PublishedCluster;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    baby = await getPublicCluster(database.db, 'having-a-baby');
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
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  async function violations(page: Page, name: string): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.passes.length, `${name}: axe ran no rule`).toBeGreaterThan(10);
    return [
      ...results.violations.map(
        (violation) =>
          `${name}: ${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help} at ` +
          violation.nodes.map((node) => node.target.join(' ')).join(' | '),
      ),
      ...(await duplicateIds(page)).map((id) => `${name}: id "${id}" is on more than one element`),
    ];
  }

  /** Chooses an option of the question whose legend is `question`, by the option's label. */
  const choose = (page: Page, question: string, option: string) =>
    page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();

  async function submit(page: Page, lang: Lang): Promise<number> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: t(lang, 'satisfaction.submit'), exact: true }).click(),
    ]);
    await page.waitForLoadState();
    return response.status();
  }

  const surveys = () =>
    database.db
      .selectFrom('interaction')
      .innerJoin('survey_response', 'survey_response.interaction_id', 'interaction.id')
      .selectAll()
      .orderBy('interaction.id')
      .execute();

  it.each(LANGS)(
    '(%s) is reached from a cluster page, refuses a form without the overall answer, then thanks',
    async (lang) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const failures: string[] = [];
      const cluster = clusterPath(lang, baby.definition.slug[lang]);

      await page.goto(`${base}${cluster}`);
      await page
        .locator('#feedback')
        .getByRole('link', { name: t(lang, 'satisfaction.link') })
        .click();
      await page.waitForURL((url) => url.pathname === satisfactionPath(lang));
      expect(new URL(page.url()).searchParams.get('page')).toBe(cluster);
      await expect(page.locator('h1').textContent()).resolves.toBe(t(lang, 'satisfaction.title'));
      failures.push(...(await violations(page, `${lang}-satisfaction`)));

      // Everything but the one required answer.
      await choose(page, t(lang, 'satisfaction.questions.timeliness'), t(lang, 'satisfaction.scale.2'));
      await page
        .getByRole('textbox', { name: t(lang, 'satisfaction.comment.label') })
        .fill(COMMENT[lang].typed);
      expect(await submit(page, lang)).toBe(400);
      const summary = page.locator('.error-summary');
      await expect(summary.getByRole('link').allTextContents()).resolves.toEqual([
        t(lang, 'satisfaction.problems.overall'),
      ]);
      // The answers given stay.
      await expect(page.locator('#timeliness-2').isChecked()).resolves.toBe(true);
      await expect(page.locator('#comment').inputValue()).resolves.toBe(COMMENT[lang].typed);
      await page.screenshot({ path: `${SCREENSHOTS}/satisfaction-${lang}-errors.png`, fullPage: true });
      failures.push(...(await violations(page, `${lang}-satisfaction-errors`)));
      // The summary's link takes the visitor to the question.
      await summary.getByRole('link').click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('overall-1');

      await choose(page, t(lang, 'satisfaction.questions.overall'), t(lang, 'satisfaction.scale.4'));
      await choose(page, t(lang, 'satisfaction.questions.courtesy'), t(lang, 'satisfaction.scale.5'));
      await choose(
        page,
        t(lang, 'satisfaction.preferredChannel.legend'),
        t(lang, 'satisfaction.preferredChannel.phone'),
      );
      expect(await submit(page, lang)).toBe(303);
      await page.waitForURL((url) => url.searchParams.get('sent') === '1');
      expect(new URL(page.url()).searchParams.get('page')).toBe(cluster);
      await expect(page.locator('h1').textContent()).resolves.toBe(t(lang, 'satisfaction.sent.heading'));
      await expect(page.getByRole('status').textContent()).resolves.toBe(t(lang, 'satisfaction.sent.body'));
      failures.push(...(await violations(page, `${lang}-satisfaction-sent`)));

      const stored = (await surveys()).at(-1)!;
      expect(stored).toMatchObject({
        channel: 'web',
        kind: 'survey',
        lang,
        cluster_key: 'having-a-baby',
        overall: 4,
        timeliness: 2,
        knowledge: null,
        courtesy: 5,
        preferred_channel: 'phone',
        comment: COMMENT[lang].stored,
      });

      await page.getByRole('link', { name: t(lang, 'satisfaction.backToPage'), exact: true }).click();
      await page.waitForURL((url) => url.pathname === cluster);
      await context.close();
      expect(failures).toEqual([]);
    },
    180_000,
  );

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const before = (await surveys()).length;
    await page.goto(`${base}${satisfactionPath('fr')}?page=%2Ffr`);
    await choose(page, t('fr', 'satisfaction.questions.overall'), t('fr', 'satisfaction.scale.3'));
    expect(await submit(page, 'fr')).toBe(303);
    await page.waitForURL((url) => url.searchParams.get('sent') === '1');
    await expect(page.getByRole('status').textContent()).resolves.toBe(t('fr', 'satisfaction.sent.body'));
    await context.close();
    expect(await surveys()).toHaveLength(before + 1);
  });
});
