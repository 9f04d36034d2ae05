/**
 * Search: needs said in people's own words, in English or French, matched to clusters and services.
 * The only door into the domain; see README.md for its invariants.
 */
export {
  searchNeeds,
  type SearchQuery,
  type SearchHit,
  type SearchResult,
  type SearchWhy,
  type SearchCorrection,
} from './queries/searchNeeds.js';
export { listUnmetNeeds, type UnmetNeed } from './queries/listUnmetNeeds.js';
export { isSearchIndexEmpty } from './queries/isSearchIndexEmpty.js';
export { rebuildSearchIndex, type IndexReport } from './commands/rebuildSearchIndex.js';
export { reindexServices } from './commands/reindexServices.js';
export { setSearchTerms, MAX_TERM_LENGTH, type SearchTermsInput } from './commands/setSearchTerms.js';
export { editorTermStore, EDITOR_TERM_SOURCE } from './editorTerms.js';
export { recordSearch, type SearchRecord } from './commands/recordSearch.js';
export { searchForNeed, type NeedSearchView } from './commands/searchForNeed.js';
export { NeedSearchSchema, MAX_NEED_LENGTH, MAX_NEED_RESULTS, type NeedSearch } from './schemas.js';
export { queryWords, fold, MAX_QUERY_LENGTH } from './normalize.js';
export { listSearchableTexts } from './queries/listSearchableTexts.js';
export { RANKING, type Ranking } from './queries/ranking.js';
export { purgeOldUnmetNeeds } from './commands/purgeOldUnmetNeeds.js';
