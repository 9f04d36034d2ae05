import { systemActor } from '../../../platform/auth/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../../domains/catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../../../domains/clusters/index.js';
import { flushViews } from '../../../domains/measurement/index.js';
import { rebuildSearchIndex } from '../../../domains/search/index.js';
import { t } from '../../../platform/i18n/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createSmtpMailer } from '../../../platform/mail/index.js';
import { createTestApp, type TestApp } from '../../../testing/app.js';
import { signInAs } from '../../../testing/auth.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../../testing/smtp.js';

const federal = anOrganization({
  id: stableId('w:org:fed'),
  name: text('Service Canada', 'Service Canada'),
  brand_colour: '#26374a',
});
const province = anOrganization({ id: stableId('w:org:on'), name: text('ServiceOntario', 'ServiceOntario') });
const register = aService({
  id: stableId('w:svc:register'),
  organization_id: province.id,
  name: text('Register a birth', 'Enregistrer une naissance'),
  channels: [
    {
      id: stableId('w:ch:web'),
      kind: 'web',
      delivery: 'self_serve',
      url: text('https://example.ca/en', 'https://example.ca/fr'),
    },
    { id: stableId('w:ch:phone'), kind: 'phone', delivery: 'serviced', phone_number: '1-800-267-8097' },
  ],
});
const benefit = aService({
  id: stableId('w:svc:benefit'),
  organization_id: federal.id,
  name: text('Parental benefits', 'Prestations parentales'),
});

describe('cluster pages', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    test = await createTestApp({
      mailer: createSmtpMailer(smtp.url, 'Stitch <no-reply@stitch.test>'),
      publicUrl: 'https://stitch.example',
    });
    const db = test.database.db;
    await importCatalog(
      db,
      { organizations: [federal, province], services: [register, benefit] },
      { source: 'test', actor: 'test' },
    );
    await saveClusterDraft(db, systemActor('test'), {
      key: 'having-a-baby',
      kind: 'life-event',
      title: text('Having a baby', 'Avoir un bébé'),
      summary: text('Every step when a baby arrives.', 'Chaque démarche à l’arrivée d’un bébé.'),
      slug: { en: 'having-a-baby', fr: 'avoir-un-bebe' },
      synonyms: { en: ['pregnant', 'newborn'], fr: ['enceinte', 'nouveau-né'] },
      lead_organization_id: federal.id,
      screener: [
        {
          id: 'employed',
          type: 'yes_no',
          label: text('Are you employed?', 'Occupez-vous un emploi?'),
          required: true,
        },
        { id: 'postal', type: 'postal_code', label: text('Your postal code', 'Votre code postal') },
      ],
      stages: [
        {
          key: 'after',
          title: text('After the birth', 'Après la naissance'),
          steps: [
            {
              key: 'register',
              title: text('Register the birth', 'Enregistrer la naissance'),
              summary: text('Tell the province.', 'Avisez la province.'),
              service_ids: [register.id],
              timing: text('Within 30 days', 'Dans les 30 jours'),
            },
            {
              key: 'leave',
              title: text('Apply for parental benefits', 'Demander les prestations parentales'),
              summary: text('If you work.', 'Si vous travaillez.'),
              service_ids: [benefit.id],
              optional: true,
              applies_if: { var: 'employed' },
            },
          ],
        },
      ],
    });
    await publishCluster(db, systemActor('test'), 'having-a-baby');
    await setClusterLifecycle(db, systemActor('test'), 'having-a-baby', {
      status: 'pilot',
      pilot_starts_on: '2026-09-01',
      pilot_ends_on: '2027-03-31',
    });
    await rebuildSearchIndex(db);
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  it('lists clusters by kind on the home page, in both languages', async () => {
    const en = await test.app.inject('/en');
    expect(en.body).toContain('href="/en/situations/having-a-baby"');
    expect(en.body).toContain('Life events');
    const fr = await test.app.inject('/fr');
    expect(fr.body).toContain('href="/fr/situations/avoir-un-bebe"');
    expect(fr.body).toContain('Avoir un bébé');
  });

  it('shows a cluster step by step with the partner responsible, ways to get each service, the pilot and JSON-LD', async () => {
    const page = await test.app.inject('/en/situations/having-a-baby');
    expect(page.statusCode).toBe(200);
    const body = page.body;
    expect(body).toContain('Stage 1');
    expect(body).toContain('Register the birth');
    expect(body).toContain('Optional');
    expect(body).toContain('Within 30 days');
    expect(body).toContain('ServiceOntario');
    expect(body).toContain('tel:18002678097');
    expect(body).toContain('https://example.ca/en');
    expect(body).toContain('Pilot');
    expect(body).toContain('March 31, 2027');
    expect(body).toContain('href="/fr/situations/avoir-un-bebe"');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body)?.[1];
    const ld = JSON.parse(json!) as {
      '@type': string;
      itemListElement: { item: { '@type': string; name: string } }[];
    };
    expect(ld['@type']).toBe('ItemList');
    expect(ld.itemListElement.map((e) => [e.item['@type'], e.item.name])).toEqual([
      ['GovernmentService', 'Register a birth'],
      ['GovernmentService', 'Parental benefits'],
    ]);
    const fr = await test.app.inject('/fr/situations/avoir-un-bebe');
    expect(fr.body).toContain('Étape 1');
    expect(fr.body).toContain('Facultatif');
    expect(fr.body).toContain('href="/en/situations/having-a-baby"');
    await flushViews(test.database.db);
    const views = await test.database.db
      .selectFrom('interaction')
      .select(['channel', 'lang'])
      .where('kind', '=', 'view')
      .where('cluster_key', '=', 'having-a-baby')
      .execute();
    expect(views).toEqual(
      expect.arrayContaining([
        { channel: 'web', lang: 'en' },
        { channel: 'web', lang: 'fr' },
      ]),
    );
  });

  it('answers an unknown cluster with a 404 in the right language and a search box', async () => {
    for (const [url, words] of [
      ['/en/situations/no-such-thing', 'search'],
      ['/fr/situations/having-a-baby', 'Rechercher'],
      ['/en/situations/%3Cscript%3E', 'search'],
    ] as const) {
      const page = await test.app.inject(url);
      expect(page.statusCode).toBe(404);
      expect(page.body.toLowerCase()).toContain(words.toLowerCase());
      expect(page.body).not.toContain('<script>');
    }
  });

  it('screens answers into a personal checklist with a sealed link, and explains errors', async () => {
    const form = await test.app.inject('/en/situations/having-a-baby/checklist');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Are you employed?');

    const bad = await test.app.inject({
      method: 'POST',
      url: '/en/situations/having-a-baby/checklist',
      payload: 'postal=D0D0D0',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('There is a problem');
    expect(bad.body).toContain('Answer this question');
    expect(bad.body).toContain('Enter a Canadian postal code');
    expect(bad.body).toContain('aria-invalid="true"');

    const good = await test.app.inject({
      method: 'POST',
      url: '/en/situations/having-a-baby/checklist',
      payload: 'employed=no&postal=k1p1j1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(good.statusCode).toBe(303);
    const location = good.headers.location as string;
    expect(location).toMatch(/^\/en\/situations\/having-a-baby\/checklist\/[A-Za-z0-9_-]+$/);
    const token = location.split('/').pop()!;
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toMatch(/K1P|k1p|postal|employed/);
    expect(location).not.toContain('?');
    const checklist = await test.app.inject(location);
    expect(checklist.statusCode).toBe(200);
    expect(checklist.headers['cache-control']).toContain('no-store');
    expect(checklist.body).toContain('Register the birth');
    expect(checklist.body).not.toContain('Apply for parental benefits');
    expect(checklist.body).toContain('1 step was left out');
    expect(checklist.body).toContain('K1P 1J1');

    const french = await test.app.inject(
      location.replace('/en/situations/having-a-baby/checklist', '/fr/situations/avoir-un-bebe/liste'),
    );
    expect(french.statusCode).toBe(200);
    expect(french.body).toContain('Enregistrer la naissance');

    const tampered = await test.app.inject(`${location.slice(0, -3)}xyz`);
    expect(tampered.statusCode).toBe(404);
  });

  it('sends the checklist link by email through the SMTP server, and refuses a bad address', async () => {
    const start = await test.app.inject({
      method: 'POST',
      url: '/fr/situations/avoir-un-bebe/liste',
      payload: 'employed=yes',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const path = start.headers.location as string;
    const invalid = await test.app.inject({
      method: 'POST',
      url: `${path}/email`,
      payload: 'email=not-an-address%0ABcc:x@y.z',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Entrez une adresse courriel');
    expect(smtp.received).toHaveLength(0);

    const sent = await test.app.inject({
      method: 'POST',
      url: `${path}/email`,
      payload: 'email=parent%40example.ca',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${path}?email=sent`);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['parent@example.ca']);
    expect(mail.raw).toContain('Content-Language: fr-CA');
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(`https://stitch.example${path}`);
    const after = await test.app.inject(`${path}?email=sent`);
    expect(after.body).toContain('Nous avons envoyé la liste');
  });

  it('records "was this page useful" and never redirects off the site', async () => {
    const answer = await test.app.inject({
      method: 'POST',
      url: '/en/feedback',
      payload: 'page=%2Fen%2Fsituations%2Fhaving-a-baby&useful=no',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/en/situations/having-a-baby?feedback=thanks#feedback');
    const rows = await test.database.db
      .selectFrom('interaction')
      .selectAll()
      .where('kind', '=', 'feedback')
      .execute();
    expect(rows).toMatchObject([{ outcome: 'not-useful', cluster_key: 'having-a-baby', channel: 'web' }]);
    const thanked = await test.app.inject(answer.headers.location as string);
    expect(thanked.body).toContain('Thank you');

    const evil = await test.app.inject({
      method: 'POST',
      url: '/en/feedback',
      payload: 'page=https%3A%2F%2Fevil.example&useful=yes',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(evil.headers.location).toBe('/en?feedback=thanks#feedback');
  });

  it('searches needs on the page and in the API, safely', async () => {
    const page = await test.app.inject('/en/search?q=pregnant');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/en/situations/having-a-baby"');
    const fr = await test.app.inject('/fr/recherche?q=enceinte');
    expect(fr.body).toContain('href="/fr/situations/avoir-un-bebe"');

    for (const q of ['<script>alert(1)</script>', "' OR 1=1 --", 'x'.repeat(10_000), '\u0000\u001f']) {
      const hostile = await test.app.inject(`/en/search?q=${encodeURIComponent(q)}`);
      expect(hostile.statusCode).toBe(200);
      expect(hostile.body).not.toContain('<script>alert');
    }

    const api = await test.app.inject('/api/v1/search?q=pregnant&lang=fr');
    expect(api.statusCode).toBe(200);
    const { results } = api.json() as { results: Record<string, unknown>[] };
    expect(results[0]).toMatchObject({
      type: 'cluster',
      key: 'having-a-baby',
      url: '/fr/situations/avoir-un-bebe',
      title: 'Avoir un bébé',
    });
    expect(typeof results[0]!.score).toBe('number');
    // Each result says why it matched, in the asked language.
    expect(results[0]!.why).toBe(t('fr', 'clusters.search.why.term', { words: 'pregnant' }));
    expect(api.json()).toMatchObject({ corrections: [] });

    // A misspelt word is read as the nearest known one, said so, and can be searched as typed.
    const typo = await test.app.inject('/api/v1/search?q=pregnnat&lang=en');
    expect(typo.json()).toMatchObject({ corrections: [{ from: 'pregnnat', to: 'pregnant' }] });
    const asTyped = await test.app.inject('/api/v1/search?q=pregnnat&lang=en&exact=1');
    expect(asTyped.json()).toMatchObject({ corrections: [] });
    expect((await test.app.inject('/api/v1/search?q=pregnnat&exact=maybe')).statusCode).toBe(400);
    const typoPage = await test.app.inject('/en/search?q=pregnnat');
    expect(typoPage.body).toContain(t('en', 'clusters.search.understood', { words: 'pregnant' }));
    expect(typoPage.body).toContain('href="/en/search?q=pregnnat&amp;exact=1"');
    const typedPage = await test.app.inject('/en/search?q=pregnnat&exact=1');
    expect(typedPage.body).not.toContain(t('en', 'clusters.search.understood', { words: 'pregnant' }));
    expect(typoPage.body).toContain('class="meta why"');

    const agent = await signInAs(test.app, [{ role: 'agent' }]);
    await test.app.inject({ url: '/en/search?q=pregnant', headers: { cookie: agent.cookie } });
    await flushViews(test.database.db);
    const searches = await test.database.db
      .selectFrom('interaction')
      .select(['channel', 'cluster_key', 'detail'])
      .where('kind', '=', 'search')
      .execute();
    const byWhom = searches.map(({ channel, cluster_key, detail }) => ({
      channel,
      cluster_key,
      actor: (detail as { actor?: string }).actor,
    }));
    expect(byWhom).toContainEqual({ channel: 'web', cluster_key: 'having-a-baby', actor: 'public' });
    expect(byWhom).toContainEqual({ channel: 'api', cluster_key: 'having-a-baby', actor: 'public' });
    expect(byWhom).toContainEqual({ channel: 'web', cluster_key: 'having-a-baby', actor: 'user' });

    const tooLong = await test.app.inject(`/api/v1/search?q=${'a'.repeat(10_000)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const missing = await test.app.inject('/api/v1/search');
    expect(missing.statusCode).toBe(400);
  });

  it('serves public clusters as JSON', async () => {
    const list = await test.app.inject('/api/v1/clusters');
    expect(list.json()).toMatchObject({
      clusters: [
        {
          key: 'having-a-baby',
          status: 'pilot',
          url: { en: '/en/situations/having-a-baby', fr: '/fr/situations/avoir-un-bebe' },
        },
      ],
    });
    const one = await test.app.inject('/api/v1/clusters/having-a-baby');
    expect(one.json()).toMatchObject({
      key: 'having-a-baby',
      version: 1,
      definition: { stages: [{ key: 'after' }] },
    });
    expect((await test.app.inject('/api/v1/clusters/nope')).statusCode).toBe(404);
  });
});
