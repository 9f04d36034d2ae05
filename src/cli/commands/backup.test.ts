import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/index.js';
import { appendAudit, verifyAuditChain } from '../../platform/audit/index.js';
import { loadConfig } from '../../platform/config/index.js';
import { connectDatabase, migrateToLatest, withTransaction, type Db } from '../../platform/db/index.js';
import { createTestDatabase, TEST_SERVER_URL } from '../../testing/db.js';
import { EXIT } from '../runtime.js';
import { backup, restore } from './backup.js';

/** Every table's row count and a digest of its rows in a stable order. */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number; digest: string }>`
      select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
      from ${sql.table(name)} t`.execute(db);
    out[name] = `${rows[0]!.n}:${rows[0]!.digest}`;
  }
  return out;
}

/** Changes after the backup, which the restore must undo. */
async function changeEverything(db: Db) {
  await withTransaction(db, (tx) =>
    appendAudit(tx, { actor: 'after-backup', action: 'test.change', entity_type: 'test' }),
  );
  await sql`delete from search_unmet_need`.execute(db);
  await sql`update cluster set status = 'retired'`.execute(db);
}

describe('stitch backup and stitch restore', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stitch-backup-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips the embedded database: every table as it was, the audit chain intact', async () => {
    const dataDir = join(dir, 'embedded');
    const config = loadConfig({ STITCH_DATA_DIR: dataDir });
    let database = await connectDatabase({ dataDir, holder: 'test' });
    await migrateToLatest(database.db);
    await seedDemo(database.db);
    await sql`insert into search_unmet_need (lang, need) values ('en', 'a need nobody met')`.execute(
      database.db,
    );
    const before = await snapshot(database.db);
    expect(Number(before.audit_log!.split(':')[0])).toBeGreaterThan(0);
    await database.close();

    const file = join(dir, 'embedded.backup');
    expect(await backup(config, file)).toMatch(
      /^Backed up the embedded database in .* to .*embedded\.backup \(\d+\.\d MB\)\.$/,
    );

    database = await connectDatabase({ dataDir, holder: 'test' });
    await changeEverything(database.db);
    expect(await snapshot(database.db)).not.toEqual(before);
    await database.close();

    const restored = await restore(config, file);
    expect(restored.exitCode).toBe(EXIT.ok);
    expect(restored.message).toContain('Audit trail intact');
    expect(restored.message).toMatch(/kept in .*pgdata\.before-restore-/);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('pgdata.before-restore-'))).toHaveLength(1);

    database = await connectDatabase({ dataDir, holder: 'test' });
    try {
      expect(await snapshot(database.db)).toEqual(before);
      expect((await verifyAuditChain(database.db)).ok).toBe(true);
    } finally {
      await database.close();
    }
  }, 180_000);

  it.runIf(TEST_SERVER_URL)(
    'round-trips a PostgreSQL database the same way, in one transaction',
    async () => {
      const database = await createTestDatabase();
      try {
        const url = new URL(TEST_SERVER_URL!);
        url.pathname = `/${database.name}`;
        const config = loadConfig({ DATABASE_URL: url.toString() });
        await seedDemo(database.db);
        const before = await snapshot(database.db);
        const file = join(dir, 'server.backup');
        expect(await backup(config, file)).toMatch(
          /^Backed up the PostgreSQL database \(pg_dump custom format\)/,
        );
        await changeEverything(database.db);
        const restored = await restore(config, file);
        expect(restored).toMatchObject({ exitCode: EXIT.ok });
        expect(await snapshot(database.db)).toEqual(before);
        expect((await verifyAuditChain(database.db)).ok).toBe(true);
      } finally {
        await database.close();
      }
    },
    180_000,
  );

  it('refuses a file that is no backup, or a backup of the other engine, before touching anything', async () => {
    const notBackup = join(dir, 'notes.txt');
    writeFileSync(notBackup, 'hello');
    const embedded = loadConfig({ STITCH_DATA_DIR: join(dir, 'untouched') });
    await expect(restore(embedded, notBackup)).rejects.toMatchObject({
      exitCode: EXIT.dataError,
      message: expect.stringContaining('is not a Stitch backup'),
    });
    const serverDump = join(dir, 'server-like.backup');
    writeFileSync(serverDump, 'PGDMP and then some');
    await expect(restore(embedded, serverDump)).rejects.toMatchObject({
      exitCode: EXIT.dataError,
      message: expect.stringContaining('restore it with DATABASE_URL set'),
    });
  });
});
