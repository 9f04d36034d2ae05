import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';

describe('more requests at once than the server takes', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ maxInFlight: 2 });
  });
  afterAll(() => test.close());

  it('are turned away at once with 503 and Retry-After, in the person’s language, while probes still answer', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // The clusters table held by a transaction: requests that read it wait, in flight.
    const holder = test.database.db.transaction().execute(async (tx) => {
      await sql`LOCK TABLE cluster IN ACCESS EXCLUSIVE MODE`.execute(tx);
      locked();
      await gate;
    });
    await isLocked;
    const waiting = [
      test.app.inject('/api/v1/clusters'),
      test.app.inject('/api/v1/clusters?kind=life-event'),
    ];
    await new Promise((resolve) => setTimeout(resolve, 100));

    const refused = await test.app.inject({ url: '/api/v1/clusters', headers: { 'accept-language': 'fr' } });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.json().error).toMatchObject({
      code: 'OVERLOADED',
      message: expect.stringMatching(/très sollicité/),
    });
    const page = await test.app.inject('/fr/services');
    expect(page.statusCode).toBe(503);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('Le site est très sollicité');
    // (/metrics reads the database, held here; it is never turned away either, as isOperational says.)
    for (const url of ['/healthz', '/assets/stitch.css'])
      expect((await test.app.inject(url)).statusCode, url).toBe(200);

    release();
    await holder;
    for (const response of await Promise.all(waiting)) expect(response.statusCode).toBe(200);
    // Once they are answered, there is room again.
    expect((await test.app.inject('/api/v1/clusters')).statusCode).toBe(200);
  });
});
