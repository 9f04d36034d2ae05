/**
 * Cluster governance in a real browser without JavaScript, in English and French, each on a fresh app
 * and database: the cluster manager and the lead partner's administrator sign in through the development
 * identity provider, the manager finds the 'moving' pilot blocked from production, Canada Post's
 * administrator signs it off, the manager takes it to production (the public page drops its pilot
 * notice), then a draft adding a step is compared with the published version and sent to the touched
 * partners for approval. axe-core sweeps every page for WCAG 2.2 AA, error states included.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterPath, managePath, signInPath } from '../../src/channels/http/paths.js';
import { clusterActionPath } from '../../src/channels/web/manage/pages/clusters/paths.js';
import { loadOrganizations, loadServices } from '../../src/domains/catalog/index.js';
import { getPublishedCluster, saveClusterDraft } from '../../src/domains/clusters/index.js';
import { startDevIdentityProvider, type DevIdentityProvider } from '../../src/demo/identity/provider.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../../src/demo/identity/users.js';
import { demoClusters } from '../../src/demo/clusters/index.js';
import { seedDemo } from '../../src/demo/index.js';
import { systemActor } from '../../src/platform/auth/index.js';
import { t, type Lang, type MessageKey } from '../../src/platform/i18n/index.js';
import { createTestApp, type TestApp } from '../../src/testing/app.js';
import { formatDate } from '../../src/ui/format.js';
import { launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';
const CLUSTER = 'moving';
const MANAGER = { username: 'cluster-manager', name: 'Cluster Manager' };
const LEAD_ADMIN = { username: 'canada-post-admin', name: 'Canada Post Admin' };
/** The step the test's draft adds: it reuses two existing steps' services, so their owners are touched. */
const NEW_STEP = {
  key: 'address-federal-together',
  title: {
    en: 'Tell the federal government once',
    fr: 'Informer le gouvernement fédéral une seule fois',
  },
  summary: {
    en: 'Update your address with the Canada Revenue Agency and Service Canada in one sitting.',
    fr: 'Mettez à jour votre adresse auprès de l’Agence du revenu du Canada et de Service Canada en une fois.',
  },
};
const FROM_STEPS = ['address-cra', 'address-service-canada'];

/** A fresh provider, app and demo database: each language takes 'moving' to production on its own. */
async function startSite() {
  let base = '';
  const provider: DevIdentityProvider = await startDevIdentityProvider({
    port: 0,
    relyingParty: () => base,
    throttle: { baseDelayMs: 1 },
  });
  const stitch: TestApp = await createTestApp({
    oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
  });
  const db = stitch.database.db;
  await seedDemo(db);
  await seedDemoUsers(db, provider.issuer);
  await stitch.app.listen({ port: 0, host: '127.0.0.1' });
  const address = stitch.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    base,
    db,
    issuerOrigin: new URL(provider.issuer).origin,
    close: async () => {
      await stitch.close();
      await provider.close();
    },
  };
}

describe('cluster governance in a real browser, without JavaScript', () => {
  let browser: Browser;
  /** Where axe runs: scripts on, no cookies (it only ever shows copies of the journey's pages). */
  let auditContext: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    auditContext = await browser.newContext();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * axe-core over the page as the journey left it; each violation as one readable line. axe cannot run
   * in a page without script execution (its timers never fire), so the page's HTML is served again, at
   * the same address and with the same style sheets, to a page of a context where scripts run.
   */
  async function violations(page: Page, name: string): Promise<string[]> {
    const url = page.url();
    const html = await page.content();
    const auditPage = await auditContext.newPage();
    await auditPage.route(
      (address) => address.href === url,
      (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await auditPage.goto(url);
    expect(await auditPage.title(), `${name}: the copy shows the journey's page`).toBe(await page.title());
    const results = await new AxeBuilder({ page: auditPage }).withTags(WCAG).analyze();
    await auditPage.close();
    // A page axe could not read would pass with no rule run.
    expect(results.passes.length, `${name}: axe ran no rule`).toBeGreaterThan(10);
    return results.violations.map(
      (violation) =>
        `${name} (${new URL(page.url()).pathname}): ${violation.id} [${violation.impact ?? 'unknown'}] ` +
        `${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
  }

  it.each(['en', 'fr'] as const)(
    '(%s) blocks production before the lead signs off, takes the pilot to production after, and asks touched partners to approve a change',
    async (lang: Lang) => {
      const site = await startSite();
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const failures: string[] = [];
      const swept: string[] = [];
      const audit = async (name: string, shot = false) => {
        swept.push(name);
        if (shot) await page.screenshot({ path: `${SCREENSHOTS}/governance-${name}.png`, fullPage: true });
        failures.push(...(await violations(page, name)));
      };
      const heading = () => page.getByRole('heading', { level: 1 }).textContent();
      const button = (key: MessageKey) => page.getByRole('button', { name: t(lang, key), exact: true });
      /** Clicks a button and resolves with the status of the answer to the form's POST. */
      const submit = async (key: MessageKey) => {
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST'),
          button(key).click(),
        ]);
        await page.waitForLoadState();
        return response.status();
      };

      try {
        const published = await getPublishedCluster(site.db, CLUSTER);
        const title = published.definition.title[lang];
        const pilot = demoClusters().find((c) => c.definition.key === CLUSTER)!.lifecycle;
        expect(pilot.status).toBe('pilot');
        const manage = `${site.base}${managePath(lang)}`;

        /** Stitch's sign-in page, then the provider's real login page, back to the back office. */
        const signIn = async (who: { username: string; name: string }, round: number) => {
          expect((await page.goto(`${site.base}${signInPath(lang)}`))!.status()).toBe(200);
          await audit(`${lang}-${round}-stitch-sign-in`);
          await page.getByRole('link', { name: t(lang, 'auth.signIn.button'), exact: true }).click();
          await page.waitForURL(
            (url) => url.origin === site.issuerOrigin && url.pathname.startsWith('/interaction/'),
          );
          expect(await heading()).toBe(t(lang, 'auth.provider.title'));
          await audit(`${lang}-${round}-provider-login`);
          await page.getByLabel(t(lang, 'auth.provider.username'), { exact: true }).fill(who.username);
          await page.getByLabel(t(lang, 'auth.provider.passwordLabel'), { exact: true }).fill(DEMO_PASSWORD);
          await button('auth.provider.submit').click();
          await page.waitForURL(manage);
          expect(await heading()).toBe(t(lang, 'common.manage.home'));
          expect(await page.locator('.account strong').textContent()).toBe(who.name);
          await audit(`${lang}-${round}-back-office`);
        };

        /** The back office's sign-out, the provider's own question, and the public home page. */
        const signOut = async (round: number) => {
          await button('common.manage.signOut').click();
          await page.waitForURL((url) => url.origin === site.issuerOrigin);
          expect(await heading()).toBe(t(lang, 'auth.provider.logout.title'));
          await audit(`${lang}-${round}-provider-logout`);
          await button('auth.provider.logout.yes').click();
          await page.waitForURL(`${site.base}/${lang}`);
          await audit(`${lang}-${round}-home-signed-out`);
        };

        /** From the back office's home, through its navigation, to the list and then the cluster. */
        const openCluster = async (round: number, tag?: string) => {
          await page
            .getByRole('navigation', { name: t(lang, 'common.manage.navLabel') })
            .getByRole('link', { name: t(lang, 'governance.section'), exact: true })
            .click();
          await page.waitForLoadState();
          expect(await heading()).toBe(t(lang, 'governance.list.title'));
          const row = page.locator('table.data-table tbody tr').filter({ hasText: title });
          await expect(row.count()).resolves.toBe(1);
          if (tag) expect(await row.locator('.tag').allTextContents()).toEqual([tag]);
          await audit(`${lang}-${round}-cluster-list`, round === 1);
          await row.getByRole('link', { name: title, exact: true }).click();
          await page.waitForLoadState();
          expect(await heading()).toBe(title);
        };

        const statusText = () =>
          page
            .locator('dl.meta dt', { hasText: t(lang, 'governance.cluster.status') })
            .locator('xpath=following-sibling::dd[1]')
            .textContent();

        // 1. The cluster manager finds the pilot, and production refused until the lead signs off.
        await signIn(MANAGER, 1);
        await openCluster(1);
        expect(await statusText()).toBe(
          `${t(lang, 'governance.status.pilot')}, ${t(lang, 'governance.pilotDates', {
            start: formatDate(lang, pilot.pilot_starts_on!),
            end: formatDate(lang, pilot.pilot_ends_on!),
          })}`,
        );
        await expect(button('governance.actions.production').isDisabled()).resolves.toBe(true);
        const reason = page.locator('#production-unavailable');
        expect(await button('governance.actions.production').getAttribute('aria-describedby')).toBe(
          'production-unavailable',
        );
        expect(await reason.locator('li').allTextContents()).toEqual([
          t(lang, 'governance.blockers.no_signoff'),
        ]);
        await audit(`${lang}-1-cluster-pilot-blocked`, true);

        // The same refusal from the server, as a form kept open from before would get it: a 409 summary.
        const production = `${site.base}${clusterActionPath(lang, CLUSTER, 'production')}`;
        const token = await page.locator('input[name="_csrf"]').first().inputValue();
        await page.route(production, (route) =>
          route.continue({
            method: 'POST',
            headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded' },
            postData: new URLSearchParams({ _csrf: token }).toString(),
          }),
        );
        expect((await page.goto(production))!.status()).toBe(409);
        await page.unroute(production);
        expect(await page.title()).toMatch(new RegExp(`^${t(lang, 'governance.errorPrefix')} ${title} – `));
        const summary = page.getByRole('alert');
        expect(await summary.getByRole('heading').textContent()).toBe(t(lang, 'governance.errorsHeading'));
        expect(await summary.locator('li').allTextContents()).toEqual([
          t(lang, 'governance.errors.no_signoff'),
        ]);
        await audit(`${lang}-1-production-refused`, true);
        await signOut(1);

        // 2. Canada Post, the lead, signs the current version off with a comment.
        await signIn(LEAD_ADMIN, 2);
        await openCluster(2, t(lang, 'governance.list.signoffForYou'));
        const signOff = page.getByRole('group', {
          name: t(lang, 'governance.actions.signOffLegend', { version: published.version }),
        });
        await audit(`${lang}-2-cluster-lead`, true);
        await signOff
          .getByLabel(t(lang, 'governance.actions.commentLabel'), { exact: true })
          .fill(
            lang === 'en'
              ? 'Ready: the pilot met its targets.'
              : 'Prêt : le projet pilote a atteint ses cibles.',
          );
        expect(await submit('governance.actions.signOff')).toBe(303);
        expect(await page.getByRole('status').textContent()).toBe(t(lang, 'governance.done.signedOff'));
        expect(await page.locator('main').textContent()).toContain(
          t(lang, 'governance.actions.signedOff', {
            version: published.version,
            person: LEAD_ADMIN.name,
            date: formatDate(lang, new Date().toISOString()),
          }),
        );
        await audit(`${lang}-2-signed-off`, true);
        await signOut(2);

        // 3. The manager takes the pilot to production; the public page stops calling it a pilot.
        await signIn(MANAGER, 3);
        await openCluster(3);
        await audit(`${lang}-3-cluster-ready`);
        expect(await submit('governance.actions.production')).toBe(303);
        expect(await page.getByRole('status').textContent()).toBe(t(lang, 'governance.done.production'));
        expect(await statusText()).toContain(t(lang, 'governance.status.production'));
        await audit(`${lang}-3-in-production`, true);

        const publicPage = clusterPath(lang, published.definition.slug[lang]);
        expect((await page.goto(`${site.base}${publicPage}`))!.status()).toBe(200);
        expect(await heading()).toBe(title);
        const pilotWords = t(lang, 'clusters.pilotNotice', { date: '\u0000' }).split('\u0000')[0]!;
        expect(await page.locator('.notice.pilot').count()).toBe(0);
        expect(await page.locator('main').textContent()).not.toContain(pilotWords);
        await audit(`${lang}-3-public-cluster`);

        // 4. A draft adds a step; the manager reads the difference and asks the touched partners.
        const definition = structuredClone(published.definition);
        const steps = definition.stages.flatMap((stage) => stage.steps);
        const serviceIds = FROM_STEPS.flatMap((key) => steps.find((step) => step.key === key)!.service_ids);
        const stage = definition.stages.find((s) => s.steps.some((step) => step.key === FROM_STEPS[0]))!;
        stage.steps.push({
          ...steps.find((step) => step.key === FROM_STEPS[0])!,
          ...NEW_STEP,
          service_ids: serviceIds,
        });
        await saveClusterDraft(site.db, systemActor('e2e'), definition);
        const owners = [
          ...new Set((await loadServices(site.db, serviceIds)).map((service) => service.organization_id)),
        ];
        const touched = (await loadOrganizations(site.db, owners)).map((o) => o.name[lang]);
        expect(touched.length).toBeGreaterThan(1);

        await page.goto(manage);
        await audit(`${lang}-4-back-office`);
        await openCluster(4);
        await page.getByRole('link', { name: t(lang, 'governance.cluster.draftDiff'), exact: true }).click();
        await page.waitForLoadState();
        expect(await heading()).toBe(t(lang, 'governance.diff.title', { cluster: title }));
        expect(await page.locator('main').textContent()).toContain(t(lang, 'governance.diff.captionOne'));
        expect(await page.locator('ol.diff-list li').allTextContents()).toEqual([
          t(lang, 'governance.diff.changes.step_added', {
            title: NEW_STEP.title[lang],
            stage: stage.title[lang],
          }),
        ]);
        await audit(`${lang}-4-draft-diff`, true);

        await page.getByRole('link', { name: t(lang, 'governance.diff.back'), exact: true }).click();
        await page.waitForLoadState();
        await audit(`${lang}-4-cluster-draft`);
        expect(await submit('governance.actions.requestApproval')).toBe(303);
        expect(await page.getByRole('status').textContent()).toBe(t(lang, 'governance.done.requested'));
        const approvals = page.getByRole('table', { name: t(lang, 'governance.request.caption') });
        const partners = await approvals.locator('tbody th[scope="row"]').allTextContents();
        expect([...partners].sort()).toEqual([...touched].sort());
        for (const row of await approvals.locator('tbody tr').all()) {
          expect(await row.locator('td').first().textContent()).toBe(
            t(lang, 'governance.request.reasons.touched'),
          );
        }
        await audit(`${lang}-4-approval-requested`, true);
      } finally {
        await context.close();
        await site.close();
      }
      expect(swept).toHaveLength(28);
      expect(failures).toEqual([]);
    },
    // 28 pages swept with axe, each a full browser round trip: about two minutes on a quiet machine.
    300_000,
  );
});
