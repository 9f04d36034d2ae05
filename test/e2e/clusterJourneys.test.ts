/**
 * The portal organised by need, in a real browser: an axe-core WCAG 2.2 AA sweep of every page type of
 * clusters (home by kind, need search, cluster, pilot, screener and its errors, personal checklist and
 * its email states, feedback, governments, offices, 404) in English and French, then journeys without
 * JavaScript. The data is the demo catalogue and its clusters, as `stitch seed demo` loads them.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import {
  checklistPath,
  clusterPath,
  officesPath,
  performancePath,
  searchPath,
} from '../../src/channels/http/paths.js';
import {
  buildChecklist,
  getPublicCluster,
  listPublicClusters,
  screenAnswers,
  type ClusterSummary,
  type PublishedCluster,
  type ScreenerQuestion,
} from '../../src/domains/clusters/index.js';
import { seedDemo, seedDemoActivity } from '../../src/demo/index.js';
import { t, type Lang } from '../../src/platform/i18n/index.js';
import { createSmtpMailer } from '../../src/platform/mail/index.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/db.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/testing/smtp.js';
import { duplicateIds, launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';
const LANGS: readonly Lang[] = ['en', 'fr'];
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
/** A need in people's words, and the demo cluster it must find first. */
const NEED: Record<Lang, string> = { en: 'I just had a baby', fr: 'je viens d’avoir un bébé' };
const NEED_CLUSTER = 'having-a-baby';
const NO_RESULT = 'zzqxj vvwpk';
/** A misspelt need, and the word the search reads it as. */
const TYPO: Record<Lang, { typed: string; understood: string }> = {
  en: { typed: 'pasport', understood: 'passport' },
  fr: { typed: 'naisance', understood: 'naissance' },
};
/** What the screener journey types into text fields; none of it may show in the checklist's address. */
const TYPED = { postal_code: 'K1A 0B1', date: '2025-11-20' };

/** The answers a visitor gives in the journey: the first option, "no", and plausible text. */
function journeyAnswers(questions: readonly ScreenerQuestion[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const question of questions) {
    if (question.type === 'choice') values[question.id] = question.options![0]!.value;
    else if (question.type === 'yes_no') values[question.id] = 'no';
    else if (question.type === 'number') values[question.id] = String(question.min ?? 2);
    else values[question.id] = TYPED[question.type];
  }
  return values;
}

/** Answers that break the screener: required choices left blank and every typed field wrong. */
function badAnswers(questions: readonly ScreenerQuestion[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const question of questions) {
    if (question.ask_if !== undefined) continue;
    if (question.type === 'postal_code') values[question.id] = 'D0D 0D0';
    else if (question.type === 'date') values[question.id] = '2026-02-30';
    else if (question.type === 'number') values[question.id] = 'many';
  }
  return values;
}

/** Fills the screener as a person would: by the text of each question and of each option. */
async function answerScreener(
  page: Page,
  lang: Lang,
  questions: readonly ScreenerQuestion[],
  values: Record<string, string>,
) {
  for (const question of questions) {
    const value = values[question.id];
    if (value === undefined) continue;
    const label = question.label[lang];
    if (question.type === 'choice' || question.type === 'yes_no') {
      const option =
        question.type === 'yes_no'
          ? t(lang, `clusters.screener.${value === 'yes' ? 'yes' : 'no'}`)
          : question.options!.find((o) => o.value === value)!.label[lang];
      await page.getByRole('group', { name: label }).getByLabel(option, { exact: true }).check();
    } else {
      await page.getByRole('textbox', { name: label }).fill(value);
    }
  }
}

/** The "showing results for …" lines of a search page. */
async function understoodLines(page: Page): Promise<string[]> {
  const lang = (await page.locator('html').getAttribute('lang'))!.slice(0, 2) as Lang;
  const prefix = t(lang, 'clusters.search.understood', { words: '' }).split(/[“«]/)[0]!;
  const lines = await page.locator('main p.meta').allTextContents();
  return lines.filter((line) => line.startsWith(prefix));
}

/** The text of an email's body, whatever transfer encoding nodemailer chose. */
function mailText(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (/content-transfer-encoding:\s*base64/i.test(headers))
    return Buffer.from(body, 'base64').toString('utf8');
  return body.replace(/=\r?\n/g, '');
}

describe('cluster pages and journeys in a real browser', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let base: string;
  let clusters: ClusterSummary[];
  /** The cluster the need search must find, and a pilot cluster, as published. */
  let baby: PublishedCluster;
  let pilot: ClusterSummary;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createTestDatabase();
    await seedDemo(database.db);
    // Generated interactions, as the demo writes on first start, so the results pages have figures.
    await seedDemoActivity(database.db, { events: 20_000 });
    clusters = await listPublicClusters(database.db);
    const babySummary = clusters.find((c) => c.key === NEED_CLUSTER);
    if (!babySummary) throw new Error(`seedDemo published no "${NEED_CLUSTER}" cluster`);
    baby = await getPublicCluster(database.db, babySummary.key);
    const pilotSummary = clusters.find((c) => c.status === 'pilot');
    if (!pilotSummary) throw new Error('seedDemo published no pilot cluster');
    pilot = pilotSummary;
    app = await createApp({
      db: database.db,
      dbKind: database.kind,
      logger: false,
      rateLimit: 100_000,
      mailer: createSmtpMailer(smtp.url, 'Stitch <no-reply@stitch.test>'),
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
    await smtp?.close();
  });

  async function open(page: Page, path: string): Promise<number> {
    const response = await page.goto(`${base}${path}`);
    return response!.status();
  }

  /** axe-core over the page as it stands, and repeated ids; each violation as one readable line. */
  async function violations(page: Page, name: string): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    // A page axe could not read (an error page of the browser, say) would pass with no rule run.
    expect(results.passes.length, `${name}: axe ran no rule`).toBeGreaterThan(10);
    const where = `${name} (${new URL(page.url()).pathname})`;
    return [
      ...results.violations.map(
        (violation) =>
          `${where}: ${violation.id} [${violation.impact ?? 'unknown'}] ` +
          `${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      ),
      ...(await duplicateIds(page)).map((id) => `${where}: id "${id}" is on more than one element`),
    ];
  }

  async function screenshot(page: Page, name: string) {
    await page.screenshot({ path: `${SCREENSHOTS}/journeys-${name}.png`, fullPage: true });
  }

  /** Submits the screener of the page with these values; resolves with the status of the POST's answer. */
  async function submitScreener(page: Page, lang: Lang, values: Record<string, string>): Promise<number> {
    await answerScreener(page, lang, baby.definition.screener, values);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: t(lang, 'clusters.screener.submit'), exact: true }).click(),
    ]);
    await page.waitForLoadState();
    return response.status();
  }

  /** The screener answered as in the journey, up to the personal checklist. */
  async function reachChecklist(page: Page, lang: Lang): Promise<string> {
    expect(await open(page, checklistPath(lang, baby.definition.slug[lang]))).toBe(200);
    expect(await submitScreener(page, lang, journeyAnswers(baby.definition.screener))).toBe(303);
    const checklist = new RegExp(`^${checklistPath(lang, baby.definition.slug[lang])}/[A-Za-z0-9_-]{40,}$`);
    await page.waitForURL((url) => checklist.test(url.pathname));
    return new URL(page.url()).pathname;
  }

  async function sendChecklist(page: Page, lang: Lang, address: string) {
    await page.getByRole('textbox', { name: t(lang, 'clusters.checklist.emailLabel') }).fill(address);
    await page.getByRole('button', { name: t(lang, 'clusters.checklist.emailSubmit'), exact: true }).click();
    await page.waitForLoadState();
  }

  // One test per language: axe takes 2 to 7 s a page on a two-core machine, so both would near the timeout.
  it.each(LANGS)(
    '(%s) has no WCAG 2.2 AA violation on any cluster page type, errors and email states included',
    async (lang) => {
      expect(clusters.map((c) => c.kind)).toEqual(
        expect.arrayContaining(['life-event', 'business-event', 'client-group']),
      );
      const context = await browser.newContext();
      const page = await context.newPage();
      const failures: string[] = [];
      const swept: string[] = [];
      const audit = async (name: string, shot = false) => {
        swept.push(name);
        if (shot) await screenshot(page, name);
        failures.push(...(await violations(page, name)));
      };
      const slug = baby.definition.slug[lang];

      expect(await open(page, `/${lang}`)).toBe(200);
      for (const kind of ['life-event', 'business-event', 'client-group'])
        await expect(page.locator(`section#${kind} .card-list li`).count()).resolves.toBe(
          clusters.filter((c) => c.kind === kind).length,
        );
      await audit(`${lang}-home`, true);

      expect(await open(page, `${searchPath(lang)}?q=${encodeURIComponent(NEED[lang])}`)).toBe(200);
      expect(await page.locator('ol.results > li').count()).toBeGreaterThan(0);
      await audit(`${lang}-search`, true);

      // A corrected search: "showing results for", the link to search as typed, why each result matched.
      expect(await open(page, `${searchPath(lang)}?q=${TYPO[lang].typed}`)).toBe(200);
      expect(await page.locator('ol.results > li p.why').count()).toBeGreaterThan(0);
      await audit(`${lang}-search-corrected`);

      expect(await open(page, `${searchPath(lang)}?q=${encodeURIComponent(NO_RESULT)}`)).toBe(200);
      expect(await page.locator('ol.results').count()).toBe(0);
      await expect(page.getByRole('status').textContent()).resolves.toContain(NO_RESULT);
      await audit(`${lang}-search-none`);

      expect(await open(page, clusterPath(lang, slug))).toBe(200);
      await audit(`${lang}-cluster`, true);

      // The cluster's public performance: its measures, each chart with its table.
      expect(await open(page, performancePath(lang, slug))).toBe(200);
      await expect(page.locator('figure table').count()).resolves.toBe(3);
      await audit(`${lang}-cluster-performance`, true);

      expect(await open(page, clusterPath(lang, pilot.slug[lang]))).toBe(200);
      await expect(page.locator('.notice.pilot').count()).resolves.toBe(1);
      await audit(`${lang}-cluster-pilot`);

      expect(await open(page, `${clusterPath(lang, slug)}?feedback=thanks`)).toBe(200);
      await expect(page.locator('#feedback [role=status]').textContent()).resolves.toBe(
        t(lang, 'clusters.feedback.thanks'),
      );
      await audit(`${lang}-cluster-feedback-thanks`);

      expect(await open(page, checklistPath(lang, slug))).toBe(200);
      await audit(`${lang}-screener`, true);

      expect(await submitScreener(page, lang, badAnswers(baby.definition.screener))).toBe(400);
      await expect(page.locator('.error-summary li').count()).resolves.toBeGreaterThan(0);
      await audit(`${lang}-screener-errors`, true);

      await reachChecklist(page, lang);
      await audit(`${lang}-checklist`, true);

      await sendChecklist(page, lang, 'not-an-address');
      // The visually hidden prefix tells a screen reader the sentence is an error.
      await expect(page.locator('#email-error').textContent()).resolves.toBe(
        `${t(lang, 'common.errorPrefix')} ${t(lang, 'clusters.checklist.emailInvalid')}`,
      );
      await audit(`${lang}-checklist-email-invalid`);

      await sendChecklist(page, lang, `sweep-${lang}@example.ca`);
      await expect(page.getByRole('status').textContent()).resolves.toBe(
        t(lang, 'clusters.checklist.emailSent'),
      );
      await audit(`${lang}-checklist-email-sent`);

      expect(await open(page, `/${lang}/${lang === 'en' ? 'governments' : 'gouvernements'}`)).toBe(200);
      await audit(`${lang}-governments`);

      expect(await open(page, `/${lang}/situations/no-such-situation`)).toBe(404);
      await audit(`${lang}-cluster-not-found`);
      await context.close();
      expect(swept).toHaveLength(15);
      expect(failures).toEqual([]);
    },
    240_000,
  );

  it('has no WCAG 2.2 AA violation on the office finder, with and without a place, and for an unknown place', async (test) => {
    if (!app.hasRoute({ method: 'GET', url: officesPath('en') }))
      test.skip('no office finder route is mounted yet');
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const lang of LANGS) {
      expect(await open(page, officesPath(lang))).toBe(200);
      failures.push(...(await violations(page, `${lang}-offices`)));
      expect(await open(page, `${officesPath(lang)}?near=${encodeURIComponent('K1P 1J1')}`)).toBe(200);
      failures.push(...(await violations(page, `${lang}-offices-near`)));
      const unknown = await open(page, `${officesPath(lang)}?near=${encodeURIComponent(NO_RESULT)}`);
      expect([200, 400]).toContain(unknown);
      failures.push(...(await violations(page, `${lang}-offices-unknown-place`)));
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  describe('without JavaScript', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ javaScriptEnabled: false });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(LANGS)(
      '(%s) finds a cluster from a need in plain words, shows its stages and steps, and switches language on it',
      async (lang) => {
        expect(await open(page, `/${lang}`)).toBe(200);
        await page.getByRole('searchbox', { name: t(lang, 'web.home.searchLabel') }).fill(NEED[lang]);
        await page.getByRole('button', { name: t(lang, 'web.home.searchButton'), exact: true }).click();
        await page.waitForURL((url) => url.pathname === searchPath(lang));
        expect(new URL(page.url()).searchParams.get('q')).toBe(NEED[lang]);
        // Nothing was corrected, so the page does not claim to have searched other words.
        expect(await understoodLines(page)).toEqual([]);

        const first = page.locator('ol.results > li').first().getByRole('link');
        const path = clusterPath(lang, baby.definition.slug[lang]);
        expect(await first.getAttribute('href')).toBe(path);
        await first.click();
        await page.waitForURL((url) => url.pathname === path);
        await expect(page.locator('h1').textContent()).resolves.toBe(baby.definition.title[lang]);

        const stages = page.locator('ol.stages > li.stage');
        expect(await stages.locator('h2').allTextContents()).toEqual(
          baby.definition.stages.map((stage, i) =>
            expect.stringContaining(`${t(lang, 'clusters.stage', { number: i + 1 })} ${stage.title[lang]}`),
          ),
        );
        expect(await stages.locator('li.step').evaluateAll((steps) => steps.length)).toBe(
          baby.definition.stages.reduce((sum, stage) => sum + stage.steps.length, 0),
        );
        const firstStep = baby.definition.stages[0]!.steps[0]!;
        await expect(page.locator(`#step-${firstStep.key} h3`).textContent()).resolves.toContain(
          firstStep.title[lang],
        );

        await page.getByRole('link', { name: t(lang, 'common.otherLanguage'), exact: true }).click();
        await page.waitForURL(
          (url) => url.pathname === clusterPath(other(lang), baby.definition.slug[other(lang)]),
        );
        expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'en' ? 'fr-CA' : 'en-CA');
        await expect(page.locator('h1').textContent()).resolves.toBe(baby.definition.title[other(lang)]);
      },
    );

    it.each(LANGS)(
      '(%s) says "showing results for" only when it corrected a word, and searches as typed on request',
      async (lang) => {
        expect(await open(page, `${searchPath(lang)}?q=${TYPO[lang].typed}`)).toBe(200);
        const undo = t(lang, 'clusters.search.searchInstead', { query: TYPO[lang].typed });
        expect(await understoodLines(page)).toEqual([
          `${t(lang, 'clusters.search.understood', { words: TYPO[lang].understood })} ${undo}`,
        ]);
        // Each result says why it matched.
        expect(await page.locator('ol.results > li p.why').count()).toBe(
          await page.locator('ol.results > li').count(),
        );
        await page.getByRole('link', { name: undo, exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get('exact') === '1');
        expect(await understoodLines(page)).toEqual([]);
        expect(await open(page, `${searchPath(lang)}?q=${TYPO[lang].understood}`)).toBe(200);
        expect(await understoodLines(page)).toEqual([]);
      },
    );

    it.each(LANGS)(
      '(%s) turns screener answers into a checklist of only the steps that apply, with no answer in its address, and emails it',
      async (lang) => {
        const slug = baby.definition.slug[lang];
        expect(await open(page, clusterPath(lang, slug))).toBe(200);
        await page.getByRole('link', { name: t(lang, 'clusters.checklistCta'), exact: true }).click();
        await page.waitForURL((url) => url.pathname === checklistPath(lang, slug));
        // A field that wants a format says which, even under a hint of the question's own (WCAG 3.3.2).
        const formatted = baby.definition.screener.filter(
          (q) => q.type === 'date' || q.type === 'postal_code',
        );
        for (const question of formatted) {
          const field = page.getByRole('textbox', { name: question.label[lang] });
          const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
          const described = await Promise.all(ids.map((id) => page.locator(`#${id}`).textContent()));
          expect(described.join(' ')).toContain(
            t(lang, `clusters.screener.${question.type === 'date' ? 'dateHint' : 'postalHint'}`),
          );
        }

        const values = journeyAnswers(baby.definition.screener);
        const path = await reachChecklist(page, lang);
        const screened = screenAnswers(baby.definition.screener, values);
        expect(screened.problems).toEqual([]);
        const expected = buildChecklist(baby.definition, screened.answers);
        // The journey's answers must leave something out, or the test would not show the filtering.
        expect(expected.omitted).toBeGreaterThan(0);
        const shown = await page
          .locator('ol.stages li.step')
          .evaluateAll((steps) => steps.map((step) => step.id));
        expect(shown).toEqual(expected.stages.flatMap((s) => s.steps.map(({ step }) => `step-${step.key}`)));
        await expect(page.locator('article.checklist').textContent()).resolves.toContain(
          expected.omitted === 1
            ? t(lang, 'clusters.checklist.omittedOne')
            : t(lang, 'clusters.checklist.omitted', { count: expected.omitted }),
        );

        // The address holds the answers sealed: no query, no typed text, no question name in the token.
        const url = new URL(page.url());
        expect(url.search).toBe('');
        const token = url.pathname.split('/').at(-1)!;
        const opened = Buffer.from(token, 'base64url').toString('latin1');
        for (const question of baby.definition.screener) {
          expect(opened).not.toContain(question.id);
          const value = values[question.id]!;
          if (value.length >= 4) {
            expect(page.url()).not.toContain(value);
            expect(page.url()).not.toContain(encodeURIComponent(value));
            expect(opened).not.toContain(value);
          }
        }
        for (const typed of Object.values(TYPED)) {
          expect(page.url().toUpperCase()).not.toContain(typed.replace(' ', '').toUpperCase());
        }

        const address = `journey-${lang}@example.ca`;
        await sendChecklist(page, lang, address);
        expect(new URL(page.url()).pathname).toBe(path);
        expect(new URL(page.url()).searchParams.get('email')).toBe('sent');
        await expect(page.getByRole('status').textContent()).resolves.toBe(
          t(lang, 'clusters.checklist.emailSent'),
        );
        const mails = smtp.received.filter((mail) => mail.to.includes(address));
        expect(mails).toHaveLength(1);
        expect(mailText(mails[0]!.raw)).toContain(`${base}${path}`);
      },
    );

    it.each(LANGS)(
      '(%s) leads from a cluster step to a service page described as a schema.org GovernmentService',
      async (lang) => {
        expect(await open(page, clusterPath(lang, baby.definition.slug[lang]))).toBe(200);
        const link = page.locator('ol.stages .service-ways h4 a').first();
        const name = (await link.textContent())!;
        await link.click();
        await page.waitForURL((url) => /^\/(en|fr)\/services\/[0-9a-f-]{36}$/.test(url.pathname));
        expect(new URL(page.url()).pathname.startsWith(`/${lang}/services/`)).toBe(true);
        await expect(page.locator('h1').textContent()).resolves.toBe(name);
        const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
        expect(scripts).toHaveLength(1);
        const ld = JSON.parse(scripts[0]!) as Record<string, unknown>;
        expect(ld).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'GovernmentService',
          name,
          url: page.url(),
          inLanguage: lang === 'en' ? 'en-CA' : 'fr-CA',
        });
      },
    );

    it.each(LANGS)('(%s) takes "was this page useful? no" and thanks on the same page', async (lang) => {
      const path = clusterPath(lang, baby.definition.slug[lang]);
      const before = await database.db
        .selectFrom('interaction')
        .select('id')
        .where('kind', '=', 'feedback')
        .where('outcome', '=', 'not-useful')
        .where('cluster_key', '=', baby.key)
        .execute();
      expect(await open(page, path)).toBe(200);
      await page
        .getByRole('group', { name: t(lang, 'clusters.feedback.question') })
        .getByRole('button', { name: t(lang, 'clusters.feedback.no'), exact: true })
        .click();
      await page.waitForURL((url) => url.searchParams.get('feedback') === 'thanks');
      const url = new URL(page.url());
      expect(url.pathname).toBe(path);
      expect(url.hash).toBe('#feedback');
      await expect(page.locator('#feedback').getByRole('status').textContent()).resolves.toBe(
        t(lang, 'clusters.feedback.thanks'),
      );
      expect(await page.getByRole('group', { name: t(lang, 'clusters.feedback.question') }).count()).toBe(0);
      const after = await database.db
        .selectFrom('interaction')
        .select('id')
        .where('kind', '=', 'feedback')
        .where('outcome', '=', 'not-useful')
        .where('cluster_key', '=', baby.key)
        .execute();
      expect(after.length).toBe(before.length + 1);
    });

    it.each(LANGS)('(%s) moves focus from each link of the error summary to its field', async (lang) => {
      expect(await open(page, checklistPath(lang, baby.definition.slug[lang]))).toBe(200);
      const bad = badAnswers(baby.definition.screener);
      expect(await submitScreener(page, lang, bad)).toBe(400);
      const links = page.locator('.error-summary a');
      const problems = screenAnswers(baby.definition.screener, bad).problems;
      expect(await links.count()).toBe(problems.length);
      expect(problems.length).toBeGreaterThan(0);
      for (let i = 0; i < problems.length; i++) {
        const href = (await links.nth(i).getAttribute('href'))!;
        expect(href).toMatch(new RegExp(`^#q-${problems[i]!.question}(-option-[a-z0-9-]+)?$`));
        await links.nth(i).click();
        expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(
          href.slice(1),
        );
        expect(await page.locator(href).getAttribute('aria-invalid')).toBe('true');
      }
    });
  });
});
