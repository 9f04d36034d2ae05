/**
 * Text the database cannot keep never gets past the edge: a NUL character (PostgreSQL text refuses it)
 * or half of a surrogate pair (not Unicode at all) in the address, an API query string or a body is
 * refused with 400 naming the field, before any route runs.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../../platform/errors/index.js';
import { t } from '../../platform/i18n/index.js';
import { requestLang } from './lang.js';

/** Half of a surrogate pair with no other half (matched on UTF-16 code units, hence no `u` flag). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text without what cannot be stored, for inputs read past rather than refused (filters). */
export function withoutUnstorable(value: string): string {
  return value.replaceAll('\u0000', '').replace(new RegExp(LONE_SURROGATE.source, 'g'), '');
}

/** Whether a string can be stored and shown: no NUL, no lone surrogate. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The path (dotted, `[i]` for items) of the first string in `value` that cannot be stored, if any. */
export function firstUnstorable(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path || 'value';
  // Bytes are not text: a raw upload is read by whoever parses it.
  if (ArrayBuffer.isView(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = firstUnstorable(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return path ? `${path}.?` : '?';
      const found = firstUnstorable(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/** The address as the client sent it, decoded where it can be (a NUL arrives as %00). */
function decodedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    // Not decodable at all: the router answers that itself (400, bad address).
    return '';
  }
}

function unstorable(request: FastifyRequest, field: string): ValidationError {
  const lang = requestLang(request);
  return new ValidationError(t(lang, 'errors.VALIDATION_FAILED'), [
    { path: field, message: t(lang, 'errors.fields.unstorable') },
  ]);
}

/**
 * Installs the check: the address on every route and the API's query strings before anything else,
 * every body once parsed. A page's own query string is left to the page, which shows its form again
 * with the problem beside the field (the office finder, the audit filters) or reads past it (search).
 */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isStorableText(decodedPath(request.url))) throw unstorable(request, 'path');
    if (!request.url.startsWith('/api/')) return;
    const field = firstUnstorable(request.query);
    if (field) throw unstorable(request, field);
  });
  app.addHook('preValidation', async (request) => {
    const field = firstUnstorable(request.body);
    if (field) throw unstorable(request, field);
  });
}
