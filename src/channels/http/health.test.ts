import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';

describe('health and errors', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(async () => test.close());

  it('answers /healthz while the process lives', async () => {
    const response = await test.app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('never counts probes against the rate limit, whatever their query string', async () => {
    const limited = await createTestApp({ rateLimit: 2 });
    try {
      for (const url of ['/healthz', '/healthz?probe=1', '/readyz?x', '/healthz?a=b&c=d']) {
        expect((await limited.app.inject(url)).statusCode).toBe(200);
      }
      expect((await limited.app.inject('/api/v1/openapi.json')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('answers /readyz once the database is migrated', async () => {
    const response = await test.app.inject('/readyz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready' });
  });

  it('answers an unknown API path with the JSON error shape in the asked language', async () => {
    const en = await test.app.inject('/api/v1/nothing-here');
    expect(en.statusCode).toBe(404);
    expect(en.json().error.code).toBe('NOT_FOUND');
    const fr = await test.app.inject({
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'fr-CA' },
    });
    expect(fr.json().error.message).toMatch(/aucune page/);
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const response = await test.app.inject('/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    expect(response.json().openapi).toBe('3.1.0');
  });

  it('sends the visitor to their language from /', async () => {
    const response = await test.app.inject({ url: '/', headers: { 'accept-language': 'fr-CA,fr;q=0.9' } });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/fr');
  });
});
