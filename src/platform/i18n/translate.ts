import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Lang } from './localized.js';

type Messages = Record<string, string>;

export const LOCALES_DIR = fileURLToPath(new URL('../../../locales/', import.meta.url));

function flatten(prefix: string, value: unknown, into: Messages): void {
  if (typeof value === 'string') {
    into[prefix] = value;
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, child, into);
  }
}

/** Loads locales/<lang>/<namespace>.json into flat keys `<namespace>.<path>`. */
export function loadMessages(lang: Lang, dir = LOCALES_DIR): Messages {
  const messages: Messages = {};
  for (const file of readdirSync(join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const namespace = file.replace(/\.json$/, '');
    flatten(namespace, JSON.parse(readFileSync(join(dir, lang, file), 'utf8')), messages);
  }
  return messages;
}

const catalogs: Record<Lang, Messages> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, loadMessages(lang)]),
) as Record<Lang, Messages>;

/**
 * Translates a key such as `errors.NOT_FOUND`, filling `{name}` placeholders.
 * A missing key returns the key itself, which the key-parity test keeps from reaching users.
 */
export function t(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  const template = catalogs[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalogs[lang];
}
