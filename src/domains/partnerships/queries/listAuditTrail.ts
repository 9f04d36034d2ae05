import { listAuditEntries, type AuditFilters, type AuditRow } from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { requireAuditor } from '../policy.js';

/** The most entries one download carries; narrower filters reach the rest. */
export const AUDIT_DOWNLOAD_LIMIT = 10_000;

/** How many entries are read at a time while a download is gathered. */
const BATCH = 1000;

/**
 * The entries matching the filters, newest first, at most AUDIT_DOWNLOAD_LIMIT of them: the audit
 * trail as a platform administrator downloads it. Anyone else is refused.
 */
export async function listAuditTrail(
  db: Db | Tx,
  actor: Actor,
  input: { filters: AuditFilters },
): Promise<AuditRow[]> {
  requireAuditor(actor);
  const rows: AuditRow[] = [];
  let before: number | undefined;
  do {
    const page = await listAuditEntries(db, input.filters, { before, limit: BATCH });
    rows.push(...page.entries);
    before = page.nextBefore;
  } while (before !== undefined && rows.length < AUDIT_DOWNLOAD_LIMIT);
  return rows.slice(0, AUDIT_DOWNLOAD_LIMIT);
}
