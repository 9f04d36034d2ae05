import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isStitchError, type ErrorCode } from '../../platform/errors/index.js';
import { t, type Lang } from '../../platform/i18n/index.js';
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
  CONFLICT: 409,
  RATE_LIMITED: 429,
  DATA_DIR_LOCKED: 503,
  DATABASE_UNAVAILABLE: 503,
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

function fieldMessage(lang: Lang, field: string): string {
  const key = `errors.fields.${field}`;
  const text = t(lang, key, { max: 100 });
  return text === key ? t(lang, 'errors.fields.generic') : text;
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
    return {
      status: 400,
      body: errorBody('VALIDATION_FAILED', t(lang, 'errors.VALIDATION_FAILED'), { fields }),
    };
  }
  if (isStitchError(error)) {
    const params = { ...(error.details ?? {}) };
    return {
      status: HTTP_STATUS[error.code],
      body: errorBody(error.code, t(lang, `errors.${error.code}`, params), error.details),
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
  return { status: 500, body: errorBody('INTERNAL', t(lang, 'errors.INTERNAL')) };
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = renderError(error, request);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
