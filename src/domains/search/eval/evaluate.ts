/**
 * Runs needs phrased as people say them against a search and measures how often the expected cluster
 * is among the first results. The search is passed in, so the same set can drive the domain function
 * or the HTTP API.
 */
export interface EvalNeed {
  lang: 'en' | 'fr';
  q: string;
  expect: string;
}

export interface EvalMiss extends EvalNeed {
  got: string[];
}

export interface EvalReport {
  total: number;
  hits: number;
  rate: number;
  byLang: Record<'en' | 'fr', { total: number; hits: number }>;
  misses: EvalMiss[];
}

/** `search` returns the cluster keys of the results, best first. */
export async function evaluateNeeds(
  needs: readonly EvalNeed[],
  search: (need: EvalNeed) => Promise<string[]>,
  top = 3,
): Promise<EvalReport> {
  const byLang = { en: { total: 0, hits: 0 }, fr: { total: 0, hits: 0 } };
  const misses: EvalMiss[] = [];
  let hits = 0;
  for (const need of needs) {
    const got = (await search(need)).slice(0, top);
    byLang[need.lang].total += 1;
    if (got.includes(need.expect)) {
      hits += 1;
      byLang[need.lang].hits += 1;
    } else {
      misses.push({ ...need, got });
    }
  }
  return { total: needs.length, hits, rate: needs.length ? hits / needs.length : 0, byLang, misses };
}
