import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { phrases, queryWords } from '../normalize.js';

export interface SearchQuery {
  q: string;
  lang: Lang;
  /** How many results, 1 to 50 (default 10). */
  limit?: number;
}

export interface SearchHit {
  kind: 'cluster' | 'service';
  /** The cluster key or the service id. */
  ref: string;
  title: string;
  summary: string;
  /** The cluster's slug in the asked language (clusters only). */
  slug: string | null;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The words searched after typo correction, for "showing results for". */
  understood: string[];
}

/**
 * A word at least this close (pg_trgm similarity) to a known word of about the same length is read as
 * that word: "enployment" is "employment", but "reconnaissance" is not "naissance".
 */
const CORRECTION_SIMILARITY = 0.45;
/** Terms in the other official language count, a little less. */
const OTHER_LANGUAGE = 0.8;
/** A situation outranks the services inside it when both match. */
const CLUSTER_WEIGHT = 1.5;
/** A cluster gains most of the score of the best matching service it contains. */
const CONTAINED_SERVICE_SHARE = 0.8;
/** At most this many documents of each kind are ranked per language (all-words and any-word sets each). */
const CANDIDATES = { cluster: 100, service: 100 } as const;
/** At most this many ranked documents of each kind per language go on to scoring. */
const RANKED = 40;

interface Corrected {
  token: string;
  word: string | null;
  sim: number | null;
}

/** Each word as typed, and for a word the index does not know, the closest word it does. */
async function correct(db: Db | Tx, tokens: string[]): Promise<string[][]> {
  const { rows } = await sql<Corrected>`
    SELECT t.token, c.word, similarity(c.word, t.token) AS sim
    FROM unnest(${tokens}::text[]) WITH ORDINALITY AS t(token, n)
    LEFT JOIN LATERAL (
      SELECT word FROM search_word
      WHERE length(t.token) >= 4 AND abs(length(word) - length(t.token)) <= greatest(3, length(t.token) / 3)
      ORDER BY word <-> t.token LIMIT 1
    ) c ON true
    ORDER BY t.n
  `.execute(db);
  return rows.map((row) => {
    const sim = Number(row.sim ?? 0);
    return row.word && sim < 1 && sim >= CORRECTION_SIMILARITY ? [row.token, row.word] : [row.token];
  });
}

interface Ranked {
  kind: 'cluster' | 'service';
  ref: string;
  rank: number;
  clusters: string[];
}

interface RankedRow {
  kind: 'cluster' | 'service';
  ref: string;
  rank: number | string;
  clusters: string | null;
}

/**
 * Candidates for one kind of document in one language: those holding every word of the query, then
 * those holding any, each set bounded, so the cost of ranking stays flat however large the catalogue
 * (a word common to thousands of services never means ranking thousands).
 */
async function rankDocuments(
  db: Db | Tx,
  kind: 'cluster' | 'service',
  words: { any: string; all: string },
  lang: Lang,
  weight: number,
): Promise<Ranked[]> {
  const config = lang === 'fr' ? 'french' : 'english';
  // Kind and language are written into the statement (both from fixed lists) so the planner picks the
  // partial full-text index of that kind and language.
  const cap = CANDIDATES[kind];
  const { rows } = await sql<RankedRow>`
    WITH q AS (SELECT to_tsquery(${config}::regconfig, ${words.any}) AS any_word,
                      to_tsquery(${config}::regconfig, ${words.all}) AS all_words),
    candidates AS (
      (SELECT d.ref FROM search_document d, q
        WHERE d.tsv @@ q.all_words AND d.lang = ${sql.lit(lang)} AND d.kind = ${sql.lit(kind)} LIMIT ${cap})
      UNION
      (SELECT d.ref FROM search_document d, q
        WHERE d.tsv @@ q.any_word AND d.lang = ${sql.lit(lang)} AND d.kind = ${sql.lit(kind)} LIMIT ${cap})
    )
    SELECT d.kind, d.ref, array_to_string(d.clusters, ' ') AS clusters,
      ts_rank('{0.1, 0.2, 0.4, 1.0}', d.tsv, q.any_word, 1) * ${weight}::real AS rank
    FROM candidates c
    JOIN search_document d ON d.kind = ${kind} AND d.ref = c.ref AND d.lang = ${lang}, q
    ORDER BY rank DESC, d.ref
    LIMIT ${RANKED}
  `.execute(db);
  return rows.map((row) => ({
    kind: row.kind,
    ref: row.ref,
    rank: Number(row.rank),
    clusters: row.clusters ? row.clusters.split(' ') : [],
  }));
}

/** Stored terms (synonyms, colloquial words) found word for word in the query. */
async function matchTerms(db: Db | Tx, candidates: string[]) {
  if (candidates.length === 0) return [];
  return db
    .selectFrom('search_term')
    .select(['kind', 'ref', 'lang', 'term'])
    .where('lang', 'in', ['en', 'fr'])
    .where('term', 'in', candidates)
    .execute();
}

/**
 * Finds the clusters and services that meet a need said in a person's own words, in either official
 * language: accents ignored, words stemmed (English and French), typos corrected against the index's
 * vocabulary, synonyms and colloquial terms matched as phrases. A cluster that matches the situation
 * ranks ahead of the services it contains.
 */
export async function searchNeeds(db: Db | Tx, query: SearchQuery): Promise<SearchResult> {
  const limit = Math.min(50, Math.max(1, query.limit ?? 10));
  const tokens = queryWords(query.q);
  if (tokens.length === 0) return { hits: [], understood: [] };

  const alternatives = await correct(db, tokens);
  const allWords = [...new Set(alternatives.flat())];
  const words = {
    any: allWords.join(' | '),
    all: alternatives.map((options) => `(${options.join(' | ')})`).join(' & '),
  };
  const correctedSequence = alternatives.map((options) => options.at(-1)!);
  const candidatesPhrases = [...new Set([...phrases(tokens), ...phrases(correctedSequence)])];

  // Documents are searched in the asked language; terms (synonyms, colloquial words) in both, since
  // people mix languages ("baby bonus" typed on the French site).
  const [clusterRanks, serviceRanks, terms] = await Promise.all([
    rankDocuments(db, 'cluster', words, query.lang, 1),
    rankDocuments(db, 'service', words, query.lang, 1),
    matchTerms(db, candidatesPhrases),
  ]);

  const score = new Map<string, number>();
  const id = (kind: string, ref: string) => `${kind}\u0000${ref}`;
  const add = (kind: string, ref: string, value: number) =>
    score.set(id(kind, ref), (score.get(id(kind, ref)) ?? 0) + value);
  const bestClusterRank = new Map<string, number>();
  for (const hit of clusterRanks) {
    bestClusterRank.set(hit.ref, Math.max(bestClusterRank.get(hit.ref) ?? 0, hit.rank));
  }
  for (const [ref, rank] of bestClusterRank) add('cluster', ref, rank);
  for (const hit of serviceRanks) add(hit.kind, hit.ref, hit.rank);
  const bonus = new Map<string, number>();
  for (const term of terms) {
    const size = term.term.split(' ').length;
    const value = (0.3 + 0.2 * size) * (term.lang === query.lang ? 1 : OTHER_LANGUAGE);
    const key = id(term.kind, term.ref);
    bonus.set(key, Math.min(2, (bonus.get(key) ?? 0) + value));
  }
  for (const [key, value] of bonus) score.set(key, (score.get(key) ?? 0) + value);

  const bestServiceOf = new Map<string, number>();
  for (const service of serviceRanks) {
    const value = score.get(id('service', service.ref)) ?? 0;
    for (const cluster of service.clusters) {
      bestServiceOf.set(cluster, Math.max(bestServiceOf.get(cluster) ?? 0, value));
    }
  }
  const final = new Map<string, number>();
  for (const [key, value] of score) {
    const [kind, ref] = key.split('\u0000') as ['cluster' | 'service', string];
    final.set(
      key,
      kind === 'cluster'
        ? CLUSTER_WEIGHT * value + CONTAINED_SERVICE_SHARE * (bestServiceOf.get(ref) ?? 0)
        : value,
    );
  }
  for (const [cluster, value] of bestServiceOf) {
    const key = id('cluster', cluster);
    if (!final.has(key)) final.set(key, CONTAINED_SERVICE_SHARE * value);
  }

  const best = [...final.entries()]
    .filter(([, value]) => value > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
  if (best.length === 0) return { hits: [], understood: correctedSequence };

  const refs = best.map(([key]) => key.split('\u0000') as ['cluster' | 'service', string]);
  const documents = await db
    .selectFrom('search_document')
    .select(['kind', 'ref', 'title', 'summary', 'slug'])
    .where('lang', '=', query.lang)
    .where((eb) => eb.or(refs.map(([kind, ref]) => eb.and([eb('kind', '=', kind), eb('ref', '=', ref)]))))
    .execute();
  const byKey = new Map(documents.map((document) => [id(document.kind, document.ref), document]));
  const hits: SearchHit[] = [];
  for (const [key, value] of best) {
    const document = byKey.get(key);
    if (!document) continue;
    hits.push({ ...document, score: Math.round(value * 1000) / 1000 });
  }
  return { hits, understood: correctedSequence };
}
