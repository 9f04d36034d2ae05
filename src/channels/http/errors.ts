import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isStitchError, type ErrorCode } from '../../platform/errors/index.js';
import { t, type Lang, type MessageKey } from '../../platform/i18n/index.js';
import { isLabelled } from '../labels.js';
import { requestLang } from './lang.js';

/** The one place where error codes become HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MISSING_TRANSLATION: 400,
  IMPORT_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  NO_FIGURES: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  DATA_DIR_LOCKED: 503,
  DATABASE_UNAVAILABLE: 503,
  OVERLOADED: 503,
  INTERNAL: 500,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

interface FieldDetail {
  field: string;
  message: string;
}

const ERROR_TEXT = {
  VALIDATION_FAILED: 'errors.VALIDATION_FAILED',
  MISSING_TRANSLATION: 'errors.MISSING_TRANSLATION',
  IMPORT_FAILED: 'errors.IMPORT_FAILED',
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  CSRF_FAILED: 'errors.CSRF_FAILED',
  NOT_FOUND: 'errors.NOT_FOUND',
  NO_FIGURES: 'errors.NO_FIGURES',
  CONFLICT: 'errors.CONFLICT',
  RATE_LIMITED: 'errors.RATE_LIMITED',
  DATA_DIR_LOCKED: 'errors.DATA_DIR_LOCKED',
  DATABASE_UNAVAILABLE: 'errors.DATABASE_UNAVAILABLE',
  OVERLOADED: 'errors.OVERLOADED',
  INTERNAL: 'errors.INTERNAL',
} as const satisfies Record<ErrorCode, MessageKey>;

/** The query and body fields with words of their own; any other field gets the generic words. */
const FIELD_TEXT = {
  page: 'errors.fields.page',
  per_page: 'errors.fields.per_page',
  modified_after: 'errors.fields.modified_after',
  id: 'errors.fields.id',
  lang: 'errors.fields.lang',
  search: 'errors.fields.search',
  taxonomy_term_id: 'errors.fields.taxonomy_term_id',
  organization_id: 'errors.fields.organization_id',
  taxonomy_id: 'errors.fields.taxonomy_id',
  parent_id: 'errors.fields.parent_id',
  full_service: 'errors.fields.full_service',
  top_only: 'errors.fields.top_only',
  source: 'errors.fields.source',
  fiscal_year: 'errors.fields.fiscal_year',
  scope: 'errors.fields.scope',
} as const satisfies Record<string, MessageKey>;

function fieldMessage(lang: Lang, field: string): string {
  return isLabelled(FIELD_TEXT, field)
    ? t(lang, FIELD_TEXT[field], { max: 100 })
    : t(lang, 'errors.fields.generic');
}

/** Turns any thrown error into the JSON error shape; never lets a stack trace out. */
export function renderError(error: unknown, request: FastifyRequest): { status: number; body: ErrorBody } {
  const lang = requestLang(request);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: FieldDetail[] = error.validation.map((issue) => {
      const field =
        String(issue.instancePath ?? '')
          .replace(/^\//, '')
          .split('/')[0] || String(issue.params?.issue ?? '');
      return { field, message: fieldMessage(lang, field) };
    });
    // One message per field: a value can break several rules, and each field's words cover them all.
    const unique = fields.filter(
      (detail, i) => fields.findIndex((other) => other.field === detail.field) === i,
    );
    return {
      status: 400,
      body: errorBody('VALIDATION_FAILED', t(lang, 'errors.VALIDATION_FAILED'), { fields: unique }),
    };
  }
  if (isStitchError(error)) {
    const params = { ...(error.details ?? {}) };
    return {
      status: HTTP_STATUS[error.code],
      body: errorBody(error.code, t(lang, ERROR_TEXT[error.code], params), error.details),
    };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.statusCode === 429) {
    return { status: 429, body: errorBody('RATE_LIMITED', t(lang, 'errors.RATE_LIMITED')) };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Malformed JSON, unsupported media type, body too large and the like: the client's fault, said plainly.
    return {
      status: fastifyError.statusCode,
      body: errorBody('VALIDATION_FAILED', t(lang, 'errors.VALIDATION_FAILED'), {
        reason: fastifyError.code,
      }),
    };
  }
  // The request id lets support find the failure in the logs; it says nothing else about it.
  return {
    status: 500,
    body: errorBody('INTERNAL', t(lang, 'errors.INTERNAL'), { request_id: request.id }),
  };
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = renderError(error, request);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
