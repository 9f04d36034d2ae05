import { listClusterCards, type ClusterCardView } from '../../clusters/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { queryWords } from '../normalize.js';
import { searchNeeds, type SearchCorrection, type SearchHit } from '../queries/searchNeeds.js';
import { NeedSearchSchema, type NeedSearch } from '../schemas.js';
import { rememberSearch } from '../searchCache.js';
import { recordSearch, type SearchRecord } from './recordSearch.js';

export interface NeedSearchView {
  lang: Lang;
  /** The need as read: control characters removed, surrounding spaces trimmed. */
  need: string;
  hits: SearchHit[];
  /** The words searched after typo correction, when a word was corrected; otherwise empty. */
  corrected: string[];
  /** Each word read as another ("husbnad" → "husband"), to show and to undo; empty when none was. */
  corrections: SearchCorrection[];
  /** The words were searched exactly as typed, because the person asked (no correction). */
  exact: boolean;
  /** When nothing was found: every public cluster, so the person can still find their way. */
  suggestions: ClusterCardView[];
}

/**
 * Searches a need said in the person's own words and records the search, in its own transaction, on
 * their channel with the kind of actor who searched (a search that finds nothing counts the need as
 * unmet). An empty need searches nothing and records nothing.
 */
export async function searchForNeed(
  db: Db,
  actor: Actor,
  input: NeedSearch & { channel: SearchRecord['channel'] },
): Promise<NeedSearchView> {
  const { q, lang, limit, exact } = parseInput(NeedSearchSchema, input, 'Invalid search');
  const need = q.replace(/\p{Cc}/gu, ' ').trim();
  if (!need) return { lang, need, hits: [], corrected: [], corrections: [], exact, suggestions: [] };
  // The same need asked again within seconds is answered from memory (searchCache.ts).
  const { hits, understood, corrections } = await rememberSearch(
    db,
    JSON.stringify([lang, limit, exact, need]),
    () => searchNeeds(db, { q: need, lang, limit, exact }),
  );
  await recordSearch(db, actor, {
    q: need,
    lang,
    channel: input.channel,
    results: hits.length,
    topCluster: hits[0]?.kind === 'cluster' ? hits[0].ref : null,
  });
  // "Showing results for" only when a word was corrected, not for accents or short words left out.
  const typed = new Set(queryWords(need));
  const corrected = hits.length > 0 && understood.some((word) => !typed.has(word)) ? understood : [];
  const suggestions = hits.length === 0 ? await listClusterCards(db, lang) : [];
  return {
    lang,
    need,
    hits,
    corrected,
    corrections: corrected.length > 0 ? corrections : [],
    exact,
    suggestions,
  };
}
