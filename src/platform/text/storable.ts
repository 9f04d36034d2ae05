/**
 * Text PostgreSQL cannot keep: a NUL character (refused by the text type) or half of a surrogate pair
 * (not Unicode at all, refused when encoded as UTF-8). Every door that takes text from outside (HTTP,
 * imports) refuses it with the field named, rather than letting the database fail mid-transaction.
 */

/** Half of a surrogate pair with no other half (matched on UTF-16 code units, hence no `u` flag). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type UnstorableKind = 'nul' | 'lone-surrogate';

/** What makes a string unstorable, or undefined when it can be kept. */
export function unstorableKind(value: string): UnstorableKind | undefined {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'lone-surrogate';
  return undefined;
}

/** Whether a string can be stored and shown: no NUL, no lone surrogate. */
export function isStorableText(value: string): boolean {
  return unstorableKind(value) === undefined;
}

/** The text without what cannot be stored, for inputs read past rather than refused (filters). */
export function withoutUnstorable(value: string): string {
  return value.replaceAll('\u0000', '').replace(new RegExp(LONE_SURROGATE.source, 'g'), '');
}

export interface UnstorableField {
  /** Dotted path, `[i]` for array items; `?` stands for a key that is itself unstorable. */
  path: string;
  kind: UnstorableKind;
}

/**
 * Every string in a parsed value that cannot be stored, with its path, up to `limit` of them.
 *
 * @example unstorableFields({ name: 'a\u0000b' }) // [{ path: 'name', kind: 'nul' }]
 */
export function unstorableFields(value: unknown, limit = Number.POSITIVE_INFINITY): UnstorableField[] {
  const found: UnstorableField[] = [];
  const visit = (item: unknown, path: string): void => {
    if (found.length >= limit) return;
    if (typeof item === 'string') {
      const kind = unstorableKind(item);
      if (kind) found.push({ path: path || 'value', kind });
      return;
    }
    // Bytes are not text: a raw upload is read by whoever parses it.
    if (ArrayBuffer.isView(item)) return;
    if (Array.isArray(item)) {
      item.forEach((element, i) => visit(element, `${path}[${i}]`));
      return;
    }
    if (item && typeof item === 'object')
      for (const [key, element] of Object.entries(item)) {
        const keyKind = unstorableKind(key);
        if (keyKind) {
          if (found.length < limit) found.push({ path: path ? `${path}.?` : '?', kind: keyKind });
          continue;
        }
        visit(element, path ? `${path}.${key}` : key);
      }
  };
  visit(value, '');
  return found;
}

/** The path of the first string in `value` that cannot be stored, if any. */
export function firstUnstorable(value: unknown): string | undefined {
  return unstorableFields(value, 1)[0]?.path;
}
