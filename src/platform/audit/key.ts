/**
 * The key that seals the audit chain. Configured (STITCH_AUDIT_KEY), it lives outside the database, and
 * someone who can write to the database still cannot rewrite an entry and recompute the seals; that is
 * the setting for production. Without it, an installation-wide key from the secrets table is used:
 * every instance agrees, and the chain is still keyed against anyone who can change rows but not read
 * that table. Either way, truncation is caught by anchors kept outside the database (anchor.ts).
 */
import { getSecretKey } from '../secrets/index.js';
import type { Db, Tx } from '../db/index.js';

let configuredKey: Buffer | undefined;

/** Sets (or clears, with undefined) the configured key for this process: the server and CLI at start. */
export function useAuditKey(key: Buffer | undefined): void {
  configuredKey = key;
}

/** The key sealing new entries and checking keyed ones. */
export async function auditKey(db: Db | Tx): Promise<Buffer> {
  return configuredKey ?? getSecretKey(db, 'audit-mac');
}
