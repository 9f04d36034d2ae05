import type { FastifyRequest } from 'fastify';

/**
 * A submitted form's fields as strings. Anything else (a repeated field, a file) is dropped, so a
 * handler never meets an array where it expects text. `trim` removes surrounding spaces.
 */
export function formFields(
  request: FastifyRequest,
  options: { trim?: boolean } = {},
): Record<string, string> {
  const body =
    request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string') out[key] = options.trim ? value.trim() : value;
  return out;
}
