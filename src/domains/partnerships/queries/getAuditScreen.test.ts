import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { appendAudit, createChainWatch, type ChainWatch } from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { withTransaction } from '../../../platform/db/index.js';
import { createTestUser } from '../../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { anOrganization, text } from '../../../testing/factories.js';
import { AUDIT_PAGE_SIZE, getAuditScreen, listAuditTrail } from '../index.js';

const office = anOrganization({ name: text('Records office', 'Bureau des dossiers') });

describe('the audit trail screens', () => {
  let database: TestDatabase;
  let chain: ChainWatch;
  let admin: Actor;
  let analyst: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    chain = createChainWatch(db);
    await importCatalog(db, { organizations: [office] }, { source: 'test', actor: 'test' });
    admin = await createTestUser(db, [{ role: 'platform_admin' }], 'Ada Admin');
    analyst = await createTestUser(db, [{ role: 'analyst' }], 'Andy Analyst');
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await withTransaction(db, (tx) =>
        appendAudit(tx, {
          actor: 'system:test',
          action: 'test.entry',
          entity_type: 'test',
          entity_id: `entry-${i}`,
          organization_id: i === AUDIT_PAGE_SIZE + 4 ? office.id : null,
        }),
      );
  });
  afterAll(() => database.close());

  it('gives a platform administrator a page of entries, the chain’s state and the organisations named', async () => {
    const screen = await getAuditScreen(database.db, admin, { filters: { action: 'test.entry' }, chain });
    expect(screen.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(screen.entries[0]?.entity_id).toBe(`entry-${AUDIT_PAGE_SIZE + 4}`);
    expect(screen.organizations).toEqual([
      { id: office.id, name: text('Records office', 'Bureau des dossiers') },
    ]);
    expect(screen.chain.ok).toBe(true);
    expect(screen.vocabulary.actions).toContain('test.entry');
    const older = await getAuditScreen(database.db, admin, {
      filters: { action: 'test.entry' },
      before: screen.nextBefore,
      chain,
    });
    expect(older.entries.map((entry) => entry.entity_id)).toEqual([
      'entry-4',
      'entry-3',
      'entry-2',
      'entry-1',
      'entry-0',
    ]);
    expect(older.nextBefore).toBeUndefined();
    expect(older.organizations).toEqual([]);
  });

  it('downloads every matching entry for a platform administrator', async () => {
    const rows = await listAuditTrail(database.db, admin, { filters: { action: 'test.entry' } });
    expect(rows).toHaveLength(AUDIT_PAGE_SIZE + 5);
  });

  it('refuses anyone else', async () => {
    await expect(getAuditScreen(database.db, analyst, { filters: {}, chain })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(listAuditTrail(database.db, analyst, { filters: {} })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
