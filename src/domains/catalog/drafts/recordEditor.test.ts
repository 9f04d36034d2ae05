import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, type Actor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aLocation, aService, anOrganization } from '../../../testing/factories.js';
import {
  DRAFT_LIMITS,
  getRecordEditor,
  getService,
  importCatalog,
  RecordProblemsError,
  saveRecordDraft,
  SERVICE_TEXT_FIELDS,
} from '../index.js';

const org = anOrganization({ id: stableId('editor:org') });
const service = aService({ id: stableId('editor:service'), organization_id: org.id });
const office = aLocation({ id: stableId('editor:office'), organization_id: org.id });
const editor: Actor = {
  id: 'user:editor',
  kind: 'user',
  name: 'Émilie',
  grants: [{ role: 'partner_editor', organizationId: org.id }],
};
const analyst: Actor = { id: 'user:analyst', kind: 'user', name: 'Ana', grants: [{ role: 'analyst' }] };

describe('the record editing screen and saving from it', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [org], services: [service], locations: [office] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(async () => database.close());

  it('gives the texts with their limits, the parts a conflict compares, and where the form starts', async () => {
    const screen = await getRecordEditor(database.db, editor, { kind: 'service', id: service.id });
    expect(screen.texts.map((text) => text.name)).toEqual(SERVICE_TEXT_FIELDS);
    expect(screen.texts.find((text) => text.name === 'name')?.edit).toMatchObject({ required: true });
    expect(screen.parts).toEqual([...SERVICE_TEXT_FIELDS, 'phones', 'channels', 'search_terms']);
    expect(screen.limits).toBe(DRAFT_LIMITS);
    expect(screen).toMatchObject({ revision: 0, version: screen.record.version });
    expect(screen.content).toEqual(screen.record.published);

    const office_ = await getRecordEditor(database.db, editor, { kind: 'location', id: office.id });
    expect(office_.texts.map((text) => text.name)).toEqual(['name']);
    expect(office_.parts).toEqual(['name', 'address', 'hours', 'languages']);
  });

  it('refuses anyone who does not edit for the owning organisation', async () => {
    await expect(
      getRecordEditor(database.db, analyst, { kind: 'service', id: service.id }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('saves and publishes in one go, and a refused edit changes nothing', async () => {
    const before = await getRecordEditor(database.db, editor, { kind: 'service', id: service.id });
    const saved = await saveRecordDraft(database.db, editor, {
      kind: 'service',
      id: service.id,
      revision: 0,
      version: before.version,
      content: { ...before.content, name: { en: 'Renamed', fr: 'Renommé' } },
      publish: true,
    });
    expect(saved).toEqual({ revision: 1, published: true });
    expect((await getService(database.db, service.id))?.name).toEqual({ en: 'Renamed', fr: 'Renommé' });
    const after = await getRecordEditor(database.db, editor, { kind: 'service', id: service.id });
    expect(after.record.draft).toBeNull();
    expect(after.version).toBe(before.version + 1);

    await expect(
      saveRecordDraft(database.db, editor, {
        kind: 'service',
        id: service.id,
        revision: 0,
        version: after.version,
        content: { ...after.content, name: { en: 'Only English' } },
        publish: true,
      }),
    ).rejects.toBeInstanceOf(RecordProblemsError);
    expect(
      (await getRecordEditor(database.db, editor, { kind: 'service', id: service.id })).record.draft,
    ).toBeNull();
  });

  it('keeps a saved draft unpublished when only saving', async () => {
    const before = await getRecordEditor(database.db, editor, { kind: 'location', id: office.id });
    await saveRecordDraft(database.db, editor, {
      kind: 'location',
      id: office.id,
      revision: 0,
      version: before.version,
      content: { ...before.content, name: { en: 'Main office', fr: 'Bureau principal' } },
      publish: false,
    });
    const after = await getRecordEditor(database.db, editor, { kind: 'location', id: office.id });
    expect(after.revision).toBe(1);
    expect(after.content).toMatchObject({ name: { en: 'Main office', fr: 'Bureau principal' } });
    expect(after.record.published.name).toEqual(before.record.published.name);
  });
});
