/**
 * The back office in a real browser: an axe-core WCAG 2.2 AA sweep of its pages (home, people, services
 * (search terms included) and offices with their error and conflict states, partnerships and agreements, audit, cost sharing, results,
 * pilot evaluation and business case, the refusal page) in English and French, then an editor's journey
 * without JavaScript from an office's hours to the public office finder. People act through sessions
 * opened by signInAs (no identity provider).
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { managePath, officesPath, searchPath, servicePath } from '../../src/channels/http/paths.js';
import {
  getRecordForEditing,
  importCatalog,
  listEditableRecords,
  saveLocationDraft,
  type EditableRecord,
  type LocationDraftInput,
} from '../../src/domains/catalog/index.js';
import { listAgreements, listPartnershipsVisibleTo } from '../../src/domains/partnerships/index.js';
import { orgId } from '../../src/demo/catalog/ids.js';
import { seedDemo, seedDemoActivity } from '../../src/demo/index.js';
import { t, type Lang } from '../../src/platform/i18n/index.js';
import { newId } from '../../src/platform/ids/index.js';
import { DAY_CODES, DAY_LABEL } from '../../src/channels/web/manage/pages/records/RecordFields.js';
import { formatTime } from '../../src/ui/format.js';
import { signInAs, type TestUser } from '../../src/testing/auth.js';
import { aLocation } from '../../src/testing/factories.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/db.js';
import { launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';
const LANGS: readonly Lang[] = ['en', 'fr'];

/**
 * The demo gives ServiceOntario services but no office of its own, so the journey adds one, alone in
 * its postal area, closed on Saturdays.
 */
const SO_OFFICE = aLocation({
  organization_id: orgId('serviceontario'),
  name: { en: 'ServiceOntario Kingston (test office)', fr: 'ServiceOntario Kingston (bureau d’essai)' },
  description: { en: 'An office added by the back-office journey.', fr: 'Un bureau ajouté par le parcours.' },
  addresses: [
    {
      id: newId(),
      address_1: '1201 Division Street',
      city: 'Kingston',
      state_province: 'ON',
      postal_code: 'K7L 4V1',
      country: 'CA',
      address_type: 'physical',
    },
  ],
  latitude: 44.2468,
  longitude: -76.5012,
  time_zone: 'America/Toronto',
  schedules: [
    {
      id: newId(),
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: 'MO,TU,WE,TH,FR',
      opens_at: '08:30',
      closes_at: '17:00',
    },
  ],
  languages: [
    { id: newId(), code: 'en', name: { en: 'English', fr: 'anglais' } },
    { id: newId(), code: 'fr', name: { en: 'French', fr: 'français' } },
  ],
  accessibility: [{ id: newId(), description: { en: 'Step-free entrance.', fr: 'Entrée sans marche.' } }],
});
/** The Saturday hours each language's journey publishes: different, so each run proves its own publish. */
const SATURDAY: Record<Lang, { opens: string; closes: string }> = {
  en: { opens: '09:00', closes: '13:00' },
  fr: { opens: '10:00', closes: '14:30' },
};
const SATURDAY_INDEX = 5;
/** A nickname each language's sweep publishes for the service, which need search then finds it by. */
const NICKNAME: Record<Lang, string> = { en: 'zorblaxcheque', fr: 'zorblaxchèque' };

/** A cost-sharing question the demo agreements answer, and one with impossible dates. */
const COST_QUERY = 'cluster=having-a-baby&from=2026-04-01&to=2026-06-30&total=12500';
const BAD_COST_QUERY = 'cluster=having-a-baby&from=2026-02-30&to=2026-01-01&total=12500';

describe('the back office in a real browser', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let base: string;
  let admin: TestUser;
  let partnerAdmin: TestUser;
  let editor: TestUser;
  let analyst: TestUser;
  /** A Service Canada service and office the partner administrator edits in the sweep. */
  let service: EditableRecord;
  let office: EditableRecord;
  let partnershipKey: string;
  let agreementId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    // Generated interactions, as the demo writes on first start, so the results pages have figures.
    await seedDemoActivity(database.db, { events: 20_000 });
    await importCatalog(database.db, { locations: [SO_OFFICE] }, { source: 'test', actor: 'e2e' });
    app = await createApp({ db: database.db, dbKind: database.kind, logger: false, rateLimit: 100_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    admin = await signInAs(app, [{ role: 'platform_admin' }], 'Pat Admin');
    partnerAdmin = await signInAs(
      app,
      [{ role: 'partner_admin', organizationId: orgId('service-canada') }],
      'Sam Partner',
    );
    editor = await signInAs(
      app,
      [{ role: 'partner_editor', organizationId: orgId('serviceontario') }],
      'Élise Editor',
    );
    analyst = await signInAs(app, [{ role: 'analyst' }], 'Ana Lyst');

    const { records } = await listEditableRecords(database.db, partnerAdmin.actor);
    service = records.find((r) => r.kind === 'service')!;
    office = records.find((r) => r.kind === 'location')!;
    if (!service || !office) throw new Error('seedDemo gave Service Canada no service or no office');
    const partnerships = await listPartnershipsVisibleTo(database.db, admin.actor);
    const withAgreement = await Promise.all(
      partnerships.map(async (p) => ({ p, agreements: await listAgreements(database.db, p.id) })),
    );
    const chosen = withAgreement.find((entry) => entry.agreements.length > 0);
    if (!chosen) throw new Error('seedDemo made no partnership with an agreement');
    partnershipKey = chosen.p.key;
    agreementId = chosen.agreements[0]!.id;

    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  /** A browser context holding this person's session, as if they had signed in. */
  async function contextFor(user: TestUser, options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext(options);
    await context.addCookies([{ name: 'stitch_session', value: user.cookie.split('=')[1]!, url: base }]);
    return context;
  }

  async function open(page: Page, path: string): Promise<number> {
    const response = await page.goto(`${base}${path}`);
    return response!.status();
  }

  /** Clicks a form's button and resolves with the status of the POST's answer (before any redirect). */
  async function submit(page: Page, name: string): Promise<number> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    await page.waitForLoadState();
    return response.status();
  }

  /** axe-core over the page as it stands; each violation as one readable line. */
  async function violations(page: Page, name: string): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.passes.length, `${name}: axe ran no rule`).toBeGreaterThan(10);
    return results.violations.map(
      (violation) =>
        `${name} (${new URL(page.url()).pathname}): ${violation.id} [${violation.impact ?? 'unknown'}] ` +
        `${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
  }

  async function screenshot(page: Page, name: string) {
    await page.screenshot({ path: `${SCREENSHOTS}/back-office-${name}.png`, fullPage: true });
  }

  const recordsPath = (lang: Lang) => managePath(lang, lang === 'en' ? 'records' : 'fiches');
  const editPath = (lang: Lang, record: EditableRecord) =>
    managePath(
      lang,
      lang === 'en' ? 'records' : 'fiches',
      record.kind === 'service' ? 'services' : lang === 'en' ? 'offices' : 'bureaux',
      record.id,
    );
  const day = (lang: Lang, index: number) => t(lang, DAY_LABEL[DAY_CODES[index] ?? 'MO']);
  const hourField = (page: Page, lang: Lang, index: number, key: 'opens' | 'closes') =>
    page.getByRole('textbox', {
      name: t(lang, 'records.fields.dayField', {
        day: day(lang, index),
        field: t(lang, `records.fields.${key}`),
      }),
      exact: true,
    });
  const closedBox = (page: Page, lang: Lang, index: number) =>
    page.getByRole('checkbox', {
      name: `${day(lang, index)} – ${t(lang, 'records.fields.closed')}`,
      exact: true,
    });

  // One test per language: axe takes seconds a page on a two-core machine.
  it.each(LANGS)(
    '(%s) has no WCAG 2.2 AA violation on any back-office page, error, conflict and refusal states included',
    async (lang) => {
      const failures: string[] = [];
      const swept: string[] = [];
      const contexts: BrowserContext[] = [];
      const pageFor = async (user: TestUser) => {
        const context = await contextFor(user);
        contexts.push(context);
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
      };
      const audit = async (page: Page, name: string) => {
        swept.push(name);
        await screenshot(page, `${lang}-${name}`);
        failures.push(...(await violations(page, `${lang}-${name}`)));
      };

      // Platform administrator: home, people, partnerships, audit.
      const adminPage = await pageFor(admin);
      expect(await open(adminPage, managePath(lang))).toBe(200);
      await expect(adminPage.locator('h1').textContent()).resolves.toBe(t(lang, 'common.manage.home'));
      await audit(adminPage, 'home');

      const people = managePath(lang, lang === 'en' ? 'people' : 'personnes');
      expect(await open(adminPage, people)).toBe(200);
      await audit(adminPage, 'people');
      await adminPage
        .getByRole('textbox', { name: t(lang, 'people.email'), exact: true })
        .fill('nobody@example.invalid');
      expect(await submit(adminPage, t(lang, 'people.grant'))).toBe(400);
      await expect(adminPage.locator('.error-summary li').allTextContents()).resolves.toEqual([
        t(lang, 'people.problems.noAccount'),
      ]);
      await audit(adminPage, 'people-error');

      const partnerships = managePath(lang, lang === 'en' ? 'partnerships' : 'partenariats');
      expect(await open(adminPage, partnerships)).toBe(200);
      await audit(adminPage, 'partnerships');
      expect(await open(adminPage, `${partnerships}/${partnershipKey}`)).toBe(200);
      await audit(adminPage, 'partnership');
      const agreements = lang === 'en' ? 'agreements' : 'ententes';
      expect(await open(adminPage, `${partnerships}/${partnershipKey}/${agreements}/${agreementId}`)).toBe(
        200,
      );
      await audit(adminPage, 'agreement');

      const auditPath = managePath(lang, lang === 'en' ? 'audit' : 'journal-audit');
      expect(await open(adminPage, auditPath)).toBe(200);
      const entityType = adminPage.getByRole('combobox', { name: t(lang, 'audit.entityType'), exact: true });
      const chosen = (await entityType.locator('option').nth(1).getAttribute('value'))!;
      await entityType.selectOption(chosen);
      await adminPage.getByRole('button', { name: t(lang, 'audit.apply'), exact: true }).click();
      await adminPage.waitForURL((url) => url.searchParams.get('entity_type') === chosen);
      await expect(entityType.inputValue()).resolves.toBe(chosen);
      await expect(adminPage.locator('table.audit-table tbody tr').count()).resolves.toBeGreaterThan(0);
      await audit(adminPage, 'audit-filtered');

      // Partner administrator of Service Canada: the records, a service, an office, errors, a conflict.
      const partnerPage = await pageFor(partnerAdmin);
      expect(await open(partnerPage, recordsPath(lang))).toBe(200);
      // The account line names the organisation the role is for, not its id.
      await expect(partnerPage.locator('.account-roles').textContent()).resolves.toBe(
        ` (${t(lang, 'common.manage.roles.partner_admin', { scope: 'Service Canada' })})`,
      );
      await audit(partnerPage, 'records');
      expect(await open(partnerPage, editPath(lang, service))).toBe(200);
      await audit(partnerPage, 'service-edit');

      // The service's search terms in the page's language: a line too long is named at its list, then a
      // nickname is published and need search finds the service by it.
      const names = partnerPage
        .getByRole('region', { name: t(lang, 'records.terms.heading'), exact: true })
        .getByRole('group', {
          name: t(lang, lang === 'en' ? 'records.fields.english' : 'records.fields.french'),
          exact: true,
        })
        .getByRole('textbox', { name: t(lang, 'records.terms.names'), exact: true });
      await names.fill(`${NICKNAME[lang]}\n\n${'x'.repeat(200)}`);
      expect(await submit(partnerPage, t(lang, 'records.edit.save'))).toBe(400);
      await expect(partnerPage.locator('.error-summary li').allTextContents()).resolves.toEqual([
        `${t(lang, lang === 'en' ? 'records.fields.inEnglish' : 'records.fields.inFrench', {
          field: t(lang, 'records.terms.names'),
        })}${lang === 'fr' ? '\u00a0: ' : ': '}${t(lang, 'records.problems.term_too_long', { line: 3, max: 120 })}`,
      ]);
      await expect(names.getAttribute('aria-invalid')).resolves.toBe('true');
      await audit(partnerPage, 'service-edit-terms-error');
      await names.fill(NICKNAME[lang]);
      expect(await submit(partnerPage, t(lang, 'records.edit.publish'))).toBe(303);
      await expect(partnerPage.getByRole('status').textContent()).resolves.toBe(
        t(lang, 'records.done.published'),
      );
      expect(await open(partnerPage, `${searchPath(lang)}?q=${encodeURIComponent(NICKNAME[lang])}`)).toBe(
        200,
      );
      await expect(
        partnerPage.locator('ol.results > li').first().getByRole('link').getAttribute('href'),
      ).resolves.toBe(servicePath(lang, service.id));
      expect(await open(partnerPage, editPath(lang, office))).toBe(200);
      await expect(hourField(partnerPage, lang, 0, 'opens').count()).resolves.toBe(1);
      await audit(partnerPage, 'office-edit');

      const englishName = partnerPage
        .getByRole('group', { name: t(lang, 'records.fields.english'), exact: true })
        .getByRole('textbox', { name: t(lang, 'records.fields.name'), exact: true });
      await englishName.fill('');
      expect(await submit(partnerPage, t(lang, 'records.edit.save'))).toBe(400);
      await expect(partnerPage.locator('.error-summary').count()).resolves.toBe(1);
      await expect(englishName.getAttribute('aria-invalid')).resolves.toBe('true');
      await audit(partnerPage, 'office-edit-error');

      // The page is opened on the record as it is; someone else saves a draft behind its back.
      expect(await open(partnerPage, editPath(lang, office))).toBe(200);
      const current = await getRecordForEditing(database.db, admin.actor, 'location', office.id);
      const content = (current.draft?.content ?? current.published) as LocationDraftInput;
      await saveLocationDraft(database.db, admin.actor, {
        id: office.id,
        revision: current.draft?.revision ?? 0,
        version: current.version,
        content: {
          ...content,
          name: { en: `${content.name?.en} (${lang})`, fr: `${content.name?.fr} (${lang})` },
        },
      });
      await hourField(partnerPage, lang, 0, 'opens').fill('09:15');
      expect(await submit(partnerPage, t(lang, 'records.edit.save'))).toBe(409);
      await expect(
        partnerPage.getByRole('heading', { name: t(lang, 'records.conflict.heading') }).count(),
      ).resolves.toBe(1);
      // Only the fields that differ are compared: both names, and the hour changed in the page.
      const name = t(lang, 'records.fields.name');
      await expect(
        partnerPage
          .getByRole('table', { name: t(lang, 'records.conflict.compare') })
          .locator('tbody th')
          .allTextContents(),
      ).resolves.toEqual([
        t(lang, 'records.fields.inEnglish', { field: name }),
        t(lang, 'records.fields.inFrench', { field: name }),
        t(lang, 'records.fields.dayField', { day: day(lang, 0), field: t(lang, 'records.fields.opens') }),
      ]);
      await audit(partnerPage, 'office-edit-conflict');

      // Analyst: the cost-sharing report and its error state.
      const analystPage = await pageFor(analyst);
      const costs = managePath(lang, lang === 'en' ? 'cost-sharing' : 'partage-couts');
      expect(await open(analystPage, `${costs}?${COST_QUERY}`)).toBe(200);
      await expect(analystPage.locator('#report-heading').count()).resolves.toBe(1);
      await audit(analystPage, 'cost-sharing');
      expect(await open(analystPage, `${costs}?${BAD_COST_QUERY}`)).toBe(400);
      await expect(analystPage.locator('.error-summary li').count()).resolves.toBeGreaterThan(0);
      await audit(analystPage, 'cost-sharing-error');

      // Analyst: a cluster's results, charts with their tables, and a reversed period.
      const results = managePath(lang, lang === 'en' ? 'results' : 'resultats');
      expect(await open(analystPage, `${results}?cluster=having-a-baby`)).toBe(200);
      await expect(analystPage.locator('figure svg[role="img"]').count()).resolves.toBeGreaterThan(2);
      await expect(analystPage.locator('figure table').count()).resolves.toBe(
        await analystPage.locator('figure svg[role="img"]').count(),
      );
      await audit(analystPage, 'results');
      expect(await open(analystPage, `${results}?cluster=having-a-baby&from=2026-06-01&to=2026-01-01`)).toBe(
        400,
      );
      await expect(analystPage.locator('.error-summary a[href="#to"]').count()).resolves.toBe(1);
      await audit(analystPage, 'results-error');

      // Analyst: the whole of government, then a department asked for with a bad channel.
      const government = managePath(
        lang,
        ...(lang === 'en' ? ['results', 'government'] : ['resultats', 'gouvernement']),
      );
      expect(await open(analystPage, government)).toBe(200);
      await expect(analystPage.locator('.measure-grid dt').count()).resolves.toBe(9);
      await audit(analystPage, 'results-government');
      expect(await open(analystPage, `${government}?channel=pigeon`)).toBe(400);
      await expect(analystPage.locator('.error-summary a[href="#channel"]').count()).resolves.toBe(1);
      await audit(analystPage, 'results-government-error');

      // Analyst: the demo's piloted cluster evaluated, and a cluster with no pilot refused in words.
      const pilot = managePath(lang, lang === 'en' ? 'pilot-evaluation' : 'evaluation-projet-pilote');
      expect(await open(analystPage, `${pilot}?cluster=moving`)).toBe(200);
      await expect(analystPage.locator('#evaluation-heading').count()).resolves.toBe(1);
      await expect(analystPage.locator('figure table').count()).resolves.toBe(
        await analystPage.locator('figure svg[role="img"]').count(),
      );
      await audit(analystPage, 'pilot-evaluation');
      expect(await open(analystPage, `${pilot}?cluster=having-a-baby`)).toBe(409);
      await expect(analystPage.locator('#refusal').count()).resolves.toBe(1);
      await audit(analystPage, 'pilot-evaluation-refused');

      // Analyst: a business case, and a reversed period.
      const businessCase = managePath(lang, lang === 'en' ? 'business-case' : 'analyse-de-rentabilisation');
      expect(await open(analystPage, `${businessCase}?cluster=moving`)).toBe(200);
      await expect(analystPage.locator('#case-heading').count()).resolves.toBe(1);
      await audit(analystPage, 'business-case');
      expect(await open(analystPage, `${businessCase}?cluster=moving&from=2026-06-01&to=2026-01-01`)).toBe(
        400,
      );
      await expect(analystPage.locator('.error-summary a[href="#to"]').count()).resolves.toBe(1);
      await audit(analystPage, 'business-case-error');

      // An editor may not read the audit trail.
      const editorPage = await pageFor(editor);
      expect(await open(editorPage, auditPath)).toBe(403);
      await expect(editorPage.locator('html').getAttribute('lang')).resolves.toBe(
        lang === 'en' ? 'en-CA' : 'fr-CA',
      );
      await audit(editorPage, 'forbidden');

      for (const context of contexts) await context.close();
      expect(swept).toHaveLength(24);
      expect(failures).toEqual([]);
    },
    240_000,
  );

  describe('without JavaScript', () => {
    let context: BrowserContext;
    let page: Page;
    /** axe runs in the page, so it needs JavaScript: each journey page is checked again in this one. */
    let checkerContext: BrowserContext;
    let checker: Page;
    beforeAll(async () => {
      context = await contextFor(editor, { javaScriptEnabled: false });
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
      checkerContext = await contextFor(editor);
      checker = await checkerContext.newPage();
    });
    afterAll(async () => {
      await context?.close();
      await checkerContext?.close();
    });

    it.each(LANGS)(
      '(%s) lets a ServiceOntario editor change an office’s Saturday hours, publish them, and see them on the public site',
      async (lang) => {
        const failures: string[] = [];
        const audit = async (name: string) => {
          await screenshot(page, `journey-${lang}-${name}`);
          expect(await open(checker, new URL(page.url()).pathname + new URL(page.url()).search)).toBe(200);
          failures.push(...(await violations(checker, `journey-${lang}-${name}`)));
        };
        const officeName = SO_OFFICE.name![lang]!;
        const { opens, closes } = SATURDAY[lang];

        expect(await open(page, managePath(lang))).toBe(200);
        await audit('home');
        await page
          .getByRole('main')
          .getByRole('link', { name: t(lang, 'records.section'), exact: true })
          .click();
        await page.waitForURL((url) => url.pathname === recordsPath(lang));
        await audit('records');

        await page
          .getByRole('region', { name: t(lang, 'records.list.locations'), exact: true })
          .getByRole('link', { name: officeName, exact: true })
          .click();
        await page.waitForURL((url) => url.pathname.endsWith(SO_OFFICE.id!));
        await expect(page.locator('h1').textContent()).resolves.toBe(
          t(lang, 'records.edit.locationTitle', { name: officeName }),
        );
        await audit('office');

        const closed = closedBox(page, lang, SATURDAY_INDEX);
        if (await closed.isChecked()) await closed.uncheck();
        await hourField(page, lang, SATURDAY_INDEX, 'opens').fill(opens);
        await hourField(page, lang, SATURDAY_INDEX, 'closes').fill(closes);
        expect(await submit(page, t(lang, 'records.edit.save'))).toBe(303);
        await expect(page.getByRole('status').textContent()).resolves.toBe(t(lang, 'records.done.saved'));
        await expect(hourField(page, lang, SATURDAY_INDEX, 'opens').inputValue()).resolves.toBe(opens);
        await audit('saved');

        expect(await submit(page, t(lang, 'records.edit.publish'))).toBe(303);
        await expect(page.getByRole('status').textContent()).resolves.toBe(t(lang, 'records.done.published'));
        await audit('published');

        expect(await open(page, officesPath(lang))).toBe(200);
        await page
          .getByRole('textbox', { name: t(lang, 'offices.form.label'), exact: true })
          .fill(SO_OFFICE.addresses![0]!.postal_code!);
        await page.getByRole('button', { name: t(lang, 'offices.form.submit'), exact: true }).click();
        await page.waitForURL((url) => url.pathname === officesPath(lang) && url.searchParams.has('near'));
        const found = page
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: officeName, exact: true }) });
        await expect(found.count()).resolves.toBe(1);
        const saturday = found
          .getByRole('table', { name: t(lang, 'offices.office.hours') })
          .getByRole('row', { name: new RegExp(`^${t(lang, 'web.hours.SA')}`) });
        await expect(saturday.getByRole('cell').textContent()).resolves.toBe(
          t(lang, 'web.hours.span', { opens: formatTime(lang, opens), closes: formatTime(lang, closes) }),
        );
        await audit('public-office');
        expect(failures).toEqual([]);
      },
      120_000,
    );
  });
});
