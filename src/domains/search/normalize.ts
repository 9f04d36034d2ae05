/**
 * How text becomes searchable words, the same way for documents, terms and queries: lower case,
 * accents removed (so "deces" finds "décès"), French elisions split ("l'emploi" → "emploi"), and
 * anything but letters and digits treated as a space. Queries are bounded before any work is done.
 */
import { contentWords } from './boilerplate.js';

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 40;

/** Lower case without accents; ligatures spelt out (œ → oe). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase();
}

/** The words of a text, folded; single letters (elided articles) are dropped, digits kept. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2 || /^\d$/.test(word))
    .filter((word) => word.length <= MAX_WORD_LENGTH);
}

/**
 * A term or phrase as stored and compared: its words that say something (boilerplate such as "my" or
 * "est" left out, see boilerplate.ts) joined by single spaces, so "my husband died" is matched by
 * "husband died" and by "my husbnad dide" once corrected.
 */
export function normaliseTerm(text: string): string {
  return contentWords(words(text)).join(' ');
}

/** The words of a query as typed: control characters gone, length bounded, at most 12 words. */
export function queryWords(query: string): string[] {
  return typedQueryWords(query).map((word) => word.folded);
}

/** Each word of a query, folded for searching and as the person typed it, for showing back. */
export function typedQueryWords(query: string): { folded: string; typed: string }[] {
  const bounded = query.replace(/\p{Cc}/gu, ' ').slice(0, MAX_QUERY_LENGTH);
  const out: { folded: string; typed: string }[] = [];
  for (const segment of bounded.split(/[^\p{L}\p{N}]+/u)) {
    const folded = words(segment);
    for (const word of folded) out.push({ folded: word, typed: folded.length === 1 ? segment : word });
  }
  return out.slice(0, MAX_QUERY_WORDS);
}

/** Every run of 1 to `longest` consecutive words, for matching stored phrases exactly. */
export function phrases(list: readonly string[], longest = 5): string[] {
  const out = new Set<string>();
  for (let start = 0; start < list.length; start += 1) {
    for (let size = 1; size <= longest && start + size <= list.length; size += 1) {
      out.add(list.slice(start, start + size).join(' '));
    }
  }
  return [...out];
}
