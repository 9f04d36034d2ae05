/**
 * The append-only audit log. Each row's hash covers the previous row's hash and the row's own content,
 * so any later edit or deletion breaks the chain (`stitch audit verify`).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/transaction.js';

export interface AuditEntry {
  actor: string;
  action: string;
  entity_type: string;
  entity_id?: string | null | undefined;
  organization_id?: string | null | undefined;
  detail?: Record<string, unknown> | null | undefined;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

interface HashedContent {
  occurred_at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  organization_id: string | null;
  detail: unknown;
}

export function auditHash(prevHash: string, content: HashedContent): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson(content))
    .digest('hex');
}

/** Appends one row in the caller's transaction; concurrent writers are serialised so the chain stays linear. */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<{ id: number; hash: string }> {
  await sql`select pg_advisory_xact_lock(hashtext('stitch.audit_log'))`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prev_hash = last?.hash ?? GENESIS_HASH;
  const content: HashedContent = {
    occurred_at: new Date().toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity_type: entry.entity_type,
    entity_id: entry.entity_id ?? null,
    organization_id: entry.organization_id ?? null,
    detail: entry.detail ?? null,
  };
  const hash = auditHash(prev_hash, content);
  const row = await tx
    .insertInto('audit_log')
    .values({ ...content, detail: JSON.stringify(content.detail), prev_hash, hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), hash };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first row whose link or content does not match. */
  brokenAt?: number;
}

/** Where a walk of the chain can resume: the last entry known good, its hash, and how many came before. */
export interface ChainPoint {
  afterId: number;
  hash: string;
  checked: number;
}

/** Walks the chain in id order, recomputing every hash. */
export async function verifyAuditChain(db: Db | Tx, batchSize = 1000): Promise<AuditVerification> {
  return (await walkAuditChain(db, batchSize)).verification;
}

/**
 * Walks the chain from its start, or from a point already verified (only the entries appended since
 * are checked then), and says where a later walk can resume.
 */
export async function walkAuditChain(
  db: Db | Tx,
  batchSize = 1000,
  from?: ChainPoint,
): Promise<{ verification: AuditVerification; last?: ChainPoint }> {
  let prev = from?.hash ?? GENESIS_HASH;
  let after = from?.afterId ?? 0;
  let checked = from?.checked ?? 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      const content: HashedContent = {
        occurred_at: new Date(row.occurred_at).toISOString(),
        actor: row.actor,
        action: row.action,
        entity_type: row.entity_type,
        entity_id: row.entity_id,
        organization_id: row.organization_id,
        detail: row.detail ?? null,
      };
      if (row.prev_hash !== prev || auditHash(prev, content) !== row.hash)
        return { verification: { ok: false, checked, brokenAt: Number(row.id) } };
      prev = row.hash;
      checked += 1;
    }
    if (rows.length > 0) after = Number(rows.at(-1)!.id);
    if (rows.length < batchSize)
      return { verification: { ok: true, checked }, last: { afterId: after, hash: prev, checked } };
  }
}

export { createChainWatch, type ChainWatch, type ChainStatus } from './watch.js';
export {
  listAuditEntries,
  listAuditVocabulary,
  startOfDayIn,
  AUDIT_TIME_ZONE,
  AUDIT_FILTER_LIMITS,
  type AuditFilters,
  type AuditRow,
  type AuditPage,
} from './list.js';
