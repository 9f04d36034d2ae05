/**
 * The site's own files (the stylesheet): read once at start, named by their content
 * (`/assets/stitch.<hash>.css`) so that a name is never reused for other bytes and browsers and CDNs may
 * keep it for a year. The plain name still answers, for an hour, for anything that kept it. Each file is
 * compressed once, at the best quality, for each encoding.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { chooseEncoding, type Encoding } from '../http/compression.js';
import { addVary, etagMatches } from '../http/caching.js';

const ASSETS_DIR = fileURLToPath(new URL('../../ui/assets/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const TEXT = new Set(['.css', '.js', '.svg']);

interface Asset {
  hashedName: string;
  type: string;
  etag: string;
  bytes: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

function loadAsset(name: string): Asset {
  const bytes = readFileSync(join(ASSETS_DIR, name));
  const extension = extname(name);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const encoded: Asset['encoded'] = {};
  if (TEXT.has(extension)) {
    encoded.br = zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    });
    encoded.gzip = zlib.gzipSync(bytes, { level: zlib.constants.Z_BEST_COMPRESSION });
  }
  return {
    hashedName: `${name.slice(0, -extension.length)}.${hash}${extension}`,
    type: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    etag: `"${hash}"`,
    bytes,
    encoded,
  };
}

let assets: Map<string, Asset> | undefined;

/** Every asset by its plain name, read the first time anything asks. */
function allAssets(): Map<string, Asset> {
  assets ??= new Map(
    readdirSync(ASSETS_DIR)
      .filter((name) => CONTENT_TYPES[extname(name)])
      .map((name) => [name, loadAsset(name)]),
  );
  return assets;
}

/**
 * The address of an asset under its content-hashed name.
 *
 * @example assetPath('stitch.css') // '/assets/stitch.5d41402abc4b.css'
 */
export function assetPath(name: string): string {
  const asset = allAssets().get(name);
  if (!asset) throw new Error(`No asset named ${name} in ${ASSETS_DIR}`);
  return `/assets/${asset.hashedName}`;
}

const YEAR = 365 * 24 * 60 * 60;

/** GET /assets/:file — by hashed name (immutable) or plain name (an hour). */
export async function assetRoutes(app: FastifyInstance): Promise<void> {
  const byName = new Map<string, { asset: Asset; immutable: boolean }>();
  for (const [name, asset] of allAssets()) {
    byName.set(name, { asset, immutable: false });
    byName.set(asset.hashedName, { asset, immutable: true });
  }
  app.get<{ Params: { file: string } }>(
    '/assets/:file',
    { schema: { hide: true } },
    async (request, reply) => {
      const found = byName.get(request.params.file);
      if (!found) return reply.callNotFound();
      const { asset, immutable } = found;
      reply
        .header('cache-control', immutable ? `public, max-age=${YEAR}, immutable` : 'public, max-age=3600')
        .header('etag', asset.etag)
        .header('x-content-type-options', 'nosniff');
      if (TEXT.has(extname(request.params.file))) addVary(reply, 'Accept-Encoding');
      if (etagMatches(request.headers['if-none-match'], asset.etag)) return reply.code(304).send();
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      const encoded = encoding ? asset.encoded[encoding] : undefined;
      reply.type(asset.type);
      if (!encoded) return reply.send(asset.bytes);
      return reply.header('content-encoding', encoding).send(encoded);
    },
  );
}
