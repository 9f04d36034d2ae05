/**
 * Text answers (pages, JSON, CSV, XML) travel compressed when the client accepts it: brotli first, then
 * gzip, always off the event loop (zlib's thread pool). Public answers (those with an ETag, see
 * caching.ts) are kept compressed by tag, so that a page many people read is compressed once.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { addVary } from './caching.js';

export type Encoding = 'br' | 'gzip';

/** Below this, the headers outweigh what compression saves. */
const MIN_BYTES = 1024;
const COMPRESSIBLE =
  /^(text\/|application\/(json|ld\+json|xml|javascript|[\w.+-]+\+(json|xml))|image\/svg\+xml)/;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli quality. Measured on the having-a-baby page (68 kB): quality 5 gives 9.2 kB in under 1 ms,
 * quality 11 gives 8.0 kB in about 60 ms. Every answer goes out at 5; a public one is then compressed
 * again at 11 in the background, and later readers get that.
 */
const QUALITY = { fast: 5, best: 11 } as const;

/** The encoding to use for an `Accept-Encoding` header: the preferred of br and gzip it allows. */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const allowed = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    allowed.set(name.trim().toLowerCase(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: Encoding) => allowed.get(name) ?? allowed.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/** Compresses one body, quickly or as small as the encoding can. */
export function compress(body: Buffer, encoding: Encoding, effort: keyof typeof QUALITY): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(body, { level: effort === 'best' ? 9 : 6 });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: QUALITY[effort],
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  });
}

/** Compressed public answers by ETag and encoding, the least recently used dropped past a byte budget. */
export class CompressedCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  get(key: string): Buffer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: Buffer): void {
    if (value.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.length;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldest, buffer] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= buffer.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

export function installCompression(app: FastifyInstance, cache = new CompressedCache()): void {
  const improving = new Set<string>();
  /** Replaces a kept body by its smallest form, once, off the request's path. */
  const improve = (key: string, body: Buffer, encoding: Encoding) => {
    if (improving.has(key)) return;
    improving.add(key);
    compress(body, encoding, 'best')
      .then((best) => cache.set(key, best))
      .catch((error: unknown) => app.log.warn({ err: error }, 'compression failed'))
      .finally(() => improving.delete(key));
  };
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.statusCode < 200 || reply.statusCode === 204 || reply.statusCode === 304) return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    if (/no-transform/.test(String(reply.getHeader('cache-control') ?? ''))) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < MIN_BYTES) return payload;
    addVary(reply, 'Accept-Encoding');
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const etag = reply.getHeader('etag');
    const key = typeof etag === 'string' ? `${etag}|${encoding}` : undefined;
    let compressed = key ? cache.get(key) : undefined;
    if (!compressed) {
      compressed = await compress(body, encoding, 'fast');
      if (key) {
        cache.set(key, compressed);
        improve(key, body, encoding);
      }
    }
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
}
