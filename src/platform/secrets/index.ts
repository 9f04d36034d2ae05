/**
 * Secrets every instance must share (such as the key that seals checklist links) live in the database,
 * made on first use, so one instance or fifty agree without extra configuration.
 * Sealing is AES-256-GCM: the text cannot be read or altered without the key.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '../db/index.js';

const cache = new WeakMap<object, Map<string, Buffer>>();

/** A 256-bit key named `name`, created once for the whole installation. */
export async function getSecretKey(db: Db | Tx, name: string): Promise<Buffer> {
  const known = cache.get(db)?.get(name);
  if (known) return known;
  await db
    .insertInto('app_secret')
    .values({ name, value: randomBytes(32).toString('base64') })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secret')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const key = createHash('sha256').update(Buffer.from(row.value, 'base64')).digest();
  const byName = cache.get(db) ?? new Map<string, Buffer>();
  byName.set(name, key);
  cache.set(db, byName);
  return key;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Encrypts and authenticates a JSON value into a URL-safe token. */
export function seal(key: Buffer, value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The value sealed in a token, or undefined when the token is malformed, altered or sealed by another key. */
export function unseal(key: Buffer, token: string): unknown {
  // The shortest token seals one byte: nonce, tag and that byte, 29 bytes in 39 characters.
  if (!/^[A-Za-z0-9_-]{39,4000}$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
