import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { CatalogBundle, importCatalog } from '../../domains/catalog/index.js';
import { richBundle } from '../../domains/interchange/hsds/testFixtures.js';
import { createLogger } from '../../platform/logging/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';

const PERSONAL = 'jane.doe@example.com';

describe('request ids, metrics and logs an operator reads', () => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    app = await createApp({
      db: database.db,
      dbKind: database.kind,
      logger: createLogger('info', sink),
      poolStats: () => ({ total: 4, idle: 3, waiting: 0 }),
    });
    // A failure of ours, carrying personal data the way a database error's detail does.
    const fail = () => {
      throw Object.assign(new Error('duplicate key'), {
        detail: `Key (email)=(${PERSONAL}) already exists.`,
      });
    };
    app.get('/api/v1/failing', fail);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('gives every answer a request id, unique, and shows it on failures so support can find the log', async () => {
    const a = await app.inject('/healthz');
    const b = await app.inject('/healthz');
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);

    // A page failing on our side: its table is gone for a moment.
    await sql`ALTER TABLE jurisdiction RENAME TO jurisdiction_away`.execute(database.db);
    const page = await app.inject('/en/governments');
    await sql`ALTER TABLE jurisdiction_away RENAME TO jurisdiction`.execute(database.db);
    expect(page.statusCode).toBe(500);
    const id = String(page.headers['x-request-id']);
    expect(page.body).toContain(`Reference for our support team: ${id}`);
    const french = await app.inject({ url: '/api/v1/failing', headers: { 'accept-language': 'fr' } });
    expect(french.statusCode).toBe(500);
    expect(french.json().error.details).toEqual({ request_id: french.headers['x-request-id'] });

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = entries.find((entry) => entry.reqId === id && entry.level === 50);
    expect(failure).toBeDefined();
    expect(entries.find((e) => e.reqId === id && e.msg === 'request')).toMatchObject({ status: 500 });
  });

  it('takes a client’s own X-Request-Id only from a trusted proxy', async () => {
    const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'chosen-by-client' } });
    expect(response.headers['x-request-id']).not.toBe('chosen-by-client');
  });

  it('keeps personal data out of every log line, failures included', async () => {
    await app.inject({
      url: `/en/services?q=${encodeURIComponent(PERSONAL)}`,
      headers: { cookie: 'stitch_session=secret-cookie' },
    });
    await app.inject(`/api/v1/search?q=${encodeURIComponent(PERSONAL)}&lang=en`);
    const all = lines.join('\n');
    expect(all).toContain('duplicate key');
    expect(all).not.toContain(PERSONAL);
    expect(all).not.toContain('secret-cookie');
  });

  it('serves Prometheus figures by route pattern, pool, queue and imports, with no personal data', async () => {
    await importCatalog(database.db, CatalogBundle.parse(richBundle()), { source: 'hsds', actor: 'test' });
    await app.inject('/en/services?q=passport');
    await app.inject('/api/v1/services/00000000-0000-4000-8000-000000000000');
    const response = await app.inject('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    expect(text).toMatch(
      /stitch_http_requests_total\{method="GET",route="\/en\/services",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /stitch_http_requests_total\{method="GET",route="\/api\/v1\/services\/:id",status="404"\} 1/,
    );
    expect(text).toMatch(
      /stitch_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/en\/services"\}/,
    );
    expect(text).toContain('stitch_db_pool_connections{state="idle"} 3');
    expect(text).toMatch(/stitch_interaction_queue\{state="waiting"\} \d+/);
    expect(text).toMatch(/stitch_process_resident_memory_bytes \d+/);
    expect(text).toMatch(/stitch_nodejs_eventloop_lag_p99_seconds/);
    expect(text).toContain('stitch_catalog_imports{source="hsds"} 1');
    expect(text).toMatch(/stitch_catalog_import_records\{source="hsds",outcome="created"\} [1-9]/);
    expect(text).not.toContain('passport');
    expect(text).not.toContain(PERSONAL);
  });
});

describe('who may read /metrics', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('asks for the configured bearer token', async () => {
    const app = await createApp({
      db: database.db,
      dbKind: database.kind,
      logger: false,
      metricsToken: 'a-scraper-token-of-some-length',
    });
    try {
      const refused = await app.inject('/metrics');
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
      const wrong = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer nope' } });
      expect(wrong.statusCode).toBe(401);
      const right = await app.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer a-scraper-token-of-some-length' },
      });
      expect(right.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('in production without a token, answers this machine only, whatever X-Forwarded-For says', async () => {
    const app = await createApp({
      db: database.db,
      dbKind: database.kind,
      logger: false,
      production: true,
      publicUrl: 'https://stitch.example.ca',
      trustProxy: 1,
    });
    try {
      const local = await app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
      expect(local.statusCode).toBe(200);
      const remote = await app.inject({ url: '/metrics', remoteAddress: '203.0.113.7' });
      expect(remote.statusCode).toBe(403);
      const forged = await app.inject({
        url: '/metrics',
        remoteAddress: '203.0.113.7',
        headers: { 'x-forwarded-for': '127.0.0.1' },
      });
      expect(forged.statusCode).toBe(403);
      // Relayed by a proxy on this machine: loopback, but from outside.
      const relayed = await app.inject({
        url: '/metrics',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      expect(relayed.statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});
