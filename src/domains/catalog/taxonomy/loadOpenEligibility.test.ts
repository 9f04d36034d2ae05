import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import {
  defaultOpenEligibilityPath,
  loadOpenEligibility,
  TaxonomySourceMissingError,
} from './loadOpenEligibility.js';
import { OPEN_ELIGIBILITY_TAXONOMY_ID } from './openEligibility.js';

const xmlPath = defaultOpenEligibilityPath({});

async function snapshot(db: TestDatabase['db']) {
  const taxonomies = await db.selectFrom('taxonomy').selectAll().orderBy('id').execute();
  const terms = await db.selectFrom('taxonomy_term').selectAll().orderBy('id').execute();
  return { taxonomies, terms };
}

describe('loadOpenEligibility', () => {
  let database: TestDatabase;
  let scratch: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    scratch = await mkdtemp(join(tmpdir(), 'stitch-taxonomy-'));
  });
  afterAll(async () => {
    await database?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('creates every term, then updates the same rows on a second load', async () => {
    const first = await loadOpenEligibility(database.db, { xmlPath, actor: 'test:taxonomy' });
    expect(first).toMatchObject({ read: 385, created: 385, updated: 0, rejected: [] });
    expect(first.notes).toHaveLength(2);
    const afterFirst = await snapshot(database.db);
    expect(afterFirst.terms).toHaveLength(385);
    // Situation codes start at 20000: 291 service terms and 94 situations.
    const situations = afterFirst.terms.filter((term) => Number.parseInt(term.code ?? '', 10) >= 20000);
    expect(situations).toHaveLength(94);
    expect(afterFirst.taxonomies.map((t) => t.id)).toEqual([OPEN_ELIGIBILITY_TAXONOMY_ID]);

    const second = await loadOpenEligibility(database.db, { xmlPath, actor: 'test:taxonomy' });
    expect(second).toMatchObject({ read: 385, created: 0, updated: 385, rejected: [] });
    expect(await snapshot(database.db)).toEqual(afterFirst);

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'entity_id'])
      .where('action', '=', 'taxonomy.load')
      .execute();
    expect(audit).toEqual([
      { actor: 'test:taxonomy', action: 'taxonomy.load', entity_id: OPEN_ELIGIBILITY_TAXONOMY_ID },
      { actor: 'test:taxonomy', action: 'taxonomy.load', entity_id: OPEN_ELIGIBILITY_TAXONOMY_ID },
    ]);
  });

  it('stores both languages and the tree, and a reload puts back an edited row', async () => {
    const food = stableId('open-eligibility:1102');
    const row = await database.db
      .selectFrom('taxonomy_term')
      .selectAll()
      .where('id', '=', food)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      code: '1102',
      name: { en: 'Food', fr: 'Alimentation' },
      parent_id: null,
      language: null,
    });
    const child = await database.db
      .selectFrom('taxonomy_term')
      .select(['code', 'name'])
      .where('parent_id', '=', food)
      .orderBy('code')
      .execute();
    expect(child.map((c) => c.code)).toEqual(['1127', '1128', '1129', '1130', '1131', '1132', '1134']);

    await database.db
      .updateTable('taxonomy_term')
      .set({ name: JSON.stringify({ en: 'Edited', fr: 'Modifié' }), parent_id: null })
      .where('code', '=', '1120')
      .execute();
    await loadOpenEligibility(database.db, { xmlPath });
    const restored = await database.db
      .selectFrom('taxonomy_term')
      .selectAll()
      .where('code', '=', '1120')
      .executeTakeFirstOrThrow();
    expect(restored.name).toEqual({ en: 'Emergency Food', fr: 'Aide alimentaire d’urgence' });
    expect(restored.parent_id).toBe(stableId('open-eligibility:1101'));
  });

  it('names the missing file and writes nothing', async () => {
    const missing = join(scratch, 'nowhere', 'taxonomy.xml');
    const before = await snapshot(database.db);
    const error = await loadOpenEligibility(database.db, { xmlPath: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaxonomySourceMissingError);
    expect((error as TaxonomySourceMissingError).path).toBe(missing);
    expect((error as Error).message).toContain(missing);
    expect(await snapshot(database.db)).toEqual(before);
  });
});

describe('defaultOpenEligibilityPath', () => {
  it('reads STITCH_TAXONOMY_XML, relative to the project root, else the copy shipped in data/reference', () => {
    const root = resolve(import.meta.dirname, '../../../..');
    expect(defaultOpenEligibilityPath({})).toBe(
      resolve(root, 'data/reference/open-eligibility/taxonomy.xml'),
    );
    expect(existsSync(defaultOpenEligibilityPath({}))).toBe(true);
    expect(defaultOpenEligibilityPath({ STITCH_TAXONOMY_XML: '/data/oe.xml' })).toBe('/data/oe.xml');
    expect(defaultOpenEligibilityPath({ STITCH_TAXONOMY_XML: 'data/oe.xml' })).toBe(
      resolve(root, 'data/oe.xml'),
    );
  });
});
