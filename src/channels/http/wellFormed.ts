/**
 * Text the database cannot keep never gets past the edge: a NUL character (PostgreSQL text refuses it)
 * or half of a surrogate pair (not Unicode at all) in the address, an API query string or a body is
 * refused with 400 naming the field, before any route runs.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../../platform/errors/index.js';
import { t } from '../../platform/i18n/index.js';
import { firstUnstorable, isStorableText } from '../../platform/text/index.js';
import { requestLang } from './lang.js';

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
