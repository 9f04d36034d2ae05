/**
 * Public pages and JSON that anyone may keep for a short while: a route says so with
 * `config: PUBLIC_CACHE`. Its answers carry `Cache-Control` for browsers and a CDN (a short max-age,
 * then served stale while revalidated) and a weak `ETag` over the body, and a request whose
 * `If-None-Match` names it is answered 304 with no body. Anything personal is never marked: a signed-in
 * request (a session or credentials), an answer that sets a cookie, or any status but 200 goes out as the route made it (signed-in
 * requests are `no-store`, see access.ts).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public`: the same answer for everyone at this address, safe for shared caches. */
    cache?: 'public';
  }
}

/** Route option for a public page or JSON read: `app.get(url, { config: PUBLIC_CACHE }, …)`. */
export const PUBLIC_CACHE = { cache: 'public' } as const;

export interface CachingOptions {
  /** How long browsers and CDNs may reuse an answer without asking (STITCH_PUBLIC_CACHE_SECONDS). */
  maxAgeSeconds: number;
}

/** A weak validator: the same body gives the same tag whatever the encoding it travels in. */
export function weakEtag(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Whether an `If-None-Match` header names this tag (weak comparison, `*` matches any). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** The Cache-Control of a public answer: reused for `maxAge` seconds, then served stale while checked. */
export function publicCacheControl(maxAgeSeconds: number): string {
  if (maxAgeSeconds <= 0) return 'public, no-cache';
  return `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds * 5}`;
}

/** Adds a request header to `Vary`, keeping the ones already named. */
export function addVary(reply: FastifyReply, field: string): void {
  const current = String(reply.getHeader('vary') ?? '');
  const fields = current ? current.split(',').map((f) => f.trim()) : [];
  if (fields.includes('*') || fields.some((f) => f.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
}

function isPublicAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown): boolean {
  return (
    request.routeOptions.config?.cache === 'public' &&
    (request.method === 'GET' || request.method === 'HEAD') &&
    reply.statusCode === 200 &&
    !request.session &&
    !request.headers.authorization &&
    !reply.hasHeader('set-cookie') &&
    (typeof payload === 'string' || Buffer.isBuffer(payload))
  );
}

export function installCaching(app: FastifyInstance, options: CachingOptions): void {
  const cacheControl = publicCacheControl(options.maxAgeSeconds);
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isPublicAnswer(request, reply, payload)) return payload;
    const etag = weakEtag(payload as string | Buffer);
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', cacheControl);
    // Answers of the API and `/` choose their language from Accept-Language as well as the address.
    if (!/^\/(en|fr)(\/|$)/.test(request.url)) addVary(reply, 'Accept-Language');
    if (!etagMatches(request.headers['if-none-match'], etag)) return payload;
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-length');
    return '';
  });
}
