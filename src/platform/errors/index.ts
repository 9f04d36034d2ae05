import type { z } from 'zod';
/**
 * Stable error codes. Channels map them to HTTP statuses in one place (channels/http/errors.ts)
 * and translate them through locales/{en,fr}/errors.json.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'NO_FIGURES',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CSRF_FAILED',
  'MISSING_TRANSLATION',
  'IMPORT_FAILED',
  'DATA_DIR_LOCKED',
  'DATABASE_UNAVAILABLE',
  'OVERLOADED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class StitchError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'StitchError';
    this.code = code;
    this.details = details;
  }
}

export class NotFoundError extends StitchError {
  constructor(kind: string, id: string) {
    super('NOT_FOUND', `No ${kind} with id ${id}.`, { kind, id });
  }
}

export interface FieldProblem {
  /** Dotted path to the field, such as `name.fr` or `phones.0.number`. */
  path: string;
  message: string;
}

export class ValidationError extends StitchError {
  readonly problems: FieldProblem[];
  constructor(message: string, problems: FieldProblem[], details?: Record<string, unknown>) {
    super('VALIDATION_FAILED', message, { ...details, problems });
    this.problems = problems;
  }
}

export function isStitchError(error: unknown): error is StitchError {
  return error instanceof StitchError;
}

/** Parses input at a domain's door: the value, or a ValidationError naming each field's problem. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    message,
    parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
