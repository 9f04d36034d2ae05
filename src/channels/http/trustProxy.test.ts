import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';

/** Statuses of `count` requests, each claiming the forwarded address `forwardedFor(i)`. */
async function statuses(stitch: TestApp, count: number, forwardedFor: (i: number) => string) {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await stitch.app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: { 'x-forwarded-for': forwardedFor(i) },
    });
    out.push(response.statusCode);
  }
  return out;
}

describe('forwarded client addresses', () => {
  let stitch: TestApp | undefined;
  afterEach(async () => {
    await stitch?.close();
    stitch = undefined;
  });

  it('are ignored unless a proxy is trusted: a client cannot get a fresh allowance by naming another address', async () => {
    stitch = await createTestApp({ rateLimit: 3 });
    expect(await statuses(stitch, 4, (i) => `203.0.113.${i + 1}`)).toEqual([200, 200, 200, 429]);
  });

  it('are believed from the number of proxies configured', async () => {
    stitch = await createTestApp({ rateLimit: 3, trustProxy: 1 });
    expect(await statuses(stitch, 4, (i) => `203.0.113.${i + 1}`)).toEqual([200, 200, 200, 200]);
    expect(await statuses(stitch, 4, () => '198.51.100.7')).toEqual([200, 200, 200, 429]);
  });

  it('are believed only from the proxy addresses configured', async () => {
    // Injected requests come from 127.0.0.1.
    stitch = await createTestApp({ rateLimit: 3, trustProxy: ['10.0.0.0/8'] });
    expect(await statuses(stitch, 4, (i) => `203.0.113.${i + 1}`)).toEqual([200, 200, 200, 429]);
    await stitch.close();
    stitch = await createTestApp({ rateLimit: 3, trustProxy: ['127.0.0.1'] });
    expect(await statuses(stitch, 4, (i) => `203.0.113.${i + 1}`)).toEqual([200, 200, 200, 200]);
  });
});
