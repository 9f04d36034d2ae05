import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';

describe('pages for requests the site cannot take', () => {
  let stitch: TestApp | undefined;
  afterEach(async () => {
    await stitch?.close();
    stitch = undefined;
  });

  it('answer too many requests with 429 and say when to come back, in the page’s language', async () => {
    stitch = await createTestApp({ rateLimit: 2 });
    for (let i = 0; i < 2; i += 1) expect((await stitch.app.inject('/fr')).statusCode).toBe(200);
    const limited = await stitch.app.inject('/fr');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^text\/html/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toContain('<html lang="fr-CA"');
    expect(limited.body).toContain('Trop de demandes');
    expect(limited.body).toContain('Veuillez patienter une minute, puis réessayez.');
    expect(limited.body).not.toContain('Something went wrong');
    expect(limited.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answer a form too large with 413 and one not sent as a form with 415, nothing written', async () => {
    stitch = await createTestApp();
    const large = await stitch.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `useful=yes&page=%2Fen&comment=${'a'.repeat(2 * 1024 * 1024)}`,
    });
    expect(large.statusCode).toBe(413);
    expect(large.headers['content-type']).toMatch(/^text\/html/);
    expect(large.body).toContain('What you sent is too large');

    const multipart = await stitch.app.inject({
      method: 'POST',
      url: '/fr/feedback',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="useful"\r\n\r\nyes\r\n--x--\r\n',
    });
    expect(multipart.statusCode).toBe(415);
    expect(multipart.body).toContain('Ce type de formulaire n’est pas accepté');

    const broken = await stitch.app.inject({
      method: 'POST',
      url: '/en/feedback',
      headers: { 'content-type': 'application/json' },
      payload: '{"useful": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('This request could not be read');

    const { count } = await stitch.database.db
      .selectFrom('interaction')
      .where('kind', '=', 'feedback')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(0);
  });
});
