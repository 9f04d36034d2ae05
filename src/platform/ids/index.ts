import { createHash, randomUUID } from 'node:crypto';

/** Namespace for Stitch's name-based identifiers (RFC 9562 version 5). */
const STITCH_NAMESPACE = 'a4f3c1de-7b2e-5f4a-9c11-3d2b8e6f0a57';

/** Namespaces as bytes, decoded once: records read as HSDS derive dozens of identifiers each. */
const namespaceBytes = new Map<string, Buffer>();

function uuidBytes(uuid: string): Buffer {
  let bytes = namespaceBytes.get(uuid);
  if (!bytes) {
    bytes = Buffer.from(uuid.replace(/-/g, ''), 'hex');
    if (namespaceBytes.size < 64) namespaceBytes.set(uuid, bytes);
  }
  return bytes;
}

/**
 * A UUID that is always the same for the same name, so demo data and imports from sources with
 * their own ids (e.g. `gc-si:AAFC_AAC-018`) get stable HSDS identifiers.
 *
 * @example stableId('service:employment-insurance') // always the same uuid
 */
export function stableId(name: string, namespace = STITCH_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function newId(): string {
  return randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
