import { loadOrganizations } from '../../catalog/index.js';
import {
  listAuditEntries,
  listAuditVocabulary,
  type AuditFilters,
  type AuditRow,
  type ChainStatus,
  type ChainWatch,
} from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { NamedOrganization } from './getPeopleScreen.js';
import { requireAuditor } from '../policy.js';

/** How many entries one page of the audit trail shows. */
export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit trail, the chain's state, the filters' choices and the organisations named. */
export interface AuditScreen {
  entries: AuditRow[];
  /** The `before` of the next (older) page; undefined on the last page. */
  nextBefore: number | undefined;
  vocabulary: { actions: string[]; entityTypes: string[] };
  chain: ChainStatus;
  /** The organisations the entries are about. */
  organizations: NamedOrganization[];
}

/**
 * The audit trail for a platform administrator (anyone else is refused, and the refusal is logged by
 * the caller's error handling): entries matching the filters, newest first, older than `before`. The
 * chain's state comes from the instance's watch, which walks a long chain whole only now and then.
 */
export async function getAuditScreen(
  db: Db | Tx,
  actor: Actor,
  input: { filters: AuditFilters; before?: number | undefined; chain: ChainWatch },
): Promise<AuditScreen> {
  requireAuditor(actor);
  const [page, vocabulary, chain] = await Promise.all([
    listAuditEntries(db, input.filters, { before: input.before, limit: AUDIT_PAGE_SIZE }),
    listAuditVocabulary(db),
    input.chain.status(),
  ]);
  const ids = new Set(
    page.entries.flatMap((entry) => (entry.organization_id ? [entry.organization_id] : [])),
  );
  const organizations = await loadOrganizations(db, [...ids]);
  return {
    entries: page.entries,
    nextBefore: page.nextBefore,
    vocabulary,
    chain,
    organizations: organizations.map((organization) => ({ id: organization.id, name: organization.name })),
  };
}
