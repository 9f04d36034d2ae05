import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Lang } from './localized.js';
import type { MessageKey } from './messageKeys.js';

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
 * The key type rejects keys missing from locales/en, and the key-parity test keeps French in step.
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, unknown> = {}): string {
  const template = catalogs[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** For keys that come from data: narrows them to MessageKey so t() takes them after the check. */
export function hasMessage(lang: Lang, key: string): key is MessageKey {
  return key in catalogs[lang];
}
