import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';

describe('request logs', () => {
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
    app = await createApp({ db: database.db, dbKind: database.kind, logger: pino({ level: 'info' }, sink) });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('log the route and status as JSON, without query text, addresses or cookies', async () => {
    await app.inject({
      url: '/en/services?q=jane.doe%40example.com%20SIN%20123-456-789',
      headers: { cookie: 'session=very-secret', 'x-forwarded-for': '203.0.113.9' },
    });
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const request = entries.find((entry) => entry.msg === 'request');
    expect(request).toMatchObject({ method: 'GET', route: '/en/services', status: 200 });
    const all = lines.join('\n');
    for (const secret of ['jane.doe', '123-456-789', 'very-secret', '203.0.113.9'])
      expect(all).not.toContain(secret);
  });
});
