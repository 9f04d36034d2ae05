import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importCatalog } from '../../../../domains/catalog/index.js';
import { stableId } from '../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../testing/app.js';
import { aService, anOrganization, text } from '../../../../testing/factories.js';

const city = anOrganization({ id: stableId('satweb:org'), name: text('The City', 'La Ville') });
const permit = aService({
  id: stableId('satweb:svc'),
  organization_id: city.id,
  name: text('Parking permit', 'Permis de stationnement'),
});
const servicePage = (lang: 'en' | 'fr') => `/${lang}/services/${permit.id}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('satisfaction survey pages', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await importCatalog(
      test.database.db,
      { organizations: [city], services: [permit] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => test?.close());
  beforeEach(async () => {
    await test.database.db.deleteFrom('interaction').execute();
  });

  const post = (lang: 'en' | 'fr', fields: Record<string, string>) =>
    test.app.inject({
      method: 'POST',
      url: `/${lang}/satisfaction`,
      payload: new URLSearchParams(fields).toString(),
      headers: FORM,
    });
  const surveys = () =>
    test.database.db
      .selectFrom('interaction')
      .innerJoin('survey_response', 'survey_response.interaction_id', 'interaction.id')
      .selectAll()
      .execute();

  it('asks about the page in English and French: overall, five drivers, preferred channel and a comment', async () => {
    const en = await test.app.inject(`/en/satisfaction?page=${encodeURIComponent(servicePage('en'))}`);
    expect(en.statusCode).toBe(200);
    const html = en.body;
    expect(html).toContain('<h1>Tell us about your experience</h1>');
    expect(html).toContain('<form method="post" action="/en/satisfaction" novalidate>');
    expect(html).toContain(`<input type="hidden" name="page" value="${servicePage('en')}"/>`);
    expect(html).toContain(`<a href="${servicePage('en')}">`);
    expect(html).toContain('<fieldset id="overall" aria-describedby="overall-hint">');
    expect(html).toMatch(
      /<legend>Overall, how satisfied were you with the service you received\?<span class="meta"> \(required\)<\/span><\/legend>/,
    );
    expect(html).toContain('<label for="overall-1">1 – Very dissatisfied</label>');
    expect(html).toContain('<label for="overall-5">5 – Very satisfied</label>');
    expect(html).not.toContain('id="overall-na"');
    for (const driver of ['timeliness', 'knowledge', 'courtesy', 'fairness', 'outcome']) {
      expect(html).toContain(`<fieldset id="${driver}">`);
      expect(html).toContain(`<input type="radio" id="${driver}-na" name="${driver}" value checked/>`);
    }
    expect(html).toContain('staff were?');
    expect(html).toContain('<label for="preferred_channel-phone">By telephone</label>');
    expect(html).toContain(
      '<textarea id="comment" name="comment" rows="6" class="input-medium" aria-describedby="comment-hint">',
    );
    expect(html).toContain('Do not include personal information');
    expect(html).toContain('Up to 2,000 characters.');
    expect(html).not.toContain('error-summary');
    // The other language asks about the same service.
    expect(html).toContain(`href="/fr/satisfaction?page=${encodeURIComponent(servicePage('fr'))}"`);

    const fr = await test.app.inject(
      `/fr/satisfaction?page=${encodeURIComponent('/fr/situations/avoir-un-bebe')}`,
    );
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('<html lang="fr-CA">');
    expect(fr.body).toContain('<h1>Parlez-nous de votre expérience</h1>');
    expect(fr.body).toContain('Dans l’ensemble, comment jugez-vous le service que vous avez reçu\u00a0?');
    expect(fr.body).toContain('Ne s’applique pas à ma situation');
    expect(fr.body).toContain('Jusqu’à 2\u00a0000 caractères.');
    // A cluster's slug differs by language: the other language asks about the site.
    expect(fr.body).toContain('href="/en/satisfaction"');
  });

  it('never takes a page of another site, on the form or on the way back', async () => {
    for (const page of ['https://evil.example/en', '//evil.example', '/en\\evil', 'javascript:alert(1)']) {
      const shown = await test.app.inject(`/en/satisfaction?page=${encodeURIComponent(page)}`);
      expect(shown.statusCode).toBe(200);
      expect(shown.body).not.toContain('name="page"');
      expect(shown.body).not.toContain('evil');
      expect(shown.body).toContain('You are telling us about this site.');

      const sent = await post('en', { page, overall: '4' });
      expect(sent.statusCode).toBe(303);
      expect(sent.headers.location).toBe('/en/satisfaction?sent=1');
    }
    const thanks = await test.app.inject('/en/satisfaction?sent=1');
    expect(thanks.body).toContain('<a href="/en">Go back to the page</a>');
    expect(await surveys()).toHaveLength(4);
  });

  it('sends the form back with its problems in English (400), each linked to its field, answers kept', async () => {
    const response = await post('en', {
      page: servicePage('en'),
      timeliness: '2',
      fairness: '9',
      preferred_channel: 'api',
      comment: `Too slow <b>really</b> ${'x'.repeat(2000)}`,
    });
    expect(response.statusCode).toBe(400);
    const html = response.body;
    expect(html).toContain('<title>There is a problem – Tell us about your experience');
    expect(html).toContain('<div class="error-summary" role="alert"');
    const start = html.indexOf('<div class="error-summary"');
    const summary = html.slice(start, html.indexOf('</ul>', start));
    expect([...summary.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['overall-1', 'Choose how satisfied you were overall, from 1 to 5'],
      ['fairness-1', 'Choose an answer from 1 to 5, or “Does not apply to me”'],
      ['preferred_channel-web', 'Choose one of the ways listed, or “No preference”'],
      ['comment', 'Your comment must be 2,000 characters or fewer'],
    ]);
    expect(html).toContain('<fieldset id="overall" aria-describedby="overall-hint overall-error">');
    expect(html).toContain('<p class="field-error" id="fairness-error">');
    expect(html).toContain('<input type="radio" id="timeliness-2" name="timeliness" value="2" checked/>');
    expect(html).toContain(
      'aria-describedby="comment-hint comment-error" aria-invalid="true">Too slow &lt;b>really&lt;/b>',
    );
    expect(html).toContain(`<input type="hidden" name="page" value="${servicePage('en')}"/>`);
    expect(await surveys()).toEqual([]);
  });

  it('says what is wrong in French', async () => {
    const response = await post('fr', { page: servicePage('fr'), courtesy: 'beaucoup' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<html lang="fr-CA">');
    expect(response.body).toContain('<h2 id="error-summary-title">Il y a un problème</h2>');
    expect(response.body).toContain('<a href="#overall-1">Indiquez votre appréciation globale, de 1 à 5</a>');
    expect(response.body).toContain(
      '<a href="#courtesy-1">Choisissez une réponse de 1 à 5, ou «\u00a0Ne s’applique pas à ma situation\u00a0»</a>',
    );
    expect(response.body).toContain('<span class="visually-hidden">Erreur');
    expect(await surveys()).toEqual([]);
  });

  it('records the answers against the service and its owner, redacts the comment, and thanks (303)', async () => {
    const response = await post('en', {
      page: servicePage('en'),
      overall: '4',
      timeliness: '2',
      knowledge: '',
      courtesy: '5',
      fairness: '4',
      outcome: '3',
      preferred_channel: 'phone',
      comment: 'Took 3 weeks. Call me at 613-555-0199.',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(
      `/en/satisfaction?page=${encodeURIComponent(servicePage('en'))}&sent=1`,
    );
    expect(await surveys()).toMatchObject([
      {
        channel: 'web',
        kind: 'survey',
        lang: 'en',
        service_id: permit.id,
        organization_id: city.id,
        detail: { page: servicePage('en') },
        overall: 4,
        timeliness: 2,
        knowledge: null,
        courtesy: 5,
        fairness: 4,
        outcome: 3,
        preferred_channel: 'phone',
        comment: 'Took 3 weeks. Call me at [removed].',
      },
    ]);
    const thanks = await test.app.inject(response.headers.location as string);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('<h1>Thank you for your answers</h1>');
    expect(thanks.body).toContain('<div class="notice-success" role="status">');
    expect(thanks.body).toContain(`<a href="${servicePage('en')}">Go back to the page</a>`);
    expect(thanks.body).not.toContain('<form method="post" action="/en/satisfaction"');

    const fr = await post('fr', { page: servicePage('fr'), overall: '1' });
    expect(fr.statusCode).toBe(303);
    const merci = await test.app.inject(fr.headers.location as string);
    expect(merci.body).toContain('<h1>Merci de vos réponses</h1>');
  });

  it('links to the survey from the service page’s feedback section', async () => {
    const page = await test.app.inject(servicePage('fr'));
    expect(page.body).toContain(
      `<a href="/fr/satisfaction?page=${encodeURIComponent(servicePage('fr'))}">Parlez-nous de votre expérience</a>`,
    );
  });
});
