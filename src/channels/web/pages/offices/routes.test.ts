import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importCatalog } from '../../../../domains/catalog/index.js';
import { flushViews } from '../../../../domains/measurement/index.js';
import { demoCatalog } from '../../../../demo/catalog/index.js';
import { locationId, serviceId } from '../../../../demo/catalog/ids.js';
import { createTestApp, type TestApp } from '../../../../testing/app.js';

/** Monday 2 March 2026, 10:00 in Ottawa and 11:00 in Halifax: the demo offices are open. */
const MONDAY_MORNING = new Date('2026-03-02T15:00:00Z');
/** Canada Day 2026 (a Wednesday), 10:00 in Ottawa. */
const CANADA_DAY = new Date('2026-07-01T14:00:00Z');

const get = (test: TestApp, url: string) => test.app.inject({ method: 'GET', url });
const interactions = async (test: TestApp) => {
  await flushViews(test.database.db);
  return test.database.db
    .selectFrom('interaction')
    .selectAll()
    .where('kind', '=', 'search')
    .orderBy('id')
    .execute();
};

describe('office finder pages', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await importCatalog(test.database.db, demoCatalog(), { source: 'demo', actor: 'test' });
  });
  afterAll(async () => test?.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  const at = (date: Date) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(date);
  };

  it('shows the form in English and French without a search', async () => {
    const en = await get(test, '/en/offices');
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toContain('text/html');
    expect(en.body).toContain('<h1>Find an office near you</h1>');
    expect(en.body).toContain('<form method="get" action="/en/offices"');
    expect(en.body).toMatch(/<label for="near">Postal code or place<\/label>/);
    expect(en.body).toContain('aria-describedby="near-hint"');
    expect(en.body).not.toContain('aria-invalid');
    expect(en.body).not.toContain('error-summary');
    expect(en.body).toContain('href="/fr/bureaux"');

    const fr = await get(test, '/fr/bureaux');
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('<html lang="fr-CA">');
    expect(fr.body).toContain('<h1>Trouver un bureau près de chez vous</h1>');
    expect(fr.body).toContain('action="/fr/bureaux"');
    expect(fr.body).toContain('Code postal ou lieu');
    expect(fr.body).toContain('href="/en/offices"');
    expect(await interactions(test)).toHaveLength(0);
  });

  it('lists the nearest offices to a postal code, with distance, open now, hours, services and languages', async () => {
    at(MONDAY_MORNING);
    const response = await get(test, `/en/offices?near=${encodeURIComponent('k1p 1j1')}`);
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('Showing offices nearest to K1P (Ottawa Centre)');
    expect(html).toContain('approximate centre of the postal area');
    // Ottawa City Hall first, 0.7 km from the centre of K1P.
    const cards = html.split('<li class="office">').slice(1);
    expect(cards).toHaveLength(10);
    expect(cards[0]).toContain('Ottawa City Hall – Government Service Centre');
    expect(cards[0]).toContain('0.7\u00a0km away');
    expect(cards[0]).toContain('Open now');
    expect(cards[0]).toContain('Today: 8:30\u00a0a.m. to 4:30\u00a0p.m.');
    expect(cards[0]).toContain('110 Laurier Avenue West');
    expect(cards[0]).toContain('French-language service');
    expect(cards[0]).toContain('Languages: English, French');
    expect(cards[0]).toContain('<caption class="meta">Opening hours</caption>');
    expect(cards[0]).toContain('<h4>Services offered here</h4>');
    const linked = [...cards[0]!.matchAll(/href="\/en\/services\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(3);
    for (const id of linked) expect((await get(test, `/en/services/${id}`)).statusCode).toBe(200);
    // The language toggle keeps the search.
    expect(html).toContain(`href="/fr/bureaux?near=k1p%201j1"`);
    expect(html).toContain('value="k1p 1j1"');
  });

  it('says it in French, with French number formatting and the French-language flag', async () => {
    at(MONDAY_MORNING);
    const html = (await get(test, `/fr/bureaux?near=${encodeURIComponent('K1P1J1')}`)).body;
    expect(html).toContain('Bureaux les plus proches de K1P (Ottawa-Centre)');
    const first = html.split('<li class="office">')[1]!;
    expect(first).toContain('Hôtel de ville d’Ottawa');
    expect(first).toContain('À 0,7\u00a0km');
    expect(first).toContain('Ouvert maintenant');
    expect(first).toContain('Aujourd’hui\u00a0: de 8\u00a0h\u00a030 à 16\u00a0h\u00a030');
    expect(first).toContain('Service en français');
    expect(first).toMatch(/href="\/fr\/services\/[0-9a-f-]{36}"/);
    expect(html).toContain('href="/en/offices?near=K1P1J1"');
  });

  it('finds a place by name, accents or not, and shows offices closed on a holiday as closed', async () => {
    at(CANADA_DAY);
    const html = (await get(test, '/en/offices?near=Orleans')).body;
    expect(html).toContain('Showing offices nearest to Orléans');
    expect(html).toContain('from the centre of Orléans');
    const first = html.split('<li class="office">')[1]!;
    expect(first).toContain('Orléans Client Service Centre');
    expect(first).toContain('Closed now');
    expect(first).toContain('Today: closed (Canada Day)');
    expect(first).not.toContain('Open now');
  });

  it('ranks Halifax offices for a Dartmouth search and flags only those with French service', async () => {
    at(MONDAY_MORNING);
    const html = (await get(test, '/en/offices?near=Dartmouth')).body;
    const cards = html.split('<li class="office">').slice(1);
    expect(cards[0]).toContain('Alderney Gate');
    expect(cards[0]).toContain('French-language service');
    const cityHall = cards.find((card) => card.includes('1841 Argyle Street'))!;
    expect(cityHall).toBeDefined();
    expect(cityHall).not.toContain('French-language service');
  });

  it('still lists the demo offices, far away, for a search elsewhere in Canada', async () => {
    at(MONDAY_MORNING);
    const html = (await get(test, '/en/offices?near=Winnipeg')).body;
    expect(html).toContain('Showing offices nearest to Winnipeg');
    const first = html.split('<li class="office">')[1]!;
    expect(first).toMatch(/1,[0-9]{3}\u00a0km away/);
  });

  it('records the search with the FSA only, never the full postal code', async () => {
    await flushViews(test.database.db);
    await test.database.db.deleteFrom('interaction').execute();
    at(MONDAY_MORNING);
    await get(test, '/en/offices?near=K2G%205K7');
    await get(test, '/fr/bureaux?near=Vanier');
    await get(test, '/en/offices?near=zzqxj%20vvwpk');
    await get(test, '/en/offices?near=');
    const rows = await interactions(test);
    expect(rows.map((r) => [r.channel, r.lang, r.outcome])).toEqual([
      ['web', 'en', 'found'],
      ['web', 'fr', 'found'],
      ['web', 'en', 'none'],
    ]);
    expect(rows[0]!.detail).toEqual({ fsa: 'K2G', results: 10 });
    expect(rows[1]!.detail).toEqual({ place: 'Vanier', results: 10 });
    expect(rows[2]!.detail).toEqual({ results: 0 });
    expect(JSON.stringify(rows)).not.toContain('5K7');
    expect(JSON.stringify(rows)).not.toContain('zzqxj');
  });

  it.each([
    [
      'en',
      '/en/offices',
      'We could not find that place',
      'There is a problem',
      'Error: Find an office near you',
    ],
    [
      'fr',
      '/fr/bureaux',
      'Nous n’avons pas trouvé ce lieu',
      'Il y a un problème',
      'Erreur\u00a0: Trouver un bureau',
    ],
  ])(
    'answers an unknown place in %s with 400 and a linked error summary',
    async (_lang, path, error, heading, title) => {
      const response = await get(test, `${path}?near=${encodeURIComponent('zzqxj vvwpk')}`);
      expect(response.statusCode).toBe(400);
      const html = response.body;
      expect(html).toContain(`<title>${title}`);
      const summary = html.indexOf('class="error-summary"');
      const form = html.indexOf('<form');
      expect(summary).toBeGreaterThan(0);
      expect(summary).toBeLessThan(form);
      expect(html).toContain(heading);
      expect(html).toMatch(new RegExp(`<a href="#near">${error}`));
      expect(html).toContain('aria-invalid="true"');
      expect(html).toContain('aria-describedby="near-hint near-error"');
      expect(html).toMatch(new RegExp(`<p class="field-error" id="near-error">.*${error}`));
      expect(html).toContain('value="zzqxj vvwpk"');
      expect(html).not.toContain('<li class="office">');
    },
  );

  it('asks for something when the field is left blank', async () => {
    const response = await get(test, '/en/offices?near=%20%20');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter a postal code or the name of a place');
    expect(response.body).toContain('href="/fr/bureaux?near="');
  });

  describe('hostile input', () => {
    const hostile: [string, string][] = [
      ['10,000 characters', 'K1P'.repeat(3_334)],
      ['a script element', '<script>alert("x")</script>'],
      ['an attribute breakout', '" autofocus onfocus="alert(1)'],
      ['SQL', "K1P'; DROP TABLE location; --"],
      ['control characters', 'K1P\u0000\u001b[2J1J1'],
      ['an invalid percent escape', '%E0%A4%A'],
      ['a lone surrogate escape', '%ED%A0%80'],
    ];

    it.each(hostile)('answers %s without a 500 and without reflecting it unescaped', async (_name, value) => {
      for (const path of ['/en/offices', '/fr/bureaux']) {
        const encoded = value.startsWith('%') ? value : encodeURIComponent(value);
        const response = await get(test, `${path}?near=${encoded}`);
        // None of it is a place: the form again with the error, never a server error.
        expect(response.statusCode, path).toBe(400);
        expect(response.body).not.toContain('<script>alert');
        expect(response.body).not.toContain('" autofocus');
        expect(response.body).not.toMatch(/onfocus="alert/);
        // What is shown back is bounded.
        const shown = /id="near"[^>]*value="([^"]*)"/.exec(response.body)?.[1];
        expect(shown).toBeDefined();
        expect(shown!.length).toBeLessThanOrEqual(100 * 6);
      }
    });

    it('shows markup back as text in the field', async () => {
      const html = (await get(test, `/en/offices?near=${encodeURIComponent('<b>K1P</b>')}`)).body;
      expect(html).toContain('value="&lt;b>K1P&lt;/b>"');
      expect(html).not.toContain('<b>K1P</b>');
    });

    it('takes the first value when near is repeated, and the catalog is still there after SQL', async () => {
      at(MONDAY_MORNING);
      const response = await get(test, '/en/offices?near=Kanata&near=Halifax');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Showing offices nearest to Kanata');
      const count = await test.database.db
        .selectFrom('location')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      expect(Number(count?.n)).toBe(demoCatalog().locations!.length);
    });
  });

  it('links every listed service to a service that is offered at that office', async () => {
    at(MONDAY_MORNING);
    const html = (await get(test, '/en/offices?near=B3J%203A5')).body;
    const card = html
      .split('<li class="office">')
      .slice(1)
      .find((c) => c.includes('Service Canada'))!;
    const linked = new Set([...card.matchAll(/href="\/en\/services\/([0-9a-f-]{36})"/g)].map((m) => m[1]));
    const offered = demoCatalog()
      .services!.filter((s) =>
        s.service_at_locations?.some((sal) => sal.location_id === locationId('service-canada-halifax')),
      )
      .map((s) => s.id);
    expect(linked).toEqual(new Set(offered));
    expect(offered).toContain(serviceId('ei-regular-benefits'));
  });
});
