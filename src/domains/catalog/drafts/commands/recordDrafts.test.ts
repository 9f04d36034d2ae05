import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccessDeniedError,
  systemActor,
  type Actor,
  type RoleGrant,
} from '../../../../platform/auth/index.js';
import { verifyAuditChain } from '../../../../platform/audit/index.js';
import { ValidationError } from '../../../../platform/errors/index.js';
import { stableId } from '../../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../../testing/db.js';
import { aLocation, aService, anOrganization } from '../../../../testing/factories.js';
import {
  discardDraft,
  getLocation,
  getRecordForEditing,
  getService,
  importCatalog,
  listEditableRecords,
  markVerified,
  publishDraft,
  RecordConflictError,
  saveLocationDraft,
  saveServiceDraft,
  type LocationDraftInput,
  type ServiceDraftInput,
} from '../../index.js';

const orgA = anOrganization({ id: stableId('drafts:org:a') });
const orgB = anOrganization({
  id: stableId('drafts:org:b'),
  name: { en: 'City of Halifax', fr: 'Ville d’Halifax' },
});
const phoneId = stableId('drafts:phone');
const webId = stableId('drafts:channel:web');
const locationA = aLocation({
  id: stableId('drafts:location:a'),
  organization_id: orgA.id,
  schedules: [
    { id: stableId('drafts:hours'), freq: 'WEEKLY', byday: 'MO,TU', opens_at: '08:30', closes_at: '16:30' },
    {
      id: stableId('drafts:holiday'),
      closed: true,
      valid_from: '2030-12-25',
      valid_to: '2030-12-25',
      description: { en: 'Christmas', fr: 'Noël' },
    },
  ],
  languages: [{ id: stableId('drafts:lang'), code: 'fr' }],
});
const serviceA = aService({
  id: stableId('drafts:service:a'),
  organization_id: orgA.id,
  phones: [{ id: phoneId, number: '1-800-555-0100' }],
  channels: [
    {
      id: webId,
      kind: 'web',
      delivery: 'self_serve',
      url: { en: 'https://example.org/en', fr: 'https://example.org/fr' },
    },
  ],
  service_at_locations: [{ id: stableId('drafts:sal'), location_id: locationA.id }],
});
const serviceB = aService({ id: stableId('drafts:service:b'), organization_id: orgB.id });

const person = (name: string, ...grants: RoleGrant[]): Actor => ({
  id: `user:${name}`,
  kind: 'user',
  name,
  grants,
});
const emilie = person('Émilie', { role: 'partner_editor', organizationId: orgA.id });
const omar = person('Omar', { role: 'partner_admin', organizationId: orgA.id });
const bea = person('Béa', { role: 'partner_editor', organizationId: orgB.id });
const outsiders = [
  person('Ana', { role: 'analyst' }),
  person('Agnes', { role: 'agent' }),
  person('Cam', { role: 'cluster_manager', partnershipId: stableId('drafts:partnership') }),
  bea,
];

function serviceDraft(overrides: Partial<ServiceDraftInput> = {}): ServiceDraftInput {
  return {
    name: { en: 'Employment Insurance', fr: 'Assurance-emploi' },
    description: { en: 'Money while you look for work.', fr: 'Un revenu pendant que vous cherchez.' },
    eligibility_description: { en: 'You lost your job.', fr: 'Vous avez perdu votre emploi.' },
    fees_description: null,
    url: { en: 'https://example.org/ei', fr: 'https://example.org/ae' },
    phones: [{ id: phoneId, number: '1-800-555-0100', description: { en: 'Main', fr: 'Principale' } }],
    channels: [
      { id: webId, url: { en: 'https://example.org/en', fr: 'https://example.org/fr' }, description: null },
    ],
    ...overrides,
  };
}

const conflictOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RecordConflictError);
  return (error as RecordConflictError).conflict;
};

describe('partners’ drafts of services and locations', () => {
  let database: TestDatabase;
  const db = () => database.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [orgA, orgB], locations: [locationA], services: [serviceA, serviceB] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database?.close());

  it('lets an editor of the owning organisation draft, then publish: the live record changes and its version goes up', async () => {
    const before = await getRecordForEditing(db(), emilie, 'service', serviceA.id);
    expect(before.draft).toBeNull();
    expect(before.published.name.en).toBe('Employment Insurance');

    const saved = await saveServiceDraft(db(), emilie, {
      id: serviceA.id,
      revision: 0,
      version: before.version,
      content: serviceDraft({ name: { en: 'EI benefits', fr: 'Prestations d’AE' } }),
    });
    expect(saved).toEqual({ revision: 1, base_version: before.version });
    // A draft is not live.
    expect((await getService(db(), serviceA.id)).name.en).toBe('Employment Insurance');
    const pending = await getRecordForEditing(db(), emilie, 'service', serviceA.id);
    expect(pending.draft?.content.name.en).toBe('EI benefits');
    expect(pending.draft?.updated_by_name).toBe('Émilie');

    const published = await publishDraft(db(), omar, { kind: 'service', id: serviceA.id, revision: 1 });
    expect(published.version).toBe(before.version + 1);
    const live = await getService(db(), serviceA.id);
    expect(live.name).toEqual({ en: 'EI benefits', fr: 'Prestations d’AE' });
    expect(live.eligibility_description?.fr).toBe('Vous avez perdu votre emploi.');
    expect(live.phones).toMatchObject([{ id: phoneId, description: { en: 'Main', fr: 'Principale' } }]);
    expect(live.channels).toHaveLength(1);
    expect(live.service_at_locations).toHaveLength(1);

    const after = await getRecordForEditing(db(), emilie, 'service', serviceA.id);
    expect(after.draft).toBeNull();
    expect(after.version).toBe(before.version + 1);
    expect(after.last_verified?.by).toBe('Omar');
    expect(live.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'actor', 'organization_id', 'detail'])
      .where('entity_id', '=', serviceA.id)
      .orderBy('id')
      .execute();
    expect(audit.map((row) => [row.action, row.actor])).toEqual([
      ['catalog.draft.save', 'user:Émilie'],
      ['catalog.publish', 'user:Omar'],
    ]);
    expect(audit[1]!.organization_id).toBe(orgA.id);
    expect(audit[1]!.detail).toMatchObject({
      to_version: before.version + 1,
      fields: expect.arrayContaining(['name']),
    });
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('refuses every other partner and role: reading for editing, saving, publishing, verifying, discarding', async () => {
    for (const actor of outsiders) {
      const attempts = [
        () => getRecordForEditing(db(), actor, 'service', serviceA.id),
        () => getRecordForEditing(db(), actor, 'location', locationA.id),
        () => saveServiceDraft(db(), actor, { id: serviceA.id, revision: 0, content: serviceDraft() }),
        () =>
          saveLocationDraft(db(), actor, {
            id: locationA.id,
            revision: 0,
            content: { name: { en: 'Mine', fr: 'À moi' } },
          }),
        () => publishDraft(db(), actor, { kind: 'service', id: serviceA.id }),
        () => markVerified(db(), actor, { kind: 'service', id: serviceA.id }),
        () => discardDraft(db(), actor, { kind: 'location', id: locationA.id }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(AccessDeniedError);
    }
    // Béa may edit her own organisation's service, and lists only her own records.
    await expect(getRecordForEditing(db(), bea, 'service', serviceB.id)).resolves.toMatchObject({
      kind: 'service',
    });
    const list = await listEditableRecords(db(), bea);
    expect(list.records.map((r) => r.id)).toEqual([serviceB.id]);
    await expect(listEditableRecords(db(), outsiders[0]!)).rejects.toBeInstanceOf(AccessDeniedError);
    // Nothing was written by the refused attempts.
    expect(await getRecordForEditing(db(), emilie, 'location', locationA.id)).toMatchObject({ draft: null });
  });

  it('never lets a second editor silently overwrite the first: a stale revision is a conflict naming who saved', async () => {
    const start = await getRecordForEditing(db(), emilie, 'service', serviceA.id);
    await saveServiceDraft(db(), emilie, {
      id: serviceA.id,
      revision: 0,
      version: start.version,
      content: serviceDraft({ fees_description: { en: 'Free', fr: 'Gratuit' } }),
    });
    // Both editors now have revision 1 open.
    await saveServiceDraft(db(), emilie, {
      id: serviceA.id,
      revision: 1,
      content: serviceDraft({ fees_description: { en: 'Free of charge', fr: 'Sans frais' } }),
    });
    const conflict = await conflictOf(
      saveServiceDraft(db(), omar, {
        id: serviceA.id,
        revision: 1,
        content: serviceDraft({ fees_description: { en: 'Ten dollars', fr: 'Dix dollars' } }),
      }),
    );
    expect(conflict).toMatchObject({ reason: 'draft_changed', by: 'Émilie', current_revision: 2 });
    expect(conflict.at).toMatch(/^\d{4}-/);
    expect(conflict.theirs).toMatchObject({ fees_description: { en: 'Free of charge' } });
    const kept = await getRecordForEditing(db(), omar, 'service', serviceA.id);
    expect(kept.draft?.content).toMatchObject({ fees_description: { en: 'Free of charge' } });
    expect(kept.draft?.revision).toBe(2);

    // Omar has seen Émilie's values; saving with the current revision is a deliberate replacement.
    await expect(
      saveServiceDraft(db(), omar, {
        id: serviceA.id,
        revision: conflict.current_revision,
        content: serviceDraft({ fees_description: { en: 'Ten dollars', fr: 'Dix dollars' } }),
      }),
    ).resolves.toMatchObject({ revision: 3 });
    await expect(
      publishDraft(db(), omar, { kind: 'service', id: serviceA.id, revision: 2 }),
    ).rejects.toBeInstanceOf(RecordConflictError);
    await expect(
      discardDraft(db(), emilie, { kind: 'service', id: serviceA.id, revision: 3 }),
    ).resolves.toEqual({
      discarded: true,
    });
    await expect(discardDraft(db(), emilie, { kind: 'service', id: serviceA.id })).resolves.toEqual({
      discarded: false,
    });
  });

  it('refuses to publish a draft based on a version someone else has replaced since', async () => {
    const start = await getRecordForEditing(db(), emilie, 'location', locationA.id);
    const v = start.version;
    // Émilie starts a draft on version v…
    await saveLocationDraft(db(), emilie, {
      id: locationA.id,
      revision: 0,
      version: v,
      content: { ...start.published, name: { en: 'Ottawa Centre', fr: 'Centre d’Ottawa' } },
    });
    // …then the record is republished underneath it (an import here; another publication works the same).
    await importCatalog(
      db(),
      { locations: [{ ...locationA, name: { en: 'Ottawa Downtown', fr: 'Ottawa centre-ville' } }] },
      { source: 'test', actor: 'test' },
    );
    const conflict = await conflictOf(publishDraft(db(), emilie, { kind: 'location', id: locationA.id }));
    expect(conflict).toMatchObject({ reason: 'published_changed', current_version: v + 1 });
    expect(conflict.theirs).toMatchObject({ name: { en: 'Ottawa Downtown' } });
    expect((await getLocation(db(), locationA.id)).name?.en).toBe('Ottawa Downtown');

    // A new draft cannot start from the old version either.
    await discardDraft(db(), emilie, { kind: 'location', id: locationA.id });
    expect(
      (
        await conflictOf(
          saveLocationDraft(db(), emilie, {
            id: locationA.id,
            revision: 0,
            version: v,
            content: start.published,
          }),
        )
      ).reason,
    ).toBe('published_changed');
  });

  it('publishes an office’s name, address, weekly hours and languages, keeping its holiday closures', async () => {
    const start = await getRecordForEditing(db(), omar, 'location', locationA.id);
    const hours: LocationDraftInput['hours'] = [
      {
        day: 'MO',
        closed: false,
        spans: [
          { opens: '08:30', closes: '12:00' },
          { opens: '13:00', closes: '16:30' },
        ],
      },
      {
        day: 'TU',
        closed: false,
        spans: [
          { opens: '08:30', closes: '12:00' },
          { opens: '13:00', closes: '16:30' },
        ],
      },
      { day: 'WE', closed: false, spans: [{ opens: '09:00', closes: '17:00' }] },
      { day: 'TH', closed: true, spans: [{ opens: '09:00', closes: '17:00' }] },
      { day: 'FR', closed: true },
      { day: 'SA', closed: true },
      { day: 'SU', closed: true },
    ];
    await saveLocationDraft(db(), omar, {
      id: locationA.id,
      revision: 0,
      version: start.version,
      content: {
        name: { en: 'Ottawa Service Centre', fr: 'Centre de services d’Ottawa' },
        address: {
          address_1: '200 Elgin Street',
          city: 'Ottawa',
          state_province: 'ON',
          postal_code: 'K2P 1L5',
        },
        hours,
        languages: ['en', 'fr', 'IU'],
      },
    });
    await publishDraft(db(), omar, { kind: 'location', id: locationA.id });
    const live = await getLocation(db(), locationA.id);
    expect(live.addresses[0]).toMatchObject({
      address_1: '200 Elgin Street',
      postal_code: 'K2P 1L5',
      country: 'CA',
    });
    const weekly = live.schedules.filter((s) => !s.closed);
    expect(weekly.map((s) => [s.byday, s.opens_at, s.closes_at]).sort()).toEqual([
      ['MO,TU', '08:30', '12:00'],
      ['MO,TU', '13:00', '16:30'],
      ['WE', '09:00', '17:00'],
    ]);
    expect(live.schedules.find((s) => s.closed)?.valid_from).toBe('2030-12-25');
    expect(live.languages.map((l) => l.code)).toEqual(['en', 'fr', 'iu']);
    expect(live.languages.find((l) => l.code === 'fr')?.id).toBe(stableId('drafts:lang'));
    const again = await getRecordForEditing(db(), omar, 'location', locationA.id);
    expect(again.published.hours.find((d) => d.day === 'TH')).toEqual({ day: 'TH', closed: true, spans: [] });
  });

  it('refuses bad input with each field’s path, in both languages where the catalog requires them', async () => {
    const error = await saveServiceDraft(db(), emilie, {
      id: serviceA.id,
      revision: 0,
      content: serviceDraft({
        name: { en: 'EI', fr: '  ' },
        description: { en: '', fr: 'Seulement en français' },
        url: { en: 'javascript:alert(1)', fr: 'https://example.org/fr' },
        phones: [{ number: 'call me' }, { number: '', description: { en: '', fr: '' } }],
        channels: [{ id: stableId('drafts:someone-elses-channel') }],
      }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems as { path: string; code?: string }[];
    expect(problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ['name.fr', 'required_fr'],
        ['description.en', 'required_en'],
        ['url.en', 'url'],
        ['phones.0.number', 'phone'],
      ]),
    );
    expect(problems.some((p) => p.path.startsWith('phones.1'))).toBe(false);

    const owned = await saveServiceDraft(db(), emilie, {
      id: serviceA.id,
      revision: 0,
      content: serviceDraft({ channels: [{ id: stableId('drafts:someone-elses-channel') }] }),
    }).catch((e: unknown) => e);
    expect((owned as ValidationError).problems).toMatchObject([
      { path: 'channels.0.id', code: 'unknown_item' },
    ]);

    const hours = await saveLocationDraft(db(), emilie, {
      id: locationA.id,
      revision: 0,
      content: {
        name: { en: 'Office', fr: 'Bureau' },
        address: { address_1: '1 Main St' },
        hours: [
          { day: 'MO', spans: [{ opens: '17:00', closes: '09:00' }] },
          { day: 'TU', spans: [{ opens: '9h', closes: '' }] },
        ],
        languages: ['zz'],
      },
    }).catch((e: unknown) => e);
    expect(hours).toBeInstanceOf(ValidationError);
    expect(
      ((hours as ValidationError).problems as { path: string; code?: string }[]).map((p) => [p.path, p.code]),
    ).toEqual(
      expect.arrayContaining([
        ['address.city', 'required'],
        ['address.postal_code', 'required'],
        ['hours.0.spans.0.closes', 'closes_before_opens'],
        ['hours.1.spans.0.opens', 'time'],
        ['hours.1.spans.0.closes', 'time_pair'],
        ['languages.0', 'language_code'],
      ]),
    );
    await expect(
      saveServiceDraft(db(), emilie, { id: serviceA.id, revision: -1, content: serviceDraft() }),
    ).rejects.toMatchObject({ problems: [{ path: 'revision' }] });
    // Nothing was saved by any refused attempt.
    expect((await getRecordForEditing(db(), emilie, 'service', serviceA.id)).draft).toBeNull();
  });

  it('records who confirmed a record is still accurate, without changing its version', async () => {
    const start = await getRecordForEditing(db(), emilie, 'service', serviceB.id).catch(() => undefined);
    expect(start).toBeUndefined();
    const record = await getRecordForEditing(db(), bea, 'service', serviceB.id);
    const verified = await markVerified(db(), bea, {
      kind: 'service',
      id: serviceB.id,
      version: record.version,
    });
    expect(verified).toMatchObject({ last_verified_by_name: 'Béa', version: record.version });
    const after = await getRecordForEditing(db(), bea, 'service', serviceB.id);
    expect(after.last_verified?.by).toBe('Béa');
    expect(after.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(after.version).toBe(record.version);
    await expect(
      markVerified(db(), bea, { kind: 'service', id: serviceB.id, version: record.version - 1 }),
    ).rejects.toBeInstanceOf(RecordConflictError);
    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', serviceB.id)
      .where('action', '=', 'catalog.verify')
      .execute();
    expect(audit).toHaveLength(1);
    // A platform administrator may act for any organisation.
    await expect(
      markVerified(db(), systemActor('test'), { kind: 'location', id: locationA.id }),
    ).resolves.toMatchObject({ last_verified_by_name: 'test' });
  });
});
