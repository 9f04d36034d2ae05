import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/** Any urlencoded body: field names to whatever the parser made of them. */
const SubmittedForm = z.record(z.string(), z.unknown()).catch({});

/**
 * A submitted form's fields as strings. Anything else (a repeated field, a file) is dropped, so a
 * handler never meets an array where it expects text. `trim` removes surrounding spaces.
 */
export function formFields(
  request: FastifyRequest,
  options: { trim?: boolean } = {},
): Record<string, string> {
  const body = SubmittedForm.parse(request.body ?? {});
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string') out[key] = options.trim ? value.trim() : value;
  return out;
}
