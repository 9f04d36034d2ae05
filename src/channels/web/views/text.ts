import type { Lang, LocalizedText } from '../../../platform/i18n/index.js';

/** The text in the visitor's language; falls back to the other language only for records awaiting translation. */
export function local(text: LocalizedText | null | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text[lang === 'en' ? 'fr' : 'en'] || '';
}

/** `text` cut to `max` characters with an ellipsis, for summaries in lists. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
