/**
 * How text becomes searchable words, the same way for documents, terms and queries: lower case,
 * accents removed (so "deces" finds "décès"), French elisions split ("l'emploi" → "emploi"), and
 * anything but letters and digits treated as a space. Queries are bounded before any work is done.
 */

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

/** A term or phrase as stored and compared: its words joined by single spaces. */
export function normaliseTerm(text: string): string {
  return words(text).join(' ');
}

/** The words of a query as typed: control characters gone, length bounded, at most 12 words. */
export function queryWords(query: string): string[] {
  const bounded = query.replace(/\p{Cc}/gu, ' ').slice(0, MAX_QUERY_LENGTH);
  return words(bounded).slice(0, MAX_QUERY_WORDS);
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
