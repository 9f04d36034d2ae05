import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceInventory } from '../../domains/interchange/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { anInventory } from '../../testing/serviceInventory.js';

const transport = { owner_org: 'tc', owner_org_title: 'Transport Canada | Transports Canada' };
const revenue = {
  owner_org: 'cra-arc',
  owner_org_title: 'Canada Revenue Agency | Agence du revenu du Canada',
};
const service = (id: string, scope: string, figures: Record<string, string>, org = transport) => ({
  fiscal_yr: '2023-2024',
  service_id: id,
  service_name_en: `Service ${id}`,
  service_name_fr: `Service ${id} (fr)`,
  service_description_en: `What service ${id} does.`,
  service_description_fr: `Ce que fait le service ${id}.`,
  service_scope: scope,
  ...figures,
  ...org,
});

/** Known answers, external scope: services 1 and 2 (3 is internal). */
const SERVICES = [
  service('1', 'EXTERN', {
    num_applications_online: '1,200',
    num_applications_by_phone: '300',
    num_applications_by_mail: 'ND',
    num_applications_total: '99999',
    num_phone_enquiries: '5000',
  }),
  service('2', 'ENTERPRISE,EXTERN', {
    num_applications_online: 'NA',
    num_applications_in_person: '500',
    num_phone_enquiries: '',
  }),
  service('3', 'INTERN', { num_applications_online: '7000', num_phone_enquiries: '10' }, revenue),
];
const STANDARDS = [
  { service_id: '1', service_standard_id: '11', target_met: 'Y' },
  { service_id: '1', service_standard_id: '12', target_met: 'N' },
  { service_id: '2', service_standard_id: '21', target_met: 'Y' },
].map((standard) => ({
  fiscal_yr: '2023-2024',
  service_standard_en: 'Decide within 30 days',
  service_standard_fr: 'Décider dans les 30 jours',
  type: 'TML',
  channel: 'ONL',
  target: '0.8',
  ...standard,
  ...transport,
}));

describe('GET /api/v1/measures/summary', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await anInventory(test.database.db, SERVICES, STANDARDS);
  });
  afterAll(async () => test.close());

  const get = (query: string) => test.app.inject({ method: 'GET', url: `/api/v1/measures/summary?${query}` });

  it('sums each channel once, counts ND and NA as nothing, and leaves the total column aside', async () => {
    const response = await get('source=gc-service-inventory&fiscal_year=2023-2024');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      services: 2,
      organisations: 1,
      applications_total: 2000,
      applications_by_channel: {
        online: 1200,
        phone: 300,
        in_person: 500,
        mail: 0,
        email: 0,
        fax: 0,
        other: 0,
      },
      online_share: 0.6,
      phone_enquiries: 5000,
      standards_total: 3,
      standards_met: 2,
    });
  });

  it('counts every service with scope=all', async () => {
    const response = await get('source=gc-service-inventory&fiscal_year=2023-2024&scope=all');
    expect(response.json()).toMatchObject({
      services: 3,
      organisations: 2,
      applications_total: 9000,
      phone_enquiries: 5010,
    });
  });

  it('answers 404 for a year without figures, naming the years there are', async () => {
    const response = await get('source=gc-service-inventory&fiscal_year=2019-2020');
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      code: 'NO_FIGURES',
      message: expect.stringContaining('2023-2024'),
    });
  });

  it('says so in French to a French reader', async () => {
    const response = await test.app.inject({
      method: 'GET',
      url: '/api/v1/measures/summary?source=gc-service-inventory&fiscal_year=2019-2020',
      headers: { 'accept-language': 'fr-CA,fr;q=0.9' },
    });
    expect(response.json().error.message).toBe(
      'Il n’y a pas de données pour 2019-2020. Années pour lesquelles il y en a\u00a0: 2023-2024.',
    );
    const bad = await test.app.inject({
      method: 'GET',
      url: '/api/v1/measures/summary?source=gc-service-inventory&fiscal_year=2024',
      headers: { 'accept-language': 'fr' },
    });
    expect(bad.json().error.details.fields).toEqual([
      {
        field: 'fiscal_year',
        message:
          'L’exercice doit être formé de deux années consécutives, écrites AAAA-AAAA, par exemple 2023-2024.',
      },
    ]);
  });

  it.each([
    ['source=somewhere&fiscal_year=2023-2024', 'source'],
    ['source=gc-service-inventory&fiscal_year=2024', 'fiscal_year'],
    ['source=gc-service-inventory&fiscal_year=2024-2023', 'fiscal_year'],
    ['source=gc-service-inventory&fiscal_year=2023-2024&scope=internal', 'scope'],
    ['fiscal_year=2023-2024', 'source'],
  ])('refuses %s with 400, naming %s', async (query, field) => {
    const response = await get(query);
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain(field);
  });

  it('gives one service’s published results by year, null where nothing was published', async () => {
    const id = serviceInventory.serviceInventoryServiceId('tc:1');
    const response = await test.app.inject(`/api/v1/measures/services/${id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ service_id: id, source: 'gc-service-inventory' });
    expect(body.years).toHaveLength(1);
    expect(body.years[0]).toMatchObject({
      fiscal_year: '2023-2024',
      applications_total: 1500,
      applications_by_channel: { online: 1200, phone: 300, mail: 0 },
      online_share: 0.8,
      phone_enquiries: 5000,
      online_stages: { registration: null, decision: null },
    });
    expect(body.years[0].standards.map((s: { target_met: string }) => s.target_met).sort()).toEqual([
      'N',
      'Y',
    ]);
    const unknown = await test.app.inject(
      `/api/v1/measures/services/${serviceInventory.serviceInventoryServiceId('tc:404')}`,
    );
    expect(unknown.statusCode).toBe(404);
    expect((await test.app.inject('/api/v1/measures/services/not-an-id')).statusCode).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await test.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(
      document.paths['/api/v1/measures/summary'].get.parameters.map((p: { name: string }) => p.name),
    ).toEqual(['source', 'fiscal_year', 'scope']);
  });
});
