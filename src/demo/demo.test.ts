import { describe, expect, it } from 'vitest';
import * as catalog from '../domains/catalog/index.js';
import {
  CatalogBundle,
  getJurisdiction,
  getLocation,
  getOrganization,
  getService,
} from '../domains/catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { createTestDatabase } from '../testing/db.js';
import { jurisdictionId, locationId, orgId, serviceId } from './catalog/ids.js';
import { listClusterIndicators } from '../domains/insights/index.js';
import { demoIndicators } from './indicators.js';
import { demoCatalog, seedDemo, seedDemoIfEmpty } from './index.js';

const bundle = CatalogBundle.parse(demoCatalog());
const hasImport = typeof (catalog as unknown as Record<string, unknown>).importCatalog === 'function';

/** Texts that are the same in both languages because they are names, numbers or codes. */
const SAME_IN_BOTH = new Set([
  'Service Canada',
  'ServiceOntario',
  'Corporations Canada',
  'IRCC',
  'OCISO',
  'ISANS',
  'RJSC',
  'Halifax',
  'Halifax 311',
  '3-1-1',
  '1 800 O-Canada',
]);

interface Found {
  path: string;
  en: string;
  fr: string;
}

/** Every `{ en, fr }` text in the bundle, except web addresses. */
function texts(value: unknown, path = '$', out: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => texts(item, `${path}[${index}]`, out));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.fr === 'string' && Object.keys(record).length === 2) {
      if (!/\.(url|website)$/.test(path)) out.push({ path, en: record.en, fr: record.fr });
      return out;
    }
    for (const [key, child] of Object.entries(record)) texts(child, `${path}.${key}`, out);
  }
  return out;
}

function ids(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => ids(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'id' && typeof child === 'string') out.push(child);
      else ids(child, out);
    }
  }
  return out;
}

describe('demo catalog', () => {
  it('parses with the catalog bundle schema with no issues', () => {
    const result = CatalogBundle.safeParse(demoCatalog());
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has at least 120 services, 30 partners and 16 locations with coordinates and weekly hours', () => {
    expect(bundle.services.length).toBeGreaterThanOrEqual(120);
    expect(bundle.organizations.length).toBeGreaterThanOrEqual(30);
    expect(bundle.locations.length).toBeGreaterThanOrEqual(16);
    for (const location of bundle.locations) {
      expect(location.latitude, location.name?.en).toBeTypeOf('number');
      expect(location.longitude, location.name?.en).toBeTypeOf('number');
      expect(location.addresses.length, location.name?.en).toBeGreaterThan(0);
      expect(
        location.schedules.some((row) => !row.closed && row.byday && row.opens_at && row.closes_at),
        location.name?.en,
      ).toBe(true);
      expect(location.accessibility.length, location.name?.en).toBeGreaterThan(0);
    }
  });

  it('shows split hours and holiday closures named in both languages', () => {
    const split = bundle.locations.some((location) => {
      const spans = location.schedules
        .filter((row) => !row.closed)
        .flatMap((row) => (row.byday ?? '').split(','));
      return spans.length !== new Set(spans).size;
    });
    expect(split).toBe(true);
    const closures = bundle.locations.flatMap((location) => location.schedules.filter((row) => row.closed));
    expect(closures.length).toBeGreaterThan(0);
    for (const row of closures) {
      expect(row.valid_from).toBe(row.valid_to);
      // The holiday's name alone: pages and phone menus say "closed" in their own words.
      expect(row.description?.en).toMatch(/^[A-Z]/);
      expect(row.description?.fr).not.toBe(row.description?.en);
    }
    expect(closures.map((row) => row.valid_from)).toEqual(
      expect.arrayContaining(['2026-12-25', '2027-01-01', '2027-02-15']),
    );
  });

  it('flags French-language service at locations that offer it', () => {
    const french = bundle.locations.filter((location) =>
      location.languages.some((language) => language.code === 'fr'),
    );
    expect(french.length).toBeGreaterThanOrEqual(5);
  });

  it('covers every jurisdiction level the partnership needs', () => {
    const level = (name: string) => bundle.jurisdictions.filter((j) => j.level === name).map((j) => j.id);
    expect(level('federal')).toHaveLength(1);
    expect(level('provincial').length).toBeGreaterThanOrEqual(2);
    expect(level('municipal').length).toBeGreaterThanOrEqual(2);
    const community = new Set([...level('indigenous'), ...level('ngo')]);
    const communityOrgs = bundle.organizations.filter(
      (org) => org.jurisdiction_id && community.has(org.jurisdiction_id),
    );
    expect(communityOrgs.length).toBeGreaterThanOrEqual(2);
    const indigenous = new Set(level('indigenous'));
    expect(
      bundle.organizations.filter((org) => org.jurisdiction_id && indigenous.has(org.jurisdiction_id)).length,
    ).toBeGreaterThanOrEqual(2);
    for (const org of bundle.organizations) {
      expect(org.brand_colour, org.name.en).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(org.is_partner).toBe(true);
    }
  });

  it('gives every service a channel, and every channel the details its kind needs', () => {
    for (const service of bundle.services) {
      expect(service.channels.length, service.name.en).toBeGreaterThan(0);
      expect(service.assured_date, service.name.en).toMatch(/^2026-/);
      expect(service.eligibility_description, service.name.en).toBeTruthy();
      expect(service.application_process, service.name.en).toBeTruthy();
      for (const channel of service.channels) {
        const where = `${service.name.en} (${channel.kind})`;
        expect(channel.unit_cost, where).toBeTypeOf('number');
        if (channel.kind === 'web') {
          expect(channel.url?.en, where).toMatch(/^https:\/\//);
          expect(channel.url?.fr, where).toMatch(/^https:\/\//);
        }
        if (channel.kind === 'phone') expect(channel.phone_number, where).toBeTruthy();
        if (channel.kind === 'mail') expect(channel.mail_address?.address_1, where).toBeTruthy();
        if (channel.kind === 'email') expect(channel.email, where).toBeTruthy();
        if (channel.kind === 'walk_in') expect(service.service_at_locations.length, where).toBeGreaterThan(0);
      }
    }
  });

  it('gives every federal service a service standard', () => {
    const federal = new Set(bundle.jurisdictions.filter((j) => j.level === 'federal').map((j) => j.id));
    const federalOrgs = new Set(
      bundle.organizations
        .filter((o) => o.jurisdiction_id && federal.has(o.jurisdiction_id))
        .map((o) => o.id),
    );
    const services = bundle.services.filter((s) => federalOrgs.has(s.organization_id));
    expect(services.length).toBeGreaterThanOrEqual(30);
    // Every service listed in the GC Service Inventory carries its published standards.
    const listed = services.filter((s) => s.external_id);
    expect(listed.filter((s) => s.standards.length === 0).map((s) => s.name.en)).toEqual([]);
    expect(services.filter((s) => s.standards.length > 0).length).toBeGreaterThanOrEqual(30);
    for (const s of services.flatMap((service) => service.standards)) {
      expect(s.target).toBeGreaterThan(0);
      expect(s.target).toBeLessThanOrEqual(1);
    }
  });

  it('writes French that differs from the English, except names', () => {
    const same = texts(bundle).filter((text) => text.en === text.fr && !SAME_IN_BOTH.has(text.en));
    expect(same.map((text) => `${text.path}: ${text.en}`)).toEqual([]);
  });

  it('follows French typography', () => {
    const problems: string[] = [];
    for (const { path, fr } of texts(bundle)) {
      const prose = fr.replace(/https?:\/\/\S+/g, '').replace(/\d:\d/g, '');
      if (prose.includes("'")) problems.push(`${path}: straight apostrophe in « ${fr} »`);
      if (/[^\u00a0\u202f][:;?!]/.test(prose))
        problems.push(`${path}: no non-breaking space before punctuation in « ${fr} »`);
      if (/ [:;?!]/.test(prose)) problems.push(`${path}: ordinary space before punctuation in « ${fr} »`);
    }
    expect(problems).toEqual([]);
  });

  it('writes the demo indicators in both languages, with French typography', () => {
    const found = texts(demoIndicators());
    expect(found.length).toBeGreaterThan(5);
    expect(found.filter((text) => text.en === text.fr)).toEqual([]);
    const wrong = found.filter(({ fr }) => fr.includes("'") || / [:;?!]|[^\u00a0\u202f][:;?!]/.test(fr));
    expect(wrong).toEqual([]);
  });

  it('uses unique ids, and links only to demo records', () => {
    const all = ids(bundle);
    expect(all.length).toBe(new Set(all).size);
    const locations = new Set(bundle.locations.map((l) => l.id));
    const organizations = new Set(bundle.organizations.map((o) => o.id));
    const jurisdictions = new Set(bundle.jurisdictions.map((j) => j.id));
    for (const service of bundle.services) {
      expect(organizations.has(service.organization_id), service.name.en).toBe(true);
      for (const link of service.service_at_locations)
        expect(locations.has(link.location_id), service.name.en).toBe(true);
    }
    for (const location of bundle.locations)
      expect(organizations.has(location.organization_id ?? ''), location.name?.en).toBe(true);
    for (const org of bundle.organizations) {
      expect(jurisdictions.has(org.jurisdiction_id ?? ''), org.name.en).toBe(true);
      if (org.parent_organization_id)
        expect(organizations.has(org.parent_organization_id), org.name.en).toBe(true);
    }
    for (const jurisdiction of bundle.jurisdictions) {
      if (jurisdiction.parent_id)
        expect(jurisdictions.has(jurisdiction.parent_id), jurisdiction.code).toBe(true);
    }
  });

  it('covers each life event and client group with several partners', () => {
    const orgsOf = (slugs: RegExp) =>
      new Set(bundle.services.filter((s) => slugs.test(s.name.en)).map((s) => s.organization_id));
    expect(
      orgsOf(/birth|maternity|child benefit|Learning Bond|child care|health card/i).size,
    ).toBeGreaterThanOrEqual(4);
    expect(orgsOf(/death|survivor|burial|funeral|has died/i).size).toBeGreaterThanOrEqual(4);
    expect(orgsOf(/business|incorporat|GST|payroll|Business Number/i).size).toBeGreaterThanOrEqual(4);
    expect(
      orgsOf(/Employment Insurance|Record of Employment|Job Bank|employment|Ontario Works|Income Assistance/i)
        .size,
    ).toBeGreaterThanOrEqual(4);
    expect(orgsOf(/address|driver|licence plate|health card/i).size).toBeGreaterThanOrEqual(3);
    expect(orgsOf(/Old Age|Income Supplement|pension|senior|Allowance/i).size).toBeGreaterThanOrEqual(4);
    expect(
      orgsOf(/newcomer|immigrant|citizenship|permanent resident|language|Social Insurance/i).size,
    ).toBeGreaterThanOrEqual(4);
    expect(orgsOf(/Indigenous|Friendship|Jordan|status card|Wabano/i).size).toBeGreaterThanOrEqual(4);
    expect(orgsOf(/probate|Estate Information/i).size).toBeGreaterThanOrEqual(3);
    // One registration, several agencies: the Nova Scotia Business Registry and the workplace insurers.
    expect(orgsOf(/Business Registry|Joint Stock|Nova Scotia company|WCB|WSIB/i).size).toBeGreaterThanOrEqual(
      4,
    );
  });
});

describe.skipIf(!hasImport)('seeding the demo catalog', () => {
  it('creates everything on an empty database, then only updates', async () => {
    const database = await createTestDatabase();
    try {
      const first = await seedDemoIfEmpty(database.db);
      expect(first?.rejected).toEqual([]);
      expect(first?.created).toBeGreaterThan(0);
      expect(first?.updated).toBe(0);
      expect(await seedDemoIfEmpty(database.db)).toBeUndefined();
      const second = await seedDemo(database.db);
      expect(second.rejected).toEqual([]);
      expect(second.created).toBe(0);
      expect(second.updated).toBeGreaterThan(0);
      const services = await database.db
        .selectFrom('service')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(services.n)).toBe(bundle.services.length);
      // The eight demo clusters are published once: seeding again adds no version.
      const clusters = await database.db.selectFrom('cluster').select(['key', 'status']).execute();
      expect(clusters).toHaveLength(8);
      expect(clusters.find((cluster) => cluster.key === 'moving')?.status).toBe('pilot');
      expect(clusters.filter((cluster) => cluster.status === 'production')).toHaveLength(7);
      const versions = await database.db
        .selectFrom('cluster_version')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(versions.n)).toBe(8);
      const terms = await database.db
        .selectFrom('search_term')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .where('source', '=', 'demo')
        .executeTakeFirstOrThrow();
      expect(Number(terms.n)).toBeGreaterThan(400);
      // The indicators and their values are written once: the second seed changes and audits nothing.
      const business = await listClusterIndicators(database.db, 'starting-a-business');
      expect(business.find((indicator) => indicator.key === 'compliant-employer-accounts')).toMatchObject({
        baseline: { value: 14_500 },
        target: { value: 18_000 },
      });
      const values = await database.db.selectFrom('cluster_indicator_value').select('value').execute();
      expect(values).toHaveLength(
        demoIndicators().reduce((sum, file) => sum + file.indicators.flatMap((i) => i.values).length, 0),
      );
      const audited = await database.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'indicator.%')
        .execute();
      const defined = demoIndicators().reduce((sum, file) => sum + file.indicators.length, 0);
      expect(audited).toHaveLength(defined + values.length);
      await expectKnownRecords(database.db);
    } finally {
      await database.close();
    }
  }, 60_000);
});

/** The counts of data/demo/catalog and a few of its records, as the seed wrote them. */
async function expectKnownRecords(db: Db): Promise<void> {
  const count = async (table: 'jurisdiction' | 'organization' | 'location' | 'service') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  expect({
    jurisdictions: await count('jurisdiction'),
    organizations: await count('organization'),
    locations: await count('location'),
    services: await count('service'),
  }).toEqual({ jurisdictions: 9, organizations: 31, locations: 16, services: 123 });

  const ontario = await getJurisdiction(db, jurisdictionId('ca-on'));
  expect(ontario).toMatchObject({
    level: 'provincial',
    parent_id: jurisdictionId('ca'),
    name: { en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' },
  });

  const serviceOntario = await getOrganization(db, orgId('serviceontario'));
  expect(serviceOntario).toMatchObject({
    jurisdiction_id: jurisdictionId('ca-on'),
    brand_colour: '#1A1A1A',
    brand_accent_colour: '#0066CC',
    is_partner: true,
    website: {
      en: 'https://www.ontario.ca/page/serviceontario',
      fr: 'https://www.ontario.ca/fr/page/serviceontario',
    },
  });

  const ei = await getService(db, serviceId('ei-regular-benefits'));
  expect(ei.name).toEqual({
    en: 'Employment Insurance regular benefits',
    fr: 'Prestations régulières d’assurance-emploi',
  });
  expect(ei.organization_id).toBe(orgId('service-canada'));
  expect(ei.channels.map((channel) => channel.kind)).toEqual(['web', 'phone', 'walk_in', 'kiosk']);
  const phone = ei.channels.find((channel) => channel.kind === 'phone')!;
  expect(phone).toMatchObject({
    phone_number: '1-800-206-7218',
    tty_number: '1-800-529-3742',
    unit_cost: 12,
    description: { en: 'Employment Insurance line', fr: 'Ligne de l’assurance-emploi' },
  });
  expect(phone.hours).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '08:30',
        closes_at: '16:30',
        closed: false,
      }),
      expect.objectContaining({ valid_from: '2026-12-25', closed: true }),
    ]),
  );
  expect(ei.standards).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        channel_kind: 'web',
        threshold_value: 28,
        threshold_unit: 'calendar_days',
        target: 0.8,
        external_id: '931',
      }),
    ]),
  );

  const cityHall = await getLocation(db, locationId('ottawa-city-hall'));
  expect(cityHall.name).toEqual({
    en: 'Ottawa City Hall – Government Service Centre',
    fr: 'Hôtel de ville d’Ottawa – Centre de services gouvernementaux',
  });
  expect(cityHall).toMatchObject({ latitude: 45.4206, longitude: -75.6903, time_zone: 'America/Toronto' });
  expect(cityHall.schedules).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '16:30' }),
      expect.objectContaining({
        valid_from: '2026-09-30',
        closed: true,
        description: {
          en: 'National Day for Truth and Reconciliation',
          fr: 'Journée nationale de la vérité et de la réconciliation',
        },
      }),
    ]),
  );
}
