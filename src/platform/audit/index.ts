/**
 * The append-only audit log. Each row's seal covers the previous row's seal and the row's own content,
 * keyed with HMAC-SHA256 under the audit key (key.ts), so any later edit or deletion breaks the chain
 * (`stitch audit verify`) and cannot be covered up without the key. The newest entries are protected
 * by anchors written outside the database (anchor.ts).
 */
import { createHash, createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { AuditSeal } from '../db/schema.js';
import type { Db, Tx } from '../db/transaction.js';
import { auditKey } from './key.js';

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

/** What a stored entry's seal covers, read back from its row. */
export function sealedContentOf(
  row: Omit<HashedContent, 'occurred_at'> & { occurred_at: Date | string },
): HashedContent {
  return {
    occurred_at: new Date(row.occurred_at).toISOString(),
    actor: row.actor,
    action: row.action,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    organization_id: row.organization_id,
    detail: row.detail ?? null,
  };
}

/** The seal of one entry: keyed for every entry written since migration 0019, plain before it. */
export function auditHash(
  prevHash: string,
  content: HashedContent,
  seal: { with: AuditSeal; key?: Buffer } = { with: 'sha256' },
): string {
  const text = prevHash + canonicalJson(content);
  if (seal.with === 'sha256') return createHash('sha256').update(text).digest('hex');
  if (!seal.key) throw new Error('A keyed seal needs the audit key');
  return createHmac('sha256', seal.key).update(text).digest('hex');
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
  const hash = auditHash(prev_hash, content, { with: 'hmac-sha256', key: await auditKey(tx) });
  const row = await tx
    .insertInto('audit_log')
    .values({
      ...content,
      detail: JSON.stringify(content.detail),
      prev_hash,
      hash,
      sealed_with: 'hmac-sha256',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), hash };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first row whose link or content does not match. */
  brokenAt?: number;
  /** Entries sealed without a key, all before the first keyed one (written before migration 0019). */
  unkeyed?: number;
}

/** Where a walk of the chain can resume: the last entry known good, its hash, and how many came before. */
export interface ChainPoint {
  afterId: number;
  hash: string;
  checked: number;
  unkeyed: number;
  /** Whether a keyed entry has been met: no unkeyed entry may follow one. */
  keyed: boolean;
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
  let unkeyed = from?.unkeyed ?? 0;
  let keyed = from?.keyed ?? false;
  const key = await auditKey(db);
  const result = (ok: boolean, brokenAt?: number): AuditVerification => ({
    ok,
    checked,
    ...(brokenAt === undefined ? {} : { brokenAt }),
    ...(unkeyed > 0 ? { unkeyed } : {}),
  });
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      const content = sealedContentOf(row);
      // An unkeyed seal after a keyed one is a forgery made without the key.
      const fits =
        row.prev_hash === prev &&
        !(keyed && row.sealed_with === 'sha256') &&
        auditHash(prev, content, { with: row.sealed_with, key }) === row.hash;
      if (!fits) return { verification: result(false, Number(row.id)) };
      if (row.sealed_with === 'sha256') unkeyed += 1;
      else keyed = true;
      prev = row.hash;
      checked += 1;
    }
    if (rows.length > 0) after = Number(rows.at(-1)!.id);
    if (rows.length < batchSize)
      return {
        verification: result(true),
        last: { afterId: after, hash: prev, checked, unkeyed, keyed },
      };
  }
}

export { createChainWatch, type ChainWatch, type ChainStatus } from './watch.js';
export { auditKey, useAuditKey } from './key.js';
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
export {
  AnchorDeliveryError,
  AuditAnchor,
  anchorEvery,
  checkAnchor,
  deliverAnchor,
  makeAnchor,
  parseAnchorDestination,
  readLastAnchor,
  type AnchorCheck,
  type AnchorDestination,
} from './anchor.js';
