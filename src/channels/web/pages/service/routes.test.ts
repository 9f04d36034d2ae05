import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../../../domains/catalog/index.js';
import { countInteractions, flushViews } from '../../../../domains/measurement/index.js';
import { stableId } from '../../../../platform/ids/index.js';
import { serviceInventory } from '../../../../domains/interchange/index.js';
import { createTestApp, type TestApp } from '../../../../testing/app.js';
import { anInventory } from '../../../../testing/serviceInventory.js';

const orgId = stableId('test:web:organization');
const serviceId = stableId('test:web:service');
const locationId = stableId('test:web:location');

describe('catalog pages', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await importCatalog(
      test.database.db,
      {
        organizations: [
          {
            id: orgId,
            name: { en: 'Service Canada', fr: 'Service Canada' },
            description: { en: 'Federal services.', fr: 'Services fédéraux.' },
            brand_colour: '#26374a',
          },
        ],
        locations: [
          {
            id: locationId,
            organization_id: orgId,
            location_type: 'physical',
            name: { en: 'Ottawa Service Centre', fr: 'Centre de services d’Ottawa' },
            addresses: [
              {
                id: stableId('test:web:address'),
                address_1: '110 Laurier Avenue West',
                city: 'Ottawa',
                state_province: 'ON',
                postal_code: 'K1P 1J1',
                country: 'CA',
                address_type: 'physical',
              },
            ],
            schedules: [
              {
                id: stableId('test:web:am'),
                freq: 'WEEKLY',
                byday: 'MO',
                opens_at: '08:30',
                closes_at: '12:00',
              },
              {
                id: stableId('test:web:pm'),
                freq: 'WEEKLY',
                byday: 'MO',
                opens_at: '13:00',
                closes_at: '16:30',
              },
            ],
            languages: [{ id: stableId('test:web:lang'), code: 'fr' }],
          },
        ],
        services: [
          {
            id: serviceId,
            organization_id: orgId,
            name: {
              en: 'Employment Insurance <regular> benefits',
              fr: 'Prestations régulières d’assurance-emploi',
            },
            description: {
              en: 'Money while you look for work.',
              fr: 'Un revenu pendant que vous cherchez un emploi.',
            },
            status: 'active',
            assured_date: '2026-11-01',
            channels: [
              {
                id: stableId('test:web:web'),
                kind: 'web',
                delivery: 'self_serve',
                url: {
                  en: 'https://www.canada.ca/en/services/benefits/ei.html',
                  fr: 'https://www.canada.ca/fr/services/prestations/ae.html',
                },
              },
              {
                id: stableId('test:web:phone'),
                kind: 'phone',
                delivery: 'serviced',
                phone_number: '1-800-206-7218',
              },
              { id: stableId('test:web:walkin'), kind: 'walk_in', delivery: 'serviced' },
            ],
            service_at_locations: [{ id: stableId('test:web:sal'), location_id: locationId }],
          },
        ],
      },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => test.close());

  it('shows a service in English with every channel, the office with split hours, and the verification date', async () => {
    const response = await test.app.inject(`/en/services/${serviceId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.body;
    expect(html).toContain('Employment Insurance &lt;regular> benefits');
    expect(html).toContain('href="https://www.canada.ca/en/services/benefits/ei.html"');
    expect(html).toContain('Call 1-800-206-7218');
    expect(html).toContain('110 Laurier Avenue West');
    expect(html).toContain('8:30\u00a0a.m. to 12:00\u00a0p.m., 1:00\u00a0p.m. to 4:30\u00a0p.m.');
    expect(html).toContain('Last verified by the partner on November 1, 2026');
    expect(html).toContain(`href="/fr/services/${serviceId}"`);
  });

  it('shows the same service in French with French links and hours', async () => {
    const html = (await test.app.inject(`/fr/services/${serviceId}`)).body;
    expect(html).toContain('<html lang="fr-CA">');
    expect(html).toContain('Prestations régulières d’assurance-emploi');
    expect(html).toContain('href="https://www.canada.ca/fr/services/prestations/ae.html"');
    expect(html).toContain('de 8\u00a0h\u00a030 à 12\u00a0h');
    expect(html).toContain('Service offert en\u00a0: français');
  });

  it('shows the results a department published for its service, year by year, in both languages', async () => {
    const org = { owner_org: 'tc', owner_org_title: 'Transport Canada | Transports Canada' };
    const year = (fiscal_yr: string, online: string, phone: string) => ({
      fiscal_yr,
      service_id: '77',
      service_name_en: 'Pleasure craft licence',
      service_name_fr: 'Permis d’embarcation de plaisance',
      service_description_en: 'A licence number for a pleasure craft.',
      service_description_fr: 'Un numéro de permis pour une embarcation de plaisance.',
      service_scope: 'EXTERN',
      num_applications_online: online,
      num_applications_by_mail: phone,
      num_phone_enquiries: 'ND',
      os_application: 'Y',
      os_decision: 'N',
      ...org,
    });
    await anInventory(
      test.database.db,
      [year('2022-2023', '900', '100'), year('2023-2024', '1,800', '200')],
      [
        {
          fiscal_yr: '2023-2024',
          service_id: '77',
          service_standard_id: '1',
          service_standard_en: 'Issue a licence within 5 days',
          service_standard_fr: 'Délivrer un permis en 5 jours',
          type: 'TML',
          channel: 'ONL',
          target: '0.8',
          performance: '0.95',
          target_met: 'Y',
          ...org,
        },
      ],
    );
    const id = serviceInventory.serviceInventoryServiceId('tc:77');
    const en = (await test.app.inject(`/en/services/${id}`)).body;
    expect(en).toContain('<h2 id="published-results">Published results</h2>');
    // Newest year first; the mail column was given, telephone enquiries were not (ND).
    expect(en.indexOf('Fiscal year 2023-2024')).toBeLessThan(en.indexOf('Fiscal year 2022-2023'));
    expect(en).toContain('<caption>Applications by channel, 2023-2024</caption>');
    expect(en).toContain('<tfoot><tr><th scope="row">All channels</th><td class="numeric">2,000</td>');
    expect(en).toContain('<dt>Share of applications made online</dt><dd>90%</dd>');
    expect(en).toContain('<dt>Telephone enquiries</dt><dd>Not published</dd>');
    expect(en).toContain(
      '<th scope="row">Issue a licence within 5 days</th><td class="numeric">80%</td><td class="numeric">95%</td><td>Yes</td>',
    );
    expect(en).toContain('<th scope="row">Receive the decision</th><td>No</td>');
    const fr = (await test.app.inject(`/fr/services/${id}`)).body;
    expect(fr).toContain('Résultats publiés');
    expect(fr).toContain(
      '<th scope="row">Délivrer un permis en 5 jours</th><td class="numeric">80\u00a0%</td>',
    );
    // A service that publishes nothing has no such section.
    expect((await test.app.inject(`/en/services/${serviceId}`)).body).not.toContain('published-results');
  });

  it('records a view for each service page shown', async () => {
    await flushViews(test.database.db);
    const counts = await countInteractions(test.database.db, { service_id: serviceId });
    expect(counts.find((c) => c.channel === 'web' && c.kind === 'view')?.count).toBeGreaterThanOrEqual(2);
  });

  it('finds services by words in either language, accents or not, and escapes the query', async () => {
    const found = await test.app.inject('/fr/services?q=prestations%20reguli%C3%A8res');
    expect(found.body).toContain('1 service trouvé pour');
    const none = await test.app.inject('/en/services?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(none.statusCode).toBe(200);
    expect(none.body).not.toContain('<script>alert(1)</script>');
    expect(none.body).toContain('No service matches');
  });

  it('answers an unknown service or page with a 404 page in the right language and a search box', async () => {
    for (const url of [`/fr/services/${stableId('nothing')}`, '/fr/services/not-an-id', '/fr/nowhere']) {
      const response = await test.app.inject(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('Page introuvable');
      expect(response.body).toContain('type="search"');
    }
  });

  it('lists partners by level of government and serves the style sheet', async () => {
    const byLevel = await test.app.inject('/en/governments');
    expect(byLevel.statusCode).toBe(200);
    expect(byLevel.body).toContain(`/en/organizations/${orgId}`);
    const french = await test.app.inject('/fr/gouvernements');
    expect(french.body).toContain(`/fr/organizations/${orgId}`);
    expect(french.body).toContain('href="/en/governments"');
    const css = await test.app.inject('/assets/stitch.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
  });
});
