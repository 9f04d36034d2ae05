import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';

describe('requests carrying text the database cannot keep', () => {
  let stitch: TestApp;
  beforeAll(async () => {
    stitch = await createTestApp();
  });
  afterAll(async () => stitch.close());

  const problems = (body: string) =>
    JSON.parse(body).error.details.problems.map((p: { path: string }) => p.path);

  it('are refused with 400 naming the field, on the API, before any query reaches the database', async () => {
    for (const [url, field] of [
      ['/api/v1/clusters/%00', 'path'],
      ['/api/v1/services?search=%00', 'search'],
      ['/api/v1/organizations?search=a%00b', 'search'],
      ['/api/v1/search?q=%00&lang=en', 'q'],
    ] as const) {
      const response = await stitch.app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(problems(response.body), url).toEqual([field]);
    }
    const fr = await stitch.app.inject({ url: '/api/v1/clusters/%00', headers: { 'accept-language': 'fr' } });
    expect(fr.json().error.details.problems[0].message).toMatch(/caractère impossible à conserver/);
  });

  it('are refused with a 400 page on the web, the body checked once parsed', async () => {
    const page = await stitch.app.inject('/fr/services/%00');
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('Cette demande n’a pas pu être lue');
    const posted = await stitch.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { 'content-type': 'application/json' },
      payload: '{"useful": "yes", "page": "/en\\ud800"}',
    });
    expect(posted.statusCode).toBe(400);
    const { count } = await stitch.database.db
      .selectFrom('interaction')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(0);
  });

  it('numbers past what the database holds are refused, not sent to it', async () => {
    for (const url of ['/api/v1/services?page=1e308', '/api/v1/services?page=99999999999999999999']) {
      const response = await stitch.app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['page']);
    }
  });
});
