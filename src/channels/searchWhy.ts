import type { SearchWhy } from '../domains/search/index.js';
import { t, type Lang } from '../platform/i18n/index.js';

/**
 * Why a search result matched, in one short line in the person's language: the program's name they
 * typed, a phrase people use for it, their words found in it, or the service inside a situation.
 */
export function searchWhyLine(lang: Lang, why: SearchWhy): string {
  switch (why.reason) {
    case 'name':
      return t(lang, 'clusters.search.why.name', { words: why.words.join(' ') });
    case 'term':
      return t(lang, 'clusters.search.why.term', { words: why.words.join(' ') });
    case 'contains':
      return t(lang, 'clusters.search.why.contains', { service: why.service ?? '' });
    case 'words':
      return t(lang, 'clusters.search.why.words', { words: why.words.join(', ') });
  }
}
