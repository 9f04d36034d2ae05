import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../demo/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signInAs } from '../../testing/auth.js';
import { etagMatches, publicCacheControl, weakEtag } from './caching.js';
import { chooseEncoding, CompressedCache } from './compression.js';

describe('content negotiation and validators', () => {
  it('prefers brotli, then gzip, by the client’s weights', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding(undefined)).toBeUndefined();
  });

  it('matches If-None-Match weakly, in lists and with a star', () => {
    const tag = weakEtag('<p>hello</p>');
    expect(tag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(weakEtag(Buffer.from('<p>hello</p>'))).toBe(tag);
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"other", ${tag.slice(2)}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(undefined, tag)).toBe(false);
  });

  it('asks caches to revalidate past a short max-age, or always when it is zero', () => {
    expect(publicCacheControl(60)).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(publicCacheControl(0)).toBe('public, no-cache');
  });

  it('keeps compressed bodies within a byte budget, dropping the least recently used', () => {
    const cache = new CompressedCache(10);
    cache.set('a', Buffer.alloc(4));
    cache.set('b', Buffer.alloc(4));
    cache.get('a');
    cache.set('c', Buffer.alloc(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    cache.set('huge', Buffer.alloc(11));
    expect(cache.get('huge')).toBeUndefined();
  });
});

describe('pages and JSON as they travel', () => {
  let test: TestApp;
  let clusterPage: string;
  beforeAll(async () => {
    test = await createTestApp({ publicCacheSeconds: 120 });
    await seedDemo(test.database.db);
    const { clusters } = (await test.app.inject('/api/v1/clusters')).json() as {
      clusters: { url: { en: string } }[];
    };
    clusterPage = new URL(clusters[0]!.url.en, 'http://localhost').pathname;
  });
  afterAll(() => test.close());

  it('compresses a public page with brotli or gzip as asked, to the same bytes, and says it varies', async () => {
    const plain = await test.app.inject(clusterPage);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    const br = await test.app.inject({ url: clusterPage, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    // Later readers get the page compressed at the best quality, made once in the background.
    await vi.waitFor(async () => {
      const later = await test.app.inject({ url: clusterPage, headers: { 'accept-encoding': 'br' } });
      expect(brotliDecompressSync(later.rawPayload).toString()).toBe(plain.body);
      expect(later.rawPayload.length).toBeLessThan(br.rawPayload.length * 0.95);
    });
    const gz = await test.app.inject({ url: clusterPage, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(Number(gz.headers['content-length'])).toBe(gz.rawPayload.length);
  });

  it('gives public pages and JSON a CDN-friendly Cache-Control and an ETag answered with 304', async () => {
    for (const url of [clusterPage, '/fr', '/api/v1/clusters', '/api/v1/services?per_page=5']) {
      const first = await test.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['cache-control'], url).toBe('public, max-age=120, stale-while-revalidate=600');
      const etag = String(first.headers.etag);
      expect(etag, url).toMatch(/^W\//);
      const again = await test.app.inject({
        url,
        headers: { 'accept-encoding': 'br', 'if-none-match': etag },
      });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
      expect(again.headers.etag).toBe(etag);
      // The tag belongs to the body, not to how it travels.
      const plain = await test.app.inject({ url, headers: { 'if-none-match': etag } });
      expect(plain.statusCode, url).toBe(304);
    }
    const api = await test.app.inject('/api/v1/clusters');
    expect(api.headers.vary).toMatch(/Accept-Language/);
  });

  it('keeps personal and search answers out of shared caches', async () => {
    const person = await signInAs(test.app, []);
    const signedIn = await test.app.inject({ url: clusterPage, headers: { cookie: person.cookie } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    expect(signedIn.headers.etag).toBeUndefined();
    for (const url of ['/en/search?q=lost+my+job', '/api/v1/search?q=baby&lang=en', '/en/sign-in']) {
      const response = await test.app.inject(url);
      expect(String(response.headers['cache-control'] ?? ''), url).not.toMatch(/public/);
      expect(response.headers.etag, url).toBeUndefined();
    }
    const missing = await test.app.inject('/en/services/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });

  it('serves the stylesheet under a content-hashed name, immutable, compressed once at the best quality', async () => {
    const page = await test.app.inject('/en');
    const href = /<link rel="stylesheet" href="(\/assets\/stitch\.[0-9a-f]{12}\.css)"/.exec(page.body)?.[1];
    expect(href).toBeDefined();
    const hashed = await test.app.inject({ url: href!, headers: { 'accept-encoding': 'br' } });
    expect(hashed.statusCode).toBe(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(hashed.headers['content-encoding']).toBe('br');
    const plain = await test.app.inject('/assets/stitch.css');
    expect(plain.headers['cache-control']).toBe('public, max-age=3600');
    expect(brotliDecompressSync(hashed.rawPayload).toString()).toBe(plain.body);
    const revalidated = await test.app.inject({
      url: href!,
      headers: { 'if-none-match': String(hashed.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);
    expect((await test.app.inject('/assets/stitch.0123456789ab.css')).statusCode).toBe(404);
    expect((await test.app.inject('/assets/../package.json')).statusCode).toBe(404);
  });
});
