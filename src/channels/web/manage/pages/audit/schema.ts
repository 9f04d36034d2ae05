import { z } from 'zod';
import { AUDIT_FILTER_LIMITS, type AuditFilters } from '../../../../../platform/audit/index.js';
import { withoutUnstorable } from '../../../../../platform/text/index.js';

/** What is wrong with the filters, as the page words it. */
export type AuditQueryProblem = 'from' | 'to' | 'range';

/**
 * A filter's text: what cannot be stored (NUL, half a surrogate pair) left out, trimmed and cut to its
 * limit; blank, absent or repeated is no filter.
 */
const filterText = (max: number) =>
  z
    .unknown()
    .optional()
    .transform((value) => {
      const text = typeof value === 'string' ? withoutUnstorable(value).trim() : '';
      return text ? text.slice(0, max) : undefined;
    });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string) =>
  ISO_DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The audit view's query string. A bad date is dropped and reported (the page answers 400 with the
 * rest of the filters applied), never a 500; `before` is the keyset of an older page.
 */
export const AuditQuery = z
  .object({
    actor: filterText(AUDIT_FILTER_LIMITS.actor),
    action: filterText(AUDIT_FILTER_LIMITS.action),
    entity_type: filterText(AUDIT_FILTER_LIMITS.entity_type),
    from: filterText(20),
    to: filterText(20),
    before: filterText(20),
  })
  .transform((query) => {
    const problems: AuditQueryProblem[] = [];
    const filters: AuditFilters = {
      actor: query.actor,
      action: query.action,
      entity_type: query.entity_type,
    };
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value === undefined) continue;
      if (validDate(value)) filters[field] = value;
      else problems.push(field);
    }
    if (filters.from && filters.to && filters.to < filters.from) {
      problems.push('range');
      delete filters.to;
    }
    // An entry number past what the trail can hold is no page at all: read from the newest.
    const keyset = query.before && /^\d+$/.test(query.before) ? Number(query.before) : undefined;
    const before = keyset !== undefined && Number.isSafeInteger(keyset) ? keyset : undefined;
    return { filters, before, problems };
  });
