/**
 * The audit chain becomes keyed: each new entry is sealed with HMAC-SHA256 under the installation's audit
 * key, so someone who can write to the database but has not the key cannot rewrite an entry and
 * recompute the chain. Entries written before keep their plain SHA-256 seal and stay verifiable; once a
 * keyed entry exists, no unkeyed entry may follow it.
 */
export const statements: string[] = [
  `ALTER TABLE audit_log ADD COLUMN sealed_with text NOT NULL DEFAULT 'sha256'
     CHECK (sealed_with IN ('sha256', 'hmac-sha256'))`,
];
