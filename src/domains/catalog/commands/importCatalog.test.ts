import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/audit/index.js';
import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import {
  aLocation,
  anOrganization,
  aRichService,
  aService,
  aTaxonomy,
  aTaxonomyTerm,
  text,
} from '../../../testing/factories.js';
import { getLocation } from '../queries/getLocation.js';
import { getOrganization } from '../queries/getOrganization.js';
import { getService } from '../queries/getService.js';
import { listServices } from '../queries/listServices.js';
import {
  CatalogBundle,
  LocationInput,
  OrganizationInput,
  ServiceInput,
  type CatalogBundleInput,
} from '../schemas.js';
import { createCatalogWriter, importCatalog } from './importCatalog.js';

const options = { source: 'test', actor: 'tester' };

describe('importCatalog', () => {
  let database: TestDatabase;
  const db = () => database.db;
  const count = async (table: 'service' | 'organization' | 'phone' | 'attribute' | 'audit_log') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('reads back every kind of child exactly as it was given', async () => {
    const taxonomy = aTaxonomy();
    const term = aTaxonomyTerm({ taxonomy_id: taxonomy.id });
    const programId = newId();
    const organization = anOrganization({
      alternate_name: text('SC', 'SC'),
      email: 'info@example.org',
      website: text('https://example.org/en', 'https://example.org/fr'),
      year_incorporated: 1966,
      brand_colour: '#26374a',
      is_partner: true,
      assured_date: '2026-09-30',
      external_id: `ORG-${newId()}`,
      identifiers: [
        {
          id: newId(),
          identifier_scheme: 'CA-GOV',
          identifier_type: 'department',
          identifier: 'ESDC',
          attributes: [],
          metadata: [],
        },
      ],
      programs: [
        {
          id: programId,
          name: text('EI', 'AE'),
          description: text('Insurance', 'Assurance'),
          attributes: [{ id: newId(), taxonomy_term_id: term.id }],
          metadata: [],
        },
      ],
      contacts: [
        {
          id: newId(),
          name: 'Desk',
          email: 'desk@example.org',
          phones: [{ id: newId(), number: '613-555-0000', languages: [], attributes: [], metadata: [] }],
          attributes: [],
          metadata: [],
        },
      ],
      phones: [
        {
          id: newId(),
          number: '1-800-622-6232',
          languages: [
            { id: newId(), name: text('English', 'anglais'), code: 'en', attributes: [], metadata: [] },
          ],
          attributes: [],
          metadata: [],
        },
      ],
      funding: [{ id: newId(), source: text('Parliament', 'Parlement'), attributes: [], metadata: [] }],
      attributes: [{ id: newId(), taxonomy_term_id: term.id, value: 'federal' }],
    });
    const location = aLocation({
      organization_id: organization.id,
      url: 'https://example.org/ottawa',
      latitude: 45.4215,
      longitude: -75.6972,
      time_zone: 'America/Toronto',
      assured_date: '2026-08-01',
      transportation: text('Bus 7', 'Autobus 7'),
      phones: [{ id: newId(), number: '613-555-0100', languages: [], attributes: [], metadata: [] }],
      schedules: [
        {
          id: newId(),
          byday: 'MO',
          opens_at: '08:30',
          closes_at: '16:30',
          closed: false,
          attributes: [],
          metadata: [],
        },
      ],
      languages: [
        { id: newId(), name: text('French', 'français'), code: 'fr', attributes: [], metadata: [] },
      ],
      accessibility: [
        {
          id: newId(),
          description: text('Ramp', 'Rampe'),
          url: 'https://example.org/a11y',
          attributes: [],
          metadata: [],
        },
      ],
      contacts: [{ id: newId(), name: 'Front desk', phones: [], attributes: [], metadata: [] }],
      attributes: [{ id: newId(), taxonomy_term_id: term.id }],
    });
    const service = aRichService({
      organization_id: organization.id,
      location_id: location.id,
      program_id: programId,
      term_id: term.id,
    });

    const report = await importCatalog(
      db(),
      {
        taxonomies: [taxonomy],
        taxonomy_terms: [term],
        organizations: [organization],
        locations: [location],
        services: [service],
      },
      options,
    );
    expect(report).toMatchObject({ read: 5, created: 5, updated: 0, rejected: [] });
    expect(report.written.services).toEqual([service.id]);
    expect(report.written.tables).toEqual(
      expect.arrayContaining(['taxonomy', 'organization', 'location', 'service', 'phone', 'schedule']),
    );
    expect(report.written.tables).not.toContain('jurisdiction');

    expect(await getService(db(), service.id)).toEqual(ServiceInput.parse(service));
    expect(await getOrganization(db(), organization.id)).toEqual(OrganizationInput.parse(organization));
    expect(await getLocation(db(), location.id)).toEqual(LocationInput.parse(location));
  });

  it('refuses a record missing its French name, names the field and writes nothing', async () => {
    const before = {
      services: await count('service'),
      organizations: await count('organization'),
      audit: await count('audit_log'),
    };
    const organization = anOrganization();
    const bad = aService({ organization_id: organization.id, name: { en: 'Employment Insurance' } as never });
    const error = await importCatalog(
      db(),
      { organizations: [organization], services: [aService({ organization_id: organization.id }), bad] },
      options,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IMPORT_FAILED' });
    const report = (error as { details: { report: { rejected: unknown[] } } }).details.report;
    expect(report.rejected).toEqual([
      {
        where: `services[1] (id ${bad.id}, "Employment Insurance")`,
        field: 'name.fr',
        reason: expect.stringContaining('French text is required'),
      },
    ]);
    expect({
      services: await count('service'),
      organizations: await count('organization'),
      audit: await count('audit_log'),
    }).toEqual(before);
  });

  it('with skipInvalid writes the valid records and lists the refused ones', async () => {
    const organization = anOrganization();
    const good = aService({ organization_id: organization.id });
    const unknownOrganization = newId();
    const orphan = aService({ organization_id: unknownOrganization, name: text('Orphan', 'Orphelin') });
    const report = await importCatalog(
      db(),
      { organizations: [organization], services: [orphan, good] },
      { ...options, skipInvalid: true },
    );
    expect(report.created).toBe(2);
    expect(report.rejected).toEqual([
      {
        where: `services[0] (id ${orphan.id}, "Orphan")`,
        field: 'organization_id',
        reason: `Unknown organization ${unknownOrganization}: it is neither in this import nor in the catalog`,
      },
    ]);
    await expect(getService(db(), good.id)).resolves.toMatchObject({ id: good.id });
    await expect(getService(db(), orphan.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses references to unknown locations, terms, and programs of another organization', async () => {
    const mine = anOrganization({
      programs: [{ id: newId(), name: text('P', 'P'), description: text('D', 'D') }],
    });
    const theirs = anOrganization();
    const otherProgram = mine.programs![0]!.id;
    const services = [
      aService({ organization_id: theirs.id, program_id: otherProgram }),
      aService({ organization_id: theirs.id, service_at_locations: [{ id: newId(), location_id: newId() }] }),
      aService({
        organization_id: theirs.id,
        phones: [{ id: newId(), number: '1', attributes: [{ id: newId(), taxonomy_term_id: newId() }] }],
      }),
    ];
    const error = await importCatalog(db(), { organizations: [mine, theirs], services }, options).catch(
      (e: unknown) => e,
    );
    const rejected = (error as { details: { report: { rejected: { field: string; reason: string }[] } } })
      .details.report.rejected;
    expect(rejected.map((r) => r.field)).toEqual([
      'program_id',
      'service_at_locations.0.location_id',
      'phones.0.attributes.0.taxonomy_term_id',
    ]);
    expect(rejected[0]!.reason).toContain('belongs to another organization');
    expect(rejected[1]!.reason).toContain('Unknown location');
    expect(rejected[2]!.reason).toContain('Unknown taxonomy term');
    await expect(getOrganization(db(), mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('replaces an existing record whole, children included, and counts it as updated', async () => {
    const organization = anOrganization();
    const location = aLocation({ organization_id: organization.id });
    const first = aRichService({ organization_id: organization.id, location_id: location.id });
    await importCatalog(
      db(),
      { organizations: [organization], locations: [location], services: [first] },
      options,
    );
    const stored = await db()
      .selectFrom('service')
      .select(['version', 'created_at'])
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    const phonesBefore = await count('phone');

    const second = aService({
      id: first.id,
      organization_id: organization.id,
      name: text('Employment Insurance', 'Assurance-emploi'),
      phones: [{ id: newId(), number: '1-800-000-0000' }],
    });
    const report = await importCatalog(db(), { services: [second] }, options);
    expect(report).toMatchObject({ read: 1, created: 0, updated: 1, rejected: [] });
    const read = await getService(db(), first.id);
    expect(read).toEqual({ ...ServiceInput.parse(second), last_modified: read.last_modified });
    const after = await db()
      .selectFrom('service')
      .select(['version', 'created_at'])
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(after.version).toBe(stored.version + 1);
    expect(after.created_at).toEqual(stored.created_at);
    // The rich service had 5 phones (2 of its own, its contact's, its link's and its link contact's); one remains.
    expect(await count('phone')).toBe(phonesBefore - 5 + 1);
    const mailAddressId = first.channels!.find((c) => c.mail_address)!.mail_address!.id;
    expect(await db().selectFrom('address').select('id').where('id', '=', mailAddressId).execute()).toEqual(
      [],
    );
    const orphans = await db()
      .selectFrom('attribute')
      .select('id')
      .where('link_entity', 'in', [
        'phone',
        'schedule',
        'address',
        'language',
        'contact',
        'service_at_location',
      ])
      .where((eb) =>
        eb.not(
          eb.or([
            eb('link_id', 'in', eb.selectFrom('phone').select('id')),
            eb('link_id', 'in', eb.selectFrom('schedule').select('id')),
            eb('link_id', 'in', eb.selectFrom('address').select('id')),
            eb('link_id', 'in', eb.selectFrom('language').select('id')),
            eb('link_id', 'in', eb.selectFrom('contact').select('id')),
            eb('link_id', 'in', eb.selectFrom('service_at_location').select('id')),
          ]),
        ),
      )
      .execute();
    expect(orphans).toEqual([]);
  });

  it('keeps a record awaiting translation with the missing language empty, out of lists unless asked', async () => {
    const organization = anOrganization();
    const pending = aService({
      organization_id: organization.id,
      name: { en: 'Zebra crossing permit' } as never,
      description: { fr: 'Permis de passage pour piétons' } as never,
      translation_pending: true,
    });
    await importCatalog(db(), { organizations: [organization], services: [pending] }, options);
    const read = await getService(db(), pending.id);
    expect(read.name).toEqual({ en: 'Zebra crossing permit', fr: '' });
    expect(read.description).toEqual({ en: '', fr: 'Permis de passage pour piétons' });
    expect((await listServices(db(), { page: 1, perPage: 10, organizationId: organization.id })).total).toBe(
      0,
    );
    expect(
      (
        await listServices(db(), {
          page: 1,
          perPage: 10,
          organizationId: organization.id,
          includePending: true,
        })
      ).total,
    ).toBe(1);

    const neither = aService({
      organization_id: organization.id,
      name: { en: ' ', fr: '' },
      translation_pending: true,
    });
    await expect(importCatalog(db(), { services: [neither] }, options)).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
    });
  });

  it('keeps text exactly as given, tabs, line breaks, backslashes and quotes included', async () => {
    const organization = anOrganization();
    const awkward = 'Line one\n\tTabbed "quoted" \\N back\\slash\r\nend';
    const service = aService({
      organization_id: organization.id,
      description: text(awkward, `${awkward} (fr)`),
      alternate_name: text('a\\tb', 'c\td'),
      channels: [
        {
          id: newId(),
          kind: 'web',
          delivery: 'self_serve',
          url: text('https://example.org/en', 'https://example.org/fr'),
          languages: ['en', 'fr'],
        },
      ],
    });
    await importCatalog(db(), { organizations: [organization], services: [service] }, options);
    const read = await getService(db(), service.id);
    expect(read?.description).toEqual({ en: awkward, fr: `${awkward} (fr)` });
    expect(read?.alternate_name).toEqual({ en: 'a\\tb', fr: 'c\td' });
    expect(read?.channels[0]?.languages).toEqual(['en', 'fr']);
    expect(read?.channels[0]?.url).toEqual(text('https://example.org/en', 'https://example.org/fr'));
  });

  it('names a language from its code in both languages', async () => {
    const organization = anOrganization();
    const service = aService({
      organization_id: organization.id,
      languages: [
        { id: newId(), code: 'fr' },
        { id: newId(), code: 'iu' },
      ],
    });
    await importCatalog(db(), { organizations: [organization], services: [service] }, options);
    const { languages } = await getService(db(), service.id);
    expect(languages.map((l) => l.name)).toEqual([
      { en: 'French', fr: 'français' },
      { en: 'Inuktitut', fr: 'inuktitut' },
    ]);
  });

  it('writes in chunks, from a stream of parts, and reports progress', async () => {
    const organization = anOrganization();
    const services = Array.from({ length: 7 }, (_, i) =>
      aService({ organization_id: organization.id, name: text(`Chunked ${i}`, `Morceau ${i}`) }),
    );
    const progress: number[] = [];
    async function* parts(): AsyncGenerator<CatalogBundleInput> {
      yield { organizations: [organization] };
      yield { services: services.slice(0, 4) };
      yield { services: services.slice(4) };
    }
    const report = await importCatalog(db(), parts(), {
      ...options,
      chunkSize: 3,
      onProgress: (done) => progress.push(done),
    });
    expect(report).toMatchObject({ read: 8, created: 8, updated: 0 });
    expect(progress).toEqual([1, 4, 5, 8]);
    const listed = await listServices(db(), { page: 1, perPage: 50, organizationId: organization.id });
    expect(listed.total).toBe(7);
  });

  it('surfaces a write the server refuses while the next part is checked, and keeps nothing', async () => {
    // A real refusal from the database, after the import's own checks passed.
    await sql`
      create function refuse_poisoned_service() returns trigger language plpgsql as $$
      begin
        if new.name->>'en' = 'Poisoned' then raise exception 'the server refused service %', new.id; end if;
        return new;
      end $$`.execute(db());
    await sql`create trigger refuse_poisoned before insert on service
      for each row execute function refuse_poisoned_service()`.execute(db());
    try {
      const organization = anOrganization();
      const poisoned = aService({ organization_id: organization.id, name: text('Poisoned', 'Empoisonné') });
      const after = Array.from({ length: 5 }, (_, i) =>
        aService({ organization_id: organization.id, name: text(`After ${i}`, `Après ${i}`) }),
      );
      async function* parts(): AsyncGenerator<CatalogBundleInput> {
        yield { organizations: [organization] };
        yield { services: [poisoned] };
        yield { services: after };
      }
      await expect(importCatalog(db(), parts(), { ...options, chunkSize: 2 })).rejects.toThrow(
        `the server refused service ${poisoned.id}`,
      );
      await expect(getOrganization(db(), organization.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getService(db(), after[0]!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await sql`drop trigger refuse_poisoned on service`.execute(db());
      await sql`drop function refuse_poisoned_service()`.execute(db());
    }
  });

  it('offers a writer that joins the caller’s transaction', async () => {
    const organization = anOrganization();
    await expect(
      withTransaction(db(), async (tx) => {
        const writer = createCatalogWriter(tx, options);
        await writer.write({ organizations: [organization] });
        await writer.write({ services: [aService({ organization_id: newId() })] });
        return writer.finish();
      }),
    ).rejects.toMatchObject({ code: 'IMPORT_FAILED' });
    await expect(getOrganization(db(), organization.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes one chained audit row per import', async () => {
    const before = await count('audit_log');
    const organization = anOrganization();
    await importCatalog(db(), CatalogBundle.parse({ organizations: [organization] }), {
      source: 'audit-test',
      actor: 'auditor',
    });
    const row = await db()
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(await count('audit_log')).toBe(before + 1);
    expect(row).toMatchObject({
      actor: 'auditor',
      action: 'catalog.import',
      entity_type: 'import',
      detail: { source: 'audit-test', read: 1, created: 1, updated: 0, rejected: 0 },
    });
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});

describe('importCatalog — what an import wrote', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('names the services of an organization it rewrote, and nothing when it refused', async () => {
    const organization = anOrganization();
    const services = [
      aService({ organization_id: organization.id }),
      aService({ organization_id: organization.id }),
    ];
    const other = anOrganization();
    const first = await importCatalog(
      database.db,
      { organizations: [organization, other], services },
      options,
    );
    expect(first.written.services.sort()).toEqual(services.map((s) => s.id).sort());

    const renamed = await importCatalog(
      database.db,
      { organizations: [{ ...organization, name: text('Renamed', 'Renommée') }] },
      options,
    );
    expect(renamed.written).toEqual({
      tables: ['organization'],
      services: expect.arrayContaining(services.map((s) => s.id)),
    });
    expect(renamed.written.services).toHaveLength(2);

    const untouched = await importCatalog(database.db, { organizations: [other] }, options);
    expect(untouched.written).toEqual({ tables: ['organization'], services: [] });

    const refused = await importCatalog(
      database.db,
      { services: [aService({ organization_id: 'no-such-organization' })] },
      { ...options, skipInvalid: true },
    );
    expect(refused.written).toEqual({ tables: [], services: [] });
  });
});
