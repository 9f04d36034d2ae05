import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { apiRoutes } from './channels/api/index.js';
import { installAccess, noteDenial } from './channels/http/access.js';
import { installCaching } from './channels/http/caching.js';
import { installCompression } from './channels/http/compression.js';
import { installMetrics, METRICS_PATH } from './channels/http/metrics.js';
import { refuseUnstorableText } from './channels/http/wellFormed.js';
import { errorBody, sendError } from './channels/http/errors.js';
import { healthRoutes } from './channels/http/health.js';
import type { OidcSettings } from './channels/http/oidc.js';
import { requestLang } from './channels/http/lang.js';
import { sendNotFoundPage, webRoutes } from './channels/web/index.js';
import { closeViews } from './domains/measurement/index.js';
import type { Db, DatabaseKind, PoolStats } from './platform/db/index.js';
import { StitchError } from './platform/errors/index.js';
import { t } from './platform/i18n/index.js';
import type { Logger } from './platform/logging/index.js';
import type { Mailer } from './platform/mail/index.js';

export interface AppDeps {
  db: Db;
  dbKind: DatabaseKind;
  logger?: Logger | false;
  /** Requests per minute per client before 429; load tests raise it. */
  rateLimit?: number;
  /** Mail to clients (checklists by email); absent when no SMTP server is configured. */
  mailer?: Mailer;
  /**
   * The proxies believed about the client's address and scheme (STITCH_TRUST_PROXY): none by default,
   * so a client cannot pick its own address for rate limits and sign-in throttling.
   */
  trustProxy?: false | number | string[];
  /** Seconds a public page or JSON read may be reused by browsers and CDNs (STITCH_PUBLIC_CACHE_SECONDS). */
  publicCacheSeconds?: number;
  /** The site's public origin for links in emails (STITCH_PUBLIC_URL); else the address it listens on. */
  publicUrl?: string;
  /** The OpenID Connect provider partners sign in with; without it, sign-in says it is not set up. */
  oidc?: OidcSettings;
  /** The demonstration data are on (STITCH_DEMO_DATA): public pages then say their content is examples. */
  demoData?: boolean;
  /**
   * Requests handled at once before more are refused with 503 and Retry-After (probes, metrics and
   * assets are never refused): by default 64 on the embedded database, which runs inside this process,
   * and 256 on PostgreSQL (STITCH_MAX_IN_FLIGHT).
   */
  maxInFlight?: number;
  /** The database pool's state for /metrics (PostgreSQL). */
  poolStats?: () => PoolStats;
  /** The bearer token /metrics asks for (STITCH_METRICS_TOKEN); without it, production answers loopback only. */
  metricsToken?: string;
  /** Production mode (NODE_ENV=production): development-only pages are not registered. */
  production?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route as registered (method, URL pattern): the role × route test walks the mutating ones. */
    routeList: { method: string; url: string }[];
    /**
     * The origin of outgoing links (emails, sign-in redirects, structured data): STITCH_PUBLIC_URL, else
     * the address this server listens on; never the request's Host or X-Forwarded-Host.
     */
    siteOrigin(): string;
  }
}

/** Probes, metrics and the site's own files: never rate-limited, never turned away as too busy. */
function isOperational(url: string): boolean {
  const path = url.split('?')[0]!;
  return path === '/healthz' || path === '/readyz' || path === METRICS_PATH || path.startsWith('/assets/');
}

/** `http://host:port` of a listening server; a wildcard address reads as localhost. */
function listeningOrigin(address: string | AddressInfo | null): string | undefined {
  if (!address || typeof address === 'string') return undefined;
  const host = ['0.0.0.0', '::'].includes(address.address)
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}

/** Assembles every channel on one Fastify instance. Tests call it with `inject()` and no port. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger || undefined,
    logger: deps.logger === false ? false : undefined,
    // Fastify's own request lines carry the URL (and so search text); ours below carry only the route.
    logController: new LogController({ disableRequestLogging: true }),
    // A number of hops as proxy-addr reads it: the nearest `n` addresses are proxies.
    trustProxy:
      typeof deps.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (deps.trustProxy as number)
        : (deps.trustProxy ?? false),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Every log line of a request carries its id, and so do its answer and any error page. A proxy we
    // trust may hand us its own id to follow a request across both logs.
    genReqId: (raw) => {
      const given = raw.headers['x-request-id'];
      if (deps.trustProxy && typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given)) return given;
      return randomUUID();
    },
    // An address that cannot be decoded ("/api/v1/clusters/%") is the client's mistake, said in our shape.
    frameworkErrors: (error, request, reply) => {
      const lang = requestLang(request as FastifyRequest);
      return (reply as unknown as FastifyReply)
        .status(400)
        .type('application/json; charset=utf-8')
        .send(errorBody('VALIDATION_FAILED', t(lang, 'errors.BAD_URL'), { reason: error.code }));
    },
    // Before any request exists (headers too large, a malformed request line): the same JSON shape,
    // in English since no language could be read.
    clientErrorHandler: (error: Error & { code?: string }, socket) => {
      const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
      const status = tooLarge ? 431 : 400;
      const body = JSON.stringify(
        errorBody(
          'VALIDATION_FAILED',
          t('en', tooLarge ? 'errors.HEADERS_TOO_LARGE' : 'errors.VALIDATION_FAILED'),
          { reason: error.code },
        ),
      );
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
            `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `Connection: close\r\n\r\n${body}`,
        );
      } else {
        socket.destroy(error);
      }
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', deps);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Past this many requests at once, more would only queue behind them and starve the liveness probe:
  // they are turned away at once, told when to come back.
  const maxInFlight = deps.maxInFlight ?? (deps.dbKind === 'pglite' ? 64 : 256);
  let inFlight = 0;
  app.addHook('onRequest', async (request, reply) => {
    if (isOperational(request.url)) return;
    if (inFlight >= maxInFlight) {
      reply.header('retry-after', '5');
      throw new StitchError('OVERLOADED', 'Too many requests in flight');
    }
    inFlight += 1;
    reply.raw.once('close', () => {
      inFlight -= 1;
    });
  });
  let listening = 'http://localhost';
  app.decorate('siteOrigin', () => (deps.publicUrl ? new URL(deps.publicUrl).origin : listening));
  app.addHook('onListen', async () => {
    listening = listeningOrigin(app.server.address()) ?? listening;
  });
  // Views recorded by the domains' reads wait in a buffer per database: written before the app lets go.
  app.addHook('onClose', () => closeViews(deps.db));
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });
  // Fastify types a custom logger apart from its default one; at run time they are the same instance.
  const plain = app as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Our own request log: route pattern and status only, no query strings or addresses (no personal data).
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        styleSrc: ["'self'"],
        // Partners' brand colours are data, set as style attributes; attributes cannot run script.
        styleSrcAttr: ["'unsafe-inline'"],
        scriptSrc: ["'self'"],
        // Signing out ends with a redirect to the identity provider's logout, which form-action governs.
        formAction: ["'self'", ...(deps.oidc ? [new URL(deps.oidc.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Not helmet's no-referrer: under it browsers send `Origin: null` with every form POST, even to this
    // site, and the cross-site check (channels/http/access.ts) must refuse those. Other sites get nothing.
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyFormbody);
  refuseUnstorableText(plain);
  await installAccess(plain, deps.publicUrl);
  // Tags and Cache-Control are settled on the plain body, then the body is compressed.
  installCaching(plain, { maxAgeSeconds: deps.publicCacheSeconds ?? 60 });
  installCompression(plain);
  await app.register(fastifyRateLimit, {
    max: deps.rateLimit ?? 600,
    timeWindow: '1 minute',
    // Probes are never limited, whatever query string a prober adds; nor the stylesheet and images,
    // so that the page saying "too many requests" still looks like the site.
    allowList: (request) => isOperational(request.url),
    errorResponseBuilder: (request, context) => ({
      statusCode: 429,
      ...errorBody('RATE_LIMITED', t(requestLang(request), 'errors.RATE_LIMITED'), {
        retryAfter: context.after,
      }),
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stitch API',
        version: '1.0.0',
        description:
          'Service clusters across governments. The catalog follows Open Referral HSDS 3.0; ' +
          'French text travels as attributes (see docs/adr/0004-french-text-in-hsds.md).',
      },
      servers: [{ url: '/' }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.setErrorHandler(async (error, request, reply) => {
    await noteDenial(plain, request, error);
    return sendError(error, request, reply);
  });
  app.setNotFoundHandler((request, reply) => {
    const lang = requestLang(request);
    const path = request.url.split('?')[0] ?? '';
    if (/^\/(en|fr)(\/|$)/.test(path) && request.method === 'GET') return sendNotFoundPage(reply, lang, path);
    return reply
      .status(404)
      .type('application/json; charset=utf-8')
      .send(errorBody('NOT_FOUND', t(lang, 'errors.NOT_FOUND_ROUTE'), { path: request.url.split('?')[0] }));
  });

  installMetrics(plain, {
    token: deps.metricsToken,
    loopbackOnly: deps.production === true,
    poolStats: deps.poolStats,
  });
  await app.register(healthRoutes);
  await app.register(apiRoutes, { prefix: '/api/v1' });
  await app.register(webRoutes);
  // Fastify types a custom logger apart from its default one; at run time they are the same instance.
  return app as unknown as FastifyInstance;
}
