import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';

/** Sends raw bytes to the server and reads everything it answers until it closes. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('requests the framework refuses before a route runs', () => {
  let stitch: TestApp;
  let port: number;
  beforeAll(async () => {
    stitch = await createTestApp();
    await stitch.app.listen({ port: 0, host: '127.0.0.1' });
    const address = stitch.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => stitch.close());

  it('answer an address that cannot be decoded with 400 in the API’s error shape, in the asked language', async () => {
    const en = await stitch.app.inject('/api/v1/clusters/%');
    expect(en.statusCode).toBe(400);
    expect(en.headers['content-type']).toMatch(/^application\/json/);
    expect(en.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/not valid/),
        details: { reason: 'FST_ERR_BAD_URL' },
      },
    });
    const fr = await stitch.app.inject({ url: '/api/v1/services/%zz', headers: { 'accept-language': 'fr' } });
    expect(fr.json().error.message).toMatch(/n’est pas valide/);
  });

  it('answer headers too large with 431 in the same shape', async () => {
    const answer = await rawRequest(
      port,
      `GET /api/v1/clusters HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
    );
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body!)).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'The request’s headers are too large to be read.',
        details: { reason: 'HPE_HEADER_OVERFLOW' },
      },
    });
  });
});
