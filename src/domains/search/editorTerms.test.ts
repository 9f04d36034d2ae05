import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DRAFT_LIMITS,
  getRecordEditor,
  getService,
  importCatalog,
  publishDraft,
  RecordProblemsError,
  saveRecordDraft,
  saveServiceDraft,
  type ServiceDraftInput,
  type ServiceTermStore,
} from '../catalog/index.js';
import { AccessDeniedError, type Actor } from '../../platform/auth/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { aService, anOrganization, text } from '../../testing/factories.js';
import {
  editorTermStore,
  MAX_TERM_LENGTH,
  rebuildSearchIndex,
  reindexServices,
  searchNeeds,
  setSearchTerms,
} from './index.js';

const orgA = anOrganization({ id: stableId('terms:org:a') });
const orgB = anOrganization({
  id: stableId('terms:org:b'),
  name: text('City of Halifax', 'Ville d’Halifax'),
});
const ei = aService({
  id: stableId('terms:service:ei'),
  organization_id: orgA.id,
  name: text('Employment Insurance regular benefits', 'Prestations régulières d’assurance-emploi'),
  description: text(
    'Temporary income while you look for work.',
    'Un revenu temporaire pendant que vous cherchez du travail.',
  ),
});
/** Another partner's service, a competitor in search. */
const halifax = aService({
  id: stableId('terms:service:halifax'),
  organization_id: orgB.id,
  name: text('Snow clearing help', 'Aide au déneigement'),
  description: text('Help clearing snow for seniors.', 'Aide au déneigement pour les aînés.'),
});

const person = (name: string, organizationId: string): Actor => ({
  id: `user:${name}`,
  kind: 'user',
  name,
  grants: [{ role: 'partner_editor', organizationId }],
});
const emilie = person('Émilie', orgA.id);
const bea = person('Béa', orgB.id);

/** A nickname nobody else uses, in a line with spaces and capitals as an editor types it. */
const NICKNAME = 'Brindlecash';

describe('search terms kept by editors through the service draft', () => {
  let database: TestDatabase;
  const db = () => database.db;

  const editorRows = () =>
    db()
      .selectFrom('search_term')
      .select(['lang', 'role', 'term'])
      .where('ref', '=', ei.id)
      .where('source', '=', 'editor')
      .orderBy('lang')
      .orderBy('role', 'desc')
      .orderBy('term')
      .execute();
  const auditCount = async () =>
    Number(
      (
        await db()
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const contentOf = async (actor: Actor) => {
    const screen = await getRecordEditor(db(), actor, { kind: 'service', id: ei.id }, editorTermStore);
    return { screen, content: screen.content as ServiceDraftInput };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      db(),
      { organizations: [orgA, orgB], services: [ei, halifax] },
      { source: 'test', actor: 'test' },
    );
    // Terms another source keeps: the form shows them, publishing leaves them alone.
    await setSearchTerms(
      db(),
      { id: 'test' },
      {
        kind: 'service',
        ref: ei.id,
        lang: 'en',
        names: ['EI'],
        descriptions: ['lost my job'],
        source: 'demo',
      },
    );
    await rebuildSearchIndex(db());
  });
  afterAll(async () => database?.close());

  it('never lets an editor send a term longer than search keeps', () => {
    expect(DRAFT_LIMITS.searchTermLength).toBeLessThanOrEqual(MAX_TERM_LENGTH);
  });

  it('shows the published terms and, apart, those other sources keep', async () => {
    const { screen } = await contentOf(emilie);
    expect(screen.content).toMatchObject({
      search_terms: { en: { names: [], descriptions: [] }, fr: { names: [], descriptions: [] } },
    });
    expect(screen.record.other_terms).toEqual([
      { lang: 'en', role: 'name', term: 'ei', source: 'demo' },
      { lang: 'en', role: 'description', term: 'lost job', source: 'demo' },
    ]);
    // Without the store the screen is the catalog's alone, as before terms were edited.
    const bare = await getRecordEditor(db(), emilie, { kind: 'service', id: ei.id });
    expect(bare.content).not.toHaveProperty('search_terms');
  });

  it('drafts terms without touching search, then publishes them with the service in one go', async () => {
    const { screen, content } = await contentOf(emilie);
    const saved = await saveServiceDraft(
      db(),
      emilie,
      {
        id: ei.id,
        revision: 0,
        version: screen.version,
        content: {
          ...content,
          search_terms: {
            en: { names: ['', `  ${NICKNAME}  `, 'brindlecash'], descriptions: ['laid off from the mill'] },
            fr: { names: ['chômage'], descriptions: [] },
          },
        },
      },
      editorTermStore,
    );
    // Blank lines and repeats (whatever their case) are dropped; the draft keeps terms as typed.
    const drafted = await contentOf(emilie);
    expect(drafted.content.search_terms).toEqual({
      en: { names: [NICKNAME], descriptions: ['laid off from the mill'] },
      fr: { names: ['chômage'], descriptions: [] },
    });
    expect(await editorRows()).toEqual([]);
    expect((await searchNeeds(db(), { q: NICKNAME, lang: 'en' })).hits).toEqual([]);

    await publishDraft(
      db(),
      emilie,
      { kind: 'service', id: ei.id, revision: saved.revision },
      editorTermStore,
    );
    // What the channel does once the publication is committed (refreshSearch).
    await reindexServices(db(), [ei.id]);

    const hits = (await searchNeeds(db(), { q: NICKNAME.toLowerCase(), lang: 'en' })).hits;
    expect(hits[0]?.ref).toBe(ei.id);
    expect((await searchNeeds(db(), { q: 'chômage', lang: 'fr' })).hits[0]?.ref).toBe(ei.id);
    expect(await editorRows()).toEqual([
      { lang: 'en', role: 'name', term: 'brindlecash' },
      { lang: 'en', role: 'description', term: 'laid off mill' },
      { lang: 'fr', role: 'name', term: 'chomage' },
    ]);
    // The other source's terms are untouched.
    const { screen: after } = await contentOf(emilie);
    expect(after.record.draft).toBeNull();
    expect(after.record.other_terms).toHaveLength(2);
    expect(after.content).toMatchObject({
      search_terms: {
        en: { names: ['brindlecash'], descriptions: ['laid off mill'] },
        fr: { names: ['chomage'], descriptions: [] },
      },
    });

    // The audit trail: the publication names the terms among its changed fields, and each language's
    // terms were set by the publisher.
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'actor', 'detail'])
      .where('entity_id', '=', ei.id)
      .where('action', 'in', ['catalog.publish', 'search.terms.set'])
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'search.terms.set',
      'search.terms.set',
      'search.terms.set',
      'catalog.publish',
    ]);
    expect(audit.slice(1, 3).map((row) => [row.actor, row.detail])).toEqual([
      [emilie.id, { lang: 'en', source: 'editor', names: 1, descriptions: 1 }],
      [emilie.id, { lang: 'fr', source: 'editor', names: 1, descriptions: 0 }],
    ]);
    expect((audit[3]!.detail as { fields: string[] }).fields).toEqual(['search_terms']);
  });

  it('keeps the published terms when a draft is saved without any, and rewrites only what changed', async () => {
    const { screen, content } = await contentOf(emilie);
    const { search_terms: _terms, ...withoutTerms } = content;
    const before = await auditCount();
    await saveRecordDraft(
      db(),
      emilie,
      {
        kind: 'service',
        id: ei.id,
        revision: 0,
        version: screen.version,
        content: { ...withoutTerms, name: text('EI regular benefits', 'Prestations régulières d’AE') },
        publish: true,
      },
      editorTermStore,
    );
    expect((await getService(db(), ei.id)).name.en).toBe('EI regular benefits');
    expect(await editorRows()).toHaveLength(3);
    // A draft save and a publication, no terms set again.
    expect(await auditCount()).toBe(before + 2);
  });

  it('refuses a term over 120 characters and more than 40 lines, naming each, and writes nothing', async () => {
    const { screen, content } = await contentOf(emilie);
    const before = { rows: await editorRows(), audit: await auditCount() };
    const refused = await saveRecordDraft(
      db(),
      emilie,
      {
        kind: 'service',
        id: ei.id,
        revision: screen.revision,
        version: screen.version,
        content: {
          ...content,
          search_terms: {
            en: { names: ['pogey', 'EI', 'x'.repeat(200)], descriptions: [] },
            fr: { names: [], descriptions: Array.from({ length: 41 }, (_, i) => `terme ${i + 1}`) },
          },
        },
        publish: true,
      },
      editorTermStore,
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RecordProblemsError);
    expect((refused as RecordProblemsError).recordProblems).toEqual([
      { path: 'search_terms.en.names.2', code: 'term_too_long' },
      { path: 'search_terms.fr.descriptions', code: 'too_many_terms' },
    ]);
    expect(await editorRows()).toEqual(before.rows);
    expect(await auditCount()).toBe(before.audit);
    expect((await contentOf(emilie)).screen.record.draft).toBeNull();
  });

  it('refuses another organisation’s editor, who can neither read, draft nor publish the terms', async () => {
    const { screen, content } = await contentOf(emilie);
    await expect(
      getRecordEditor(db(), bea, { kind: 'service', id: ei.id }, editorTermStore),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const hijack = {
      id: ei.id,
      revision: 0,
      version: screen.version,
      content: { ...content, search_terms: { en: { names: ['snow clearing'] } } },
    };
    await expect(saveServiceDraft(db(), bea, hijack, editorTermStore)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      saveRecordDraft(db(), bea, { kind: 'service', ...hijack, publish: true }, editorTermStore),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    // Her own draft of the service is saved; publishing it is still hers to be refused.
    await saveServiceDraft(db(), emilie, hijack, editorTermStore);
    await expect(
      publishDraft(db(), bea, { kind: 'service', id: ei.id }, editorTermStore),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await editorRows()).map((row) => row.term)).not.toContain('snow clearing');
  });

  it('publishes the terms in the publication’s transaction: a failure after writing them undoes both', async () => {
    const { screen } = await contentOf(emilie);
    const failing: ServiceTermStore = {
      read: editorTermStore.read,
      async write(tx, actor, input) {
        await editorTermStore.write(tx, actor, input);
        throw new Error('the terms were written, then something failed');
      },
    };
    const rows = await editorRows();
    const name = (await getService(db(), ei.id)).name;
    expect(screen.record.draft?.content.search_terms?.en.names).toEqual(['snow clearing']);
    await expect(
      publishDraft(db(), emilie, { kind: 'service', id: ei.id, revision: screen.revision }, failing),
    ).rejects.toThrow('something failed');
    expect(await editorRows()).toEqual(rows);
    const after = (await contentOf(emilie)).screen;
    expect(after.record.version).toBe(screen.record.version);
    expect(after.record.draft?.revision).toBe(screen.revision);
    expect((await getService(db(), ei.id)).name).toEqual(name);
  });

  it('refuses terms given without saying where they are kept, instead of dropping them', async () => {
    const { screen, content } = await contentOf(emilie);
    await expect(
      saveServiceDraft(db(), emilie, {
        id: ei.id,
        revision: screen.revision,
        version: screen.version,
        content,
      }),
    ).rejects.toThrow('ServiceTermStore');
    await expect(
      publishDraft(db(), emilie, { kind: 'service', id: ei.id, revision: screen.revision }),
    ).rejects.toThrow('ServiceTermStore');
  });
});
