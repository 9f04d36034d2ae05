import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/index.js';
import { createSmtpMailer } from '../mail/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { startTestSmtpServer } from '../../testing/smtp.js';
import {
  appendAudit,
  auditHash,
  canonicalJson,
  checkAnchor,
  deliverAnchor,
  makeAnchor,
  readLastAnchor,
  sealedContentOf,
  useAuditKey,
  verifyAuditChain,
} from './index.js';

const KEY = Buffer.alloc(32, 7);

async function append(database: TestDatabase, n: number) {
  await withTransaction(database.db, async (tx) => {
    for (let i = 0; i < n; i += 1)
      await appendAudit(tx, {
        actor: 'editor',
        action: 'service.publish',
        entity_type: 'service',
        detail: { i },
      });
  });
}

/** What someone with write access and no key can do: rewrite an entry, then recompute every seal after it. */
async function rewriteAndReseal(database: TestDatabase, id: number, key?: Buffer) {
  await sql`update audit_log set actor = 'mallory' where id = ${id}`.execute(database.db);
  const rows = await database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>=', id)
    .orderBy('id')
    .execute();
  let prev =
    (
      await database.db
        .selectFrom('audit_log')
        .select('hash')
        .where('id', '<', id)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst()
    )?.hash ?? '0'.repeat(64);
  for (const row of rows) {
    const content = sealedContentOf(row);
    const hash = key
      ? auditHash(prev, content, { with: 'hmac-sha256', key })
      : createHash('sha256')
          .update(prev + canonicalJson(content))
          .digest('hex');
    await sql`update audit_log set prev_hash = ${prev}, hash = ${hash}, sealed_with = ${key ? 'hmac-sha256' : 'sha256'} where id = ${row.id}`.execute(
      database.db,
    );
    prev = hash;
  }
}

const ids = async (database: TestDatabase) =>
  (await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => Number(r.id));

describe('the keyed audit chain', () => {
  let database: TestDatabase;
  beforeAll(() => useAuditKey(KEY));
  afterAll(() => useAuditKey(undefined));
  afterEach(async () => database?.close());

  it('cannot be rewritten and recomputed without the key, as plain hashes or under another key', async () => {
    database = await createTestDatabase();
    await append(database, 4);
    const [, second] = await ids(database);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 4 });
    await rewriteAndReseal(database, second!);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: second });
    await rewriteAndReseal(database, second!, Buffer.alloc(32, 9));
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: second });
    // With the key itself, the seals hold again: only an anchor outside the database can tell.
    await rewriteAndReseal(database, second!, KEY);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 4 });
  });

  it('keeps entries sealed before keyed seals verifiable, and refuses an unkeyed one after them', async () => {
    database = await createTestDatabase();
    // Entries from before migration 0019: plain SHA-256, sealed_with left at its default.
    let prev = '0'.repeat(64);
    for (const actor of ['early', 'earlier']) {
      const content = {
        occurred_at: new Date().toISOString(),
        actor,
        action: 'catalog.import',
        entity_type: 'import',
        entity_id: null,
        organization_id: null,
        detail: null,
      };
      const hash = createHash('sha256')
        .update(prev + canonicalJson(content))
        .digest('hex');
      await database.db
        .insertInto('audit_log')
        .values({ ...content, occurred_at: new Date(content.occurred_at), prev_hash: prev, hash })
        .execute();
      prev = hash;
    }
    await append(database, 2);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 4, unkeyed: 2 });
    const all = await ids(database);
    await rewriteAndReseal(database, all[3]!);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: all[3] });
  });

  it('uses the installation key from the secrets table when none is configured', async () => {
    useAuditKey(undefined);
    try {
      database = await createTestDatabase();
      await append(database, 2);
      expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 2 });
      const [first] = await ids(database);
      await rewriteAndReseal(database, first!, KEY);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: first });
    } finally {
      useAuditKey(KEY);
    }
  });
});

describe('anchors outside the database', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(() => {
    useAuditKey(KEY);
    dir = mkdtempSync(join(tmpdir(), 'stitch-anchor-'));
  });
  afterAll(() => {
    useAuditKey(undefined);
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => database?.close());

  it('catch the newest entries deleted, and a tail rewritten and resealed with the key', async () => {
    database = await createTestDatabase();
    expect(await makeAnchor(database.db)).toBeUndefined();
    await append(database, 5);
    const anchor = (await makeAnchor(database.db, new Date('2026-12-08T12:00:00Z')))!;
    expect(anchor).toMatchObject({ kind: 'stitch-audit-anchor', entries: 5, at: '2026-12-08T12:00:00.000Z' });
    expect(await checkAnchor(database.db, anchor)).toMatchObject({ status: 'holds' });
    await append(database, 1);
    expect(await checkAnchor(database.db, anchor)).toMatchObject({ status: 'holds' });

    const all = await ids(database);
    await rewriteAndReseal(database, all[3]!, KEY);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
    expect(await checkAnchor(database.db, anchor)).toMatchObject({ status: 'rewritten' });

    await sql`delete from audit_log where id >= ${all[3]!}`.execute(database.db);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
    expect(await checkAnchor(database.db, anchor)).toEqual({
      status: 'truncated',
      anchor,
      lastEntry: all[2],
      entries: 3,
    });
  });

  it('are refused when their signature is not this installation’s', async () => {
    database = await createTestDatabase();
    await append(database, 2);
    const anchor = (await makeAnchor(database.db))!;
    expect(await checkAnchor(database.db, { ...anchor, entries: 1 })).toMatchObject({ status: 'forged' });
    expect(await checkAnchor(database.db, { ...anchor, signature: 'a'.repeat(64) })).toMatchObject({
      status: 'forged',
    });
  });

  it('go to a file (one line each), an HTTP endpoint over loopback, or an auditor by email', async () => {
    database = await createTestDatabase();
    await append(database, 2);
    const first = (await makeAnchor(database.db))!;
    const file = join(dir, 'anchors.jsonl');
    await deliverAnchor(first, { kind: 'file', path: file });
    await append(database, 1);
    const second = (await makeAnchor(database.db))!;
    await deliverAnchor(second, { kind: 'file', path: file });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readLastAnchor(file)).toEqual(second);

    const posted: { type?: string; body: string }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        posted.push({ type: request.headers['content-type'], body });
        response.statusCode = request.url === '/refuse' ? 503 : 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      await deliverAnchor(second, { kind: 'http', url: `http://127.0.0.1:${port}/anchors` });
      expect(posted[0]).toEqual({ type: 'application/json', body: JSON.stringify(second) });
      await expect(
        deliverAnchor(second, { kind: 'http', url: `http://127.0.0.1:${port}/refuse` }),
      ).rejects.toThrow(/answered 503/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }

    const smtp = await startTestSmtpServer();
    const mailer = createSmtpMailer(smtp.url, 'Stitch <no-reply@stitch.test>');
    try {
      await deliverAnchor(second, { kind: 'mail', to: 'auditor@example.ca' }, mailer);
      expect(smtp.received[0]!.to).toEqual(['auditor@example.ca']);
      // Long lines travel quoted-printable: soft line breaks undone.
      expect(smtp.received[0]!.raw.replace(/=\r?\n/g, '')).toContain(second.signature);
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
