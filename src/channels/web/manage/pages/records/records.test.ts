import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getService, importCatalog } from '../../../../../domains/catalog/index.js';
import { searchNeeds, setSearchTerms } from '../../../../../domains/search/index.js';
import { stableId } from '../../../../../platform/ids/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { aLocation, aService, anOrganization } from '../../../../../testing/factories.js';

const orgA = anOrganization({ id: stableId('records:org:a') });
const orgB = anOrganization({ id: stableId('records:org:b') });
const office = aLocation({
  id: stableId('records:office'),
  organization_id: orgA.id,
  schedules: [
    { id: stableId('records:hours'), freq: 'WEEKLY', byday: 'MO', opens_at: '08:30', closes_at: '16:30' },
  ],
});
const service = aService({
  id: stableId('records:service'),
  organization_id: orgA.id,
  service_at_locations: [{ id: stableId('records:sal'), location_id: office.id }],
});
/** A service whose search terms are edited (the other one's revisions belong to its own tests). */
const termsService = aService({
  id: stableId('records:terms-service'),
  organization_id: orgA.id,
  name: { en: 'Canada Pension Plan', fr: 'Régime de pensions du Canada' },
});
const XSS = '<script>alert(1)</script>';

const form = (user: TestUser, fields: Record<string, string>) => ({
  headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: user.csrfToken, ...fields }).toString(),
});

const serviceFields = (overrides: Record<string, string> = {}) => ({
  revision: '0',
  version: '1',
  'name.en': 'Employment Insurance',
  'name.fr': 'Assurance-emploi',
  'description.en': 'Money while you look for work.',
  'description.fr': 'Un revenu pendant que vous cherchez un emploi.',
  ...overrides,
});

describe('the back office for partners’ records', () => {
  let test: TestApp;
  let editor: TestUser;
  let other: TestUser;
  const editPath = `/en/manage/records/services/${service.id}`;

  beforeAll(async () => {
    test = await createTestApp();
    await importCatalog(
      test.database.db,
      { organizations: [orgA, orgB], locations: [office], services: [service, termsService] },
      { source: 'test', actor: 'test' },
    );
    editor = await signInAs(test.app, [{ role: 'partner_editor', organizationId: orgA.id }], 'Émilie Roy');
    other = await signInAs(test.app, [{ role: 'partner_editor', organizationId: orgB.id }], 'Bob');
  });
  afterAll(async () => test?.close());

  it('lists the editor’s records in the back-office section, in English and French', async () => {
    const en = await test.app.inject({ url: '/en/manage/records', headers: { cookie: editor.cookie } });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Services and offices');
    expect(en.body).toContain(`href="${editPath}"`);
    expect(en.body).toContain(`/en/manage/records/offices/${office.id}`);
    expect(en.body).toContain('Not verified yet');
    const fr = await test.app.inject({ url: '/fr/gestion/fiches', headers: { cookie: editor.cookie } });
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Services et bureaux');
    expect(fr.body).toContain(`/fr/gestion/fiches/bureaux/${office.id}`);
    const analyst = await signInAs(test.app, [{ role: 'analyst' }]);
    const refused = await test.app.inject({ url: '/en/manage/records', headers: { cookie: analyst.cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Services and offices</a>');
  });

  it('shows the edit form to the owner in both languages, side by side, and refuses another partner', async () => {
    const en = await test.app.inject({ url: editPath, headers: { cookie: editor.cookie } });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<legend lang="en-CA">English</legend>');
    expect(en.body).toContain('<legend lang="fr-CA">Français</legend>');
    expect(en.body).toMatch(
      /<input id="f-name-fr" name="name.fr" type="text" value="Assurance-emploi" lang="fr-CA"/,
    );
    expect(en.body).toContain('<label for="f-name-en">Name</label>');
    expect(en.body).toContain(`name="_csrf" value="${editor.csrfToken}"`);
    expect(en.body).toContain('value="save"');
    expect(en.body).toContain('Confirm still accurate');
    const fr = await test.app.inject({
      url: `/fr/gestion/fiches/services/${service.id}`,
      headers: { cookie: editor.cookie },
    });
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('Enregistrer l’ébauche');
    expect(fr.body).toContain('Modifier le service');

    const office = await test.app.inject({
      url: `/en/manage/records/offices/${stableId('records:office')}`,
      headers: { cookie: editor.cookie },
    });
    expect(office.statusCode).toBe(200);
    expect(office.body).toContain(
      '<label class="visually-hidden" for="f-hours-0-spans-0-opens">Monday: Opens</label>',
    );
    expect(office.body).toMatch(
      /id="f-hours-0-spans-0-opens" name="hours.0.spans.0.opens"[^>]*value="08:30"/,
    );
    expect(office.body).toMatch(/id="f-hours-1-closed" name="hours.1.closed" value="on" checked/);

    for (const url of [editPath, `/fr/gestion/fiches/bureaux/${stableId('records:office')}`]) {
      const refused = await test.app.inject({ url, headers: { cookie: other.cookie } });
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('Assurance-emploi');
    }
    const post = await test.app.inject({ method: 'POST', url: editPath, ...form(other, serviceFields()) });
    expect(post.statusCode).toBe(403);
    const anonymous = await test.app.inject({ url: editPath });
    expect(anonymous.statusCode).toBe(303);
  });

  it('re-renders bad input with an error summary linking to each field, never a 500', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: editPath,
      ...form(
        editor,
        serviceFields({ 'name.fr': '', 'url.en': 'javascript:alert(1)', 'url.fr': 'https://x.ca' }),
      ),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('class="error-summary"');
    expect(response.body).toContain('<a href="#f-name-fr">Name (French): Enter the French text as well');
    expect(response.body).toContain('href="#f-url-en"');
    expect(response.body).toMatch(
      /id="f-name-fr"[^>]*aria-invalid="true" aria-describedby="f-name-fr-error"/,
    );
    expect(response.body).toContain('value="javascript:alert(1)"');
    const fr = await test.app.inject({
      method: 'POST',
      url: `/fr/gestion/fiches/services/${service.id}`,
      ...form(editor, serviceFields({ 'name.en': '' })),
    });
    expect(fr.statusCode).toBe(400);
    expect(fr.body).toContain('Nom (anglais)\u00a0: Entrez aussi le texte anglais');
    expect((await getService(test.database.db, service.id)).name.fr).toBe('Assurance-emploi');
  });

  it('saves a draft, publishes it, and shows the conflict page for a stale revision', async () => {
    const saved = await test.app.inject({
      method: 'POST',
      url: editPath,
      ...form(
        editor,
        serviceFields({ 'fees_description.en': 'Free', 'fees_description.fr': 'Gratuit', intent: 'save' }),
      ),
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${editPath}?done=saved`);
    const page = await test.app.inject({ url: saved.headers.location!, headers: { cookie: editor.cookie } });
    expect(page.body).toContain('Your draft is saved');
    expect(page.body).toContain('Draft (revision 1) saved by Émilie Roy');
    expect(page.body).toContain('Discard draft');

    // A second editor still holding revision 0 is told who saved meanwhile, and sees both values.
    const colleague = await signInAs(test.app, [{ role: 'partner_admin', organizationId: orgA.id }], 'Omar');
    const stale = await test.app.inject({
      method: 'POST',
      url: editPath,
      ...form(
        colleague,
        serviceFields({ 'fees_description.en': 'Ten dollars', 'fees_description.fr': 'Dix dollars' }),
      ),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else changed this record');
    expect(stale.body).toContain('Émilie Roy saved this draft on');
    expect(stale.body).toMatch(
      /<th scope="row">Fees \(English\)<\/th><td lang="en-CA">Free<\/td><td lang="en-CA">Ten dollars<\/td>/,
    );
    expect(stale.body).toContain('name="revision" value="1"');
    expect(stale.body).toContain('maxlength="2000">Ten dollars</textarea>');

    const published = await test.app.inject({
      method: 'POST',
      url: editPath,
      ...form(editor, serviceFields({ revision: '1', 'name.en': 'EI benefits', intent: 'publish' })),
    });
    expect(published.statusCode).toBe(303);
    expect(published.headers.location).toBe(`${editPath}?done=published`);
    const live = await getService(test.database.db, service.id);
    expect(live.name.en).toBe('EI benefits');
    expect(live.fees_description).toBeUndefined();

    const verified = await test.app.inject({
      method: 'POST',
      url: `/fr/gestion/fiches/services/${service.id}/confirmer`,
      ...form(editor, { version: '2' }),
    });
    expect(verified.statusCode).toBe(303);
    const after = await test.app.inject({
      url: verified.headers.location!,
      headers: { cookie: editor.cookie },
    });
    expect(after.body).toContain('Merci. La fiche est marquée comme vérifiée');
    expect(after.body).toMatch(/Dernière vérification le \d{1,2}(er)? \S+ \d{4} par Émilie Roy/);
  });

  it('edits an office’s hours as a weekly table and publishes them', async () => {
    const officePath = `/en/manage/records/offices/${office.id}`;
    const fields = {
      revision: '0',
      version: '1',
      'name.en': 'Ottawa Service Centre',
      'name.fr': 'Centre de services d’Ottawa',
      'address.address_1': '110 Laurier Avenue West',
      'address.city': 'Ottawa',
      'address.state_province': 'ON',
      'address.postal_code': 'K1P 1J1',
      'hours.0.spans.0.opens': '08:30',
      'hours.0.spans.0.closes': '12:00',
      'hours.0.spans.1.opens': '13:00',
      'hours.0.spans.1.closes': '16:30',
      'hours.2.spans.0.opens': '9h',
      'hours.6.closed': 'on',
      languages: 'en, fr',
      intent: 'publish',
    };
    const bad = await test.app.inject({ method: 'POST', url: officePath, ...form(editor, fields) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(
      '<a href="#f-hours-2-spans-0-opens">Wednesday: Opens: Enter the time as HH:MM',
    );
    expect(bad.body).toMatch(/id="f-hours-2-spans-0-opens"[^>]*value="9h" aria-invalid="true"/);

    const good = await test.app.inject({
      method: 'POST',
      url: officePath,
      ...form(editor, { ...fields, 'hours.2.spans.0.opens': '09:00', 'hours.2.spans.0.closes': '17:00' }),
    });
    expect(good.statusCode).toBe(303);
    const page = await test.app.inject({ url: `/en/services/${service.id}` });
    expect(page.body).toContain('8:30\u00a0a.m. to 12:00\u00a0p.m., 1:00\u00a0p.m. to 4:30\u00a0p.m.');
    expect(page.body).toContain('9:00\u00a0a.m. to 5:00\u00a0p.m.');
  });

  it('refuses a form without its anti-forgery token', async () => {
    const { _csrf: _dropped, ...fields } = Object.fromEntries(
      new URLSearchParams(form(editor, serviceFields()).payload),
    );
    const response = await test.app.inject({
      method: 'POST',
      url: editPath,
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
    expect(response.statusCode).toBe(403);
    const discard = await test.app.inject({
      method: 'POST',
      url: `${editPath}/discard`,
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'revision=1',
    });
    expect(discard.statusCode).toBe(403);
  });

  it('keeps an XSS payload in any bilingual field inert on the public page and in the back office', async () => {
    const record = await test.app.inject({ url: editPath, headers: { cookie: editor.cookie } });
    const version = /name="version" value="(\d+)"/.exec(record.body)![1]!;
    const revision = /name="revision" value="(\d+)"/.exec(record.body)![1]!;
    const published = await test.app.inject({
      method: 'POST',
      url: editPath,
      ...form(editor, {
        ...serviceFields({ revision, version }),
        'name.en': XSS,
        'name.fr': `${XSS} fr`,
        'eligibility_description.en': `"><img src=x onerror=alert(1)>`,
        'eligibility_description.fr': XSS,
        intent: 'publish',
      }),
    });
    expect(published.statusCode).toBe(303);
    for (const url of [
      `/en/services/${service.id}`,
      `/fr/services/${service.id}`,
      editPath,
      '/en/manage/records',
    ]) {
      const page = await test.app.inject({ url, headers: { cookie: editor.cookie } });
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('<script>alert(1)');
      expect(page.body).not.toContain('<img src=x');
      expect(page.body).toMatch(/&lt;script(&gt;|>)alert\(1\)&lt;\/script/);
    }
    const publicPage = await test.app.inject({ url: `/en/services/${service.id}` });
    expect(publicPage.body).toMatch(/Last verified/);
  });

  it('edits a service’s search terms: beside other sources’ terms, checked line by line, published into search', async () => {
    const db = test.database.db;
    const termsPath = `/en/manage/records/services/${termsService.id}`;
    const editorRows = () =>
      db
        .selectFrom('search_term')
        .select(['lang', 'role', 'term'])
        .where('ref', '=', termsService.id)
        .where('source', '=', 'editor')
        .orderBy('lang')
        .orderBy('term')
        .execute();
    await setSearchTerms(
      db,
      { id: 'test' },
      {
        kind: 'service',
        ref: termsService.id,
        lang: 'en',
        names: ['CPP'],
        source: 'demo',
      },
    );
    const fields = (overrides: Record<string, string>) =>
      serviceFields({
        'name.en': 'Canada Pension Plan',
        'name.fr': 'Régime de pensions du Canada',
        'search_terms.en.names': '',
        'search_terms.en.descriptions': '',
        'search_terms.fr.names': '',
        'search_terms.fr.descriptions': '',
        ...overrides,
      });

    const page = await test.app.inject({ url: termsPath, headers: { cookie: editor.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2 id="terms-heading">Search terms</h2>');
    expect(page.body).toContain('<label for="f-search_terms-en-names">Names and nicknames</label>');
    expect(page.body).toContain('for example: EI, pogey.');
    expect(page.body).toMatch(
      /<textarea id="f-search_terms-fr-descriptions" name="search_terms.fr.descriptions" rows="6" lang="fr-CA" maxlength="\d+" aria-describedby="f-search_terms-fr-descriptions-hint"><\/textarea>/,
    );
    // The demo's terms are shown, not edited.
    expect(page.body).toContain('<dt>Demonstration data, Names and nicknames</dt><dd lang="en-CA">cpp</dd>');
    expect(page.body).not.toContain('name="search_terms.en.names">cpp');
    const fr = await test.app.inject({
      url: `/fr/gestion/fiches/services/${termsService.id}`,
      headers: { cookie: editor.cookie },
    });
    expect(fr.body).toContain('<label for="f-search_terms-en-descriptions">Mots de tous les jours</label>');
    expect(fr.body).toContain('par exemple\u00a0: AE, chômage.');

    // A term too long on line 3 and 41 terms: each list's problem, in the person's language, nothing saved.
    const bad = {
      'search_terms.en.names': `pogey\r\nEI\r\n${'x'.repeat(200)}`,
      'search_terms.fr.descriptions': Array.from({ length: 41 }, (_, i) => `terme ${i + 1}`).join('\r\n'),
      intent: 'publish',
    };
    const refused = await test.app.inject({ method: 'POST', url: termsPath, ...form(editor, fields(bad)) });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      '<a href="#f-search_terms-en-names">Names and nicknames (English): Line 3 is longer than 120 characters.</a>',
    );
    expect(refused.body).toContain(
      '<a href="#f-search_terms-fr-descriptions">Everyday words (French): Give at most 40 terms, one per line.</a>',
    );
    expect(refused.body).toMatch(
      /id="f-search_terms-en-names"[^>]*aria-invalid="true" aria-describedby="f-search_terms-en-names-hint f-search_terms-en-names-error">pogey\r\nEI\r\nx{200}<\/textarea>/,
    );
    const refusedFr = await test.app.inject({
      method: 'POST',
      url: `/fr/gestion/fiches/services/${termsService.id}`,
      ...form(editor, fields(bad)),
    });
    expect(refusedFr.statusCode).toBe(400);
    expect(refusedFr.body).toContain('Noms et surnoms (anglais)\u00a0: La ligne 3 dépasse 120 caractères.');
    expect(refusedFr.body).toContain(
      'Mots de tous les jours (français)\u00a0: Donnez au plus 40 termes, un par ligne.',
    );
    // Another partner's editor is refused before anything is read.
    const other_ = await test.app.inject({
      method: 'POST',
      url: termsPath,
      ...form(other, fields({ 'search_terms.en.names': 'hijacked', intent: 'publish' })),
    });
    expect(other_.statusCode).toBe(403);
    expect(await editorRows()).toEqual([]);

    const published = await test.app.inject({
      method: 'POST',
      url: termsPath,
      ...form(
        editor,
        fields({
          'search_terms.en.names': 'Pogey\r\n\r\nEI',
          'search_terms.en.descriptions': 'retired from work',
          'search_terms.fr.names': 'RPC',
          intent: 'publish',
        }),
      ),
    });
    expect(published.statusCode).toBe(303);
    expect(await editorRows()).toEqual([
      { lang: 'en', role: 'name', term: 'ei' },
      { lang: 'en', role: 'name', term: 'pogey' },
      { lang: 'en', role: 'description', term: 'retired work' },
      { lang: 'fr', role: 'name', term: 'rpc' },
    ]);
    // The page refreshed search after the publication.
    expect((await searchNeeds(db, { q: 'pogey', lang: 'en' })).hits[0]?.ref).toBe(termsService.id);
    const after = await test.app.inject({
      url: published.headers.location!,
      headers: { cookie: editor.cookie },
    });
    expect(after.body).toMatch(/name="search_terms.en.names"[^>]*>ei\npogey<\/textarea>/);

    // A colleague's draft changes the terms meanwhile: the comparison shows both lists, a term a line.
    const colleague = await signInAs(test.app, [{ role: 'partner_admin', organizationId: orgA.id }], 'Omar');
    const draft = await test.app.inject({
      method: 'POST',
      url: termsPath,
      ...form(
        colleague,
        fields({
          version: '2',
          'search_terms.en.names': 'ei\r\npogey\r\npension',
          'search_terms.en.descriptions': 'retired\r\nold age',
          intent: 'save',
        }),
      ),
    });
    expect(draft.statusCode).toBe(303);
    const stale = await test.app.inject({
      method: 'POST',
      url: termsPath,
      ...form(
        editor,
        fields({
          version: '2',
          'search_terms.en.names': 'ei\r\npogey',
          'search_terms.en.descriptions': 'retired\r\nold age',
          intent: 'save',
        }),
      ),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain(
      '<th scope="row">Names and nicknames (English)</th><td lang="en-CA">ei<br/>pogey<br/>pension</td><td lang="en-CA">ei<br/>pogey</td>',
    );
    // Only what differs is compared: the same list sent with CR LF and kept with LF is the same.
    expect(stale.body).not.toContain('<th scope="row">Everyday words (English)</th>');
  });
});
