import { sql } from 'kysely';
import { keepPlan, listParam, type Db, type Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { BOILERPLATE, contentWords } from '../boilerplate.js';
import { typedQueryWords, words } from '../normalize.js';
import { chooseCorrections, EDIT_NEIGHBOURHOOD_UP_TO, nearVariants, type Candidate } from '../spelling.js';
import { RANKING, type Ranking } from './ranking.js';

export interface SearchQuery {
  q: string;
  lang: Lang;
  /** How many results, 1 to 50 (default 10). */
  limit?: number;
  /** Search the words exactly as typed, with no spelling correction (the "search instead for" link). */
  exact?: boolean;
}

/**
 * Why a result matched, in the person's own words: a name of the program ("EI"), a phrase people use
 * for it ("laid off"), words of its title or text, or a service it contains that matched.
 */
export interface SearchWhy {
  reason: 'name' | 'term' | 'words' | 'contains';
  /** The words of the need that matched, as the person typed them (or as corrected). */
  words: string[];
  /** For `contains`: the title of the matching service inside the cluster. */
  service?: string;
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
  why: SearchWhy;
}

export interface SearchCorrection {
  /** The word as typed. */
  from: string;
  /** The word it was read as. */
  to: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The words searched after typo correction, for "showing results for". */
  understood: string[];
  /** Each word read as another, in the order typed; empty when none was. */
  corrections: SearchCorrection[];
}

/** One word of the need: as typed, folded, its readings (itself first, then corrections) and weight. */
interface NeedWord {
  typed: string;
  folded: string;
  readings: string[];
  /** The stem of each reading in the asked language (null: a word full-text search ignores). */
  lexemes: (string | null)[];
  /** How many documents of the asked language hold each reading's stem. */
  documents: number[];
  weight: number;
}

interface DocumentRow {
  kind: 'cluster' | 'service';
  ref: string;
  title: string;
  summary: string;
  slug: string | null;
  clusters: string[] | null;
  matched: [string, string][] | null;
}

interface Scored {
  kind: 'cluster' | 'service';
  ref: string;
  title: string;
  summary: string;
  slug: string | null;
  clusters: string[];
  /** How strongly each word of the need is met by this document (0 to 1), by position. */
  strength: number[];
  /** Positions met by a name of the service (most documents have none: made when first needed). */
  named?: Set<number>;
  /** Positions met by one of the cluster's own terms (its title and synonyms). */
  termed?: Set<number>;
  /** Positions met by a phrase (name, term), for "why". */
  phrased?: Set<number>;
  /** The stems of the need this document holds, to show the reading of a corrected word it matched. */
  held: ReadonlyMap<string, string>;
  score: number;
  why?: SearchWhy;
}

const ZERO_WEIGHT_LEXEME = null;

interface StemRow {
  word: string;
  lexeme: string | null;
  documents: number | null;
}

/** A word of the need (its stem, and whether it is known), or a known word a misspelt one may be. */
interface WordRow {
  source: 'word' | 'candidate';
  /** The position of the word in the list sent (from 1). */
  n: number;
  word: string;
  lexeme: string | null;
  /** How many documents of the asked language hold the stem. */
  lexeme_documents: number | null;
  vocabulary: boolean;
  /** For a candidate: its language, how often it occurs, its trigram similarity to the typed word. */
  lang: string | null;
  occurrences: number | null;
  similarity: number | null;
  total: number | null;
}

/** Whether a word may be corrected: long enough, not a number, not a question word. */
const correctable = (token: string) => token.length >= 4 && !/^\d+$/.test(token) && !BOILERPLATE.has(token);

/**
 * For each distinct word of the need: its stem in the asked language, how many documents hold it, and
 * whether it is a known word.
 */
async function readStems(db: Db | Tx, words: string[], lang: Lang): Promise<WordRow[]> {
  const config = lang === 'fr' ? 'french' : 'english';
  const { rows } = await sql<WordRow>`${keepPlan}
    SELECT 'word' AS source, u.n, u.word, lx.lexeme, l.documents AS lexeme_documents,
           EXISTS (SELECT 1 FROM search_word w WHERE w.lang IN ('en', 'fr') AND w.word = u.word) AS vocabulary,
           NULL AS lang, NULL::integer AS occurrences, NULL::real AS similarity,
           (SELECT sum(documents) FROM search_collection WHERE lang = ${lang}) AS total
    FROM unnest(${listParam(words)}) WITH ORDINALITY AS u(word, n)
    LEFT JOIN LATERAL (SELECT lexeme FROM unnest(to_tsvector(${config}::regconfig, u.word)) LIMIT 1) lx ON true
    LEFT JOIN search_lexeme l ON l.lang = ${lang} AND l.lexeme = lx.lexeme
  `.execute(db);
  return rows;
}

/**
 * The known words each unknown word may be a misspelling of (see spelling.ts), with their stems in the
 * asked language and how many documents hold them. `n` is the word's position in `words` (from 1).
 */
async function readCandidateWords(
  db: Db | Tx,
  words: string[],
  unknown: number[],
  lang: Lang,
): Promise<WordRow[]> {
  const config = lang === 'fr' ? 'french' : 'english';
  // One line of spellings per word, split by the server: words are letters and digits only, and one
  // long string costs the driver far less to send than an array of a thousand short ones.
  const lines = unknown.map((n) => nearVariants(words[n - 1]!).join(' '));
  const tokens = unknown.map((n) => words[n - 1]!);
  const { rows } = await sql<WordRow>`${keepPlan}
    WITH unknown AS (
      SELECT u.n, u.token, u.line
      FROM unnest(${listParam(unknown, 'int')}, ${listParam(tokens)}, ${listParam(lines)}) AS u(n, token, line)
    ),
    near AS (
      SELECT u.n, u.token, w.word, w.lang, w.documents
      FROM unknown u CROSS JOIN LATERAL unnest(string_to_array(u.line, ' ')) AS variant
      JOIN search_word w ON w.lang IN ('en', 'fr') AND w.word = variant
      UNION ALL
      SELECT u.n, u.token, c.word, c.lang, c.documents FROM unknown u CROSS JOIN LATERAL (
        SELECT word, lang, documents FROM search_word
        WHERE length(u.token) > ${EDIT_NEIGHBOURHOOD_UP_TO} AND word % u.token
        ORDER BY similarity(word, u.token) DESC LIMIT 8
      ) c
    )
    SELECT 'candidate' AS source, near.n, near.word, lx.lexeme, l.documents AS lexeme_documents,
           true AS vocabulary, near.lang, near.documents AS occurrences,
           similarity(near.word, near.token) AS similarity, NULL AS total
    FROM near
    LEFT JOIN LATERAL (SELECT lexeme FROM unnest(to_tsvector(${config}::regconfig, near.word)) LIMIT 1) lx ON true
    LEFT JOIN search_lexeme l ON l.lang = ${lang} AND l.lexeme = lx.lexeme
  `.execute(db);
  return rows;
}

/**
 * Stems of the words and, only when a word no document holds and no vocabulary knows may be
 * misspelt, a second statement for the words it may be.
 */
async function readWordRows(db: Db | Tx, words: string[], lang: Lang, exact: boolean): Promise<WordRow[]> {
  const stems = await readStems(db, words, lang);
  if (exact) return stems;
  const unknown = stems
    .filter(
      (row) =>
        correctable(row.word) && !row.vocabulary && !(row.lexeme && Number(row.lexeme_documents ?? 0) > 0),
    )
    .map((row) => Number(row.n));
  if (unknown.length === 0) return stems;
  return [...stems, ...(await readCandidateWords(db, words, unknown, lang))];
}

/**
 * Readings, stems and weights of each word. A word is corrected only when no document holds it and it
 * is not a known word.
 */
async function readWords(
  db: Db | Tx,
  typed: { folded: string; typed: string }[],
  lang: Lang,
  exact: boolean,
): Promise<{ need: NeedWord[]; total: number }> {
  const tokens = typed.map((word) => word.folded);
  const distinct = [...new Set(tokens)];
  const rows = await readWordRows(db, distinct, lang, exact);
  const stemOf = new Map<string, StemRow>();
  const candidates = new Map<string, Candidate[]>();
  let total = 1;
  for (const row of rows) {
    if (row.source === 'word') {
      stemOf.set(row.word, { word: row.word, lexeme: row.lexeme, documents: row.lexeme_documents });
      total = Math.max(1, Number(row.total ?? 1));
      continue;
    }
    const token = distinct[Number(row.n) - 1]!;
    const list = candidates.get(token) ?? [];
    list.push({
      word: row.word,
      documents: Number(row.occurrences),
      similarity: Number(row.similarity),
      sameLanguage: row.lang === lang,
    });
    candidates.set(token, list);
  }
  const candidateStems = new Map(
    rows
      .filter((row) => row.source === 'candidate')
      .map((row) => [row.word, { word: row.word, lexeme: row.lexeme, documents: row.lexeme_documents }]),
  );
  const corrected = new Map<string, string[]>();
  for (const [token, list] of candidates) {
    const chosen = chooseCorrections(token, list);
    if (chosen.length === 0) continue;
    corrected.set(token, chosen);
    for (const word of chosen) if (!stemOf.has(word)) stemOf.set(word, candidateStems.get(word)!);
  }
  const need = typed.map((word) => {
    const options = [word.folded, ...(corrected.get(word.folded) ?? [])];
    const lexemes = options.map((option) => stemOf.get(option)?.lexeme ?? ZERO_WEIGHT_LEXEME);
    // Inverse document frequency: a word in most documents tells little about which one is meant.
    const frequencies = options
      .map((option) => stemOf.get(option))
      .filter((row) => row?.lexeme)
      .map((row) => Number(row!.documents ?? 0));
    const documents = frequencies.length ? Math.min(...frequencies) : total;
    const weight = BOILERPLATE.has(word.folded)
      ? 0
      : lexemes.some(Boolean)
        ? Math.log(1 + (total - documents + 0.5) / (documents + 0.5))
        : RANKING.unstemmedWeight;
    const held = options.map((option) => Number(stemOf.get(option)?.documents ?? 0));
    return { typed: word.typed, folded: word.folded, readings: options, lexemes, documents: held, weight };
  });
  return { need, total };
}

/** Services tied for first beyond this many are not one situation's alternatives. */
const MOST_TIED_FOR_A_SITUATION = 4;

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/'/g, "''")}'`;

interface TermRow {
  kind: 'cluster' | 'service';
  ref: string;
  lang: string;
  term: string;
  stem: string | null;
  role: 'name' | 'description';
}

/** A document, a cluster holding a candidate service (read for its title only), or a stored term met. */
interface MatchRow {
  source: 'document' | 'holder' | 'term';
  kind: 'cluster' | 'service';
  ref: string;
  title: string | null;
  summary: string | null;
  slug: string | null;
  clusters: string[] | null;
  matched: [string, string][] | null;
  lang: string | null;
  term: string | null;
  stem: string | null;
  role: 'name' | 'description' | null;
}

/**
 * The tsquery sets that find candidates: every telling word, then (for three to six words) every one
 * but one, since a document lacking only one word is still a strong match; and, for each word few
 * documents hold, that word alone.
 */
function candidateQueries(
  need: NeedWord[],
  total: number,
  ranking: Ranking,
): { sets: string[]; perWord: string[] } {
  const meaningful = need.filter((word) => word.weight > 0 && word.lexemes.some(Boolean));
  const { perWordMaxDocuments, commonShare } = ranking.candidates;
  const common = Math.max(perWordMaxDocuments, commonShare * total);
  const groups = meaningful.map((word) => ({
    query: `(${[...new Set(word.lexemes.filter((l): l is string => !!l))].map(quoteLexeme).join(' | ')})`,
    documents: word.documents.reduce((sum, value) => sum + value, 0),
  }));
  // Words most documents hold cost much to intersect and tell little: they are left out of the sets
  // (ranking still reads them), unless nothing else is left.
  const telling = groups.filter((group) => group.documents <= common);
  const chosen =
    telling.length > 0 ? telling : [...groups].sort((a, b) => a.documents - b.documents).slice(0, 1);
  const sets = chosen.length > 0 ? [chosen.map((group) => group.query).join(' & ')] : [];
  if (chosen.length >= 3 && chosen.length <= 6) {
    for (let left = 0; left < chosen.length; left += 1) {
      sets.push(
        chosen
          .filter((_, index) => index !== left)
          .map((group) => group.query)
          .join(' & '),
      );
    }
  }
  const perWord = meaningful.flatMap((word) =>
    word.lexemes
      .map((lexeme, reading) => ({ lexeme, documents: word.documents[reading]! }))
      .filter(
        (entry): entry is { lexeme: string; documents: number } =>
          !!entry.lexeme && entry.documents <= perWordMaxDocuments,
      )
      .map((entry) => quoteLexeme(entry.lexeme)),
  );
  return { sets, perWord };
}

/**
 * Everything the ranking reads after the words, in one statement: the stored terms (names, phrases,
 * synonyms) found in the need, word for word in either language or stem for stem in the asked one
 * ("arriver au canada" meets "arrivé au Canada"); the candidates of each kind, each with the stems of
 * the need it holds and their weights (A title and names, B summaries, C descriptions); and the
 * clusters holding a candidate service. Candidates are bounded: those holding every word (or all but
 * one), then for each word the first documents holding it, so a word common to thousands of documents
 * never means reading thousands; the documents a term met points to are read too.
 */
async function readMatches(
  db: Db | Tx,
  need: NeedWord[],
  lang: Lang,
  total: number,
  phrases: string[],
  stemPhrases: string[],
  ranking: Ranking,
): Promise<{ documents: DocumentRow[]; holders: DocumentRow[]; terms: TermRow[] }> {
  const lexemes = [
    ...new Set(
      need.filter((word) => word.weight > 0).flatMap((word) => word.lexemes.filter((l): l is string => !!l)),
    ),
  ];
  const { sets, perWord } = candidateQueries(need, total, ranking);
  const { cluster, service } = ranking.candidates;
  // Kind, language and caps are written into the statement (all from fixed lists) so that the planner
  // picks the partial full-text index of that kind and language, and a plan kept for the statement
  // knows how many rows each part reads.
  const language = sql.lit(lang);
  const candidatesOf = (kind: 'cluster' | 'service', cap: { all: number; each: number }) => sql`
    (SELECT x.ref FROM unnest(${listParam(sets)}) AS s(query) CROSS JOIN LATERAL (
      SELECT d.ref FROM search_document d
      WHERE d.tsv @@ to_tsquery('simple', s.query) AND d.lang = ${language} AND d.kind = ${sql.lit(kind)}
      LIMIT ${sql.lit(cap.all)}) x)
    UNION
    (SELECT x.ref FROM unnest(${listParam(perWord)}) AS l(query) CROSS JOIN LATERAL (
      SELECT d.ref FROM search_document d
      WHERE d.tsv @@ to_tsquery('simple', l.query) AND d.lang = ${language} AND d.kind = ${sql.lit(kind)}
      LIMIT ${sql.lit(cap.each)}) x)
    UNION
    SELECT ref FROM terms WHERE kind = ${sql.lit(kind)}
  `;
  const { rows } = await sql<MatchRow>`${keepPlan}
    WITH terms AS (
      SELECT t.kind, t.ref, t.lang, t.term, t.stem, t.role FROM search_term t
      WHERE t.term = ANY(${listParam(phrases)})
      UNION
      SELECT t.kind, t.ref, t.lang, t.term, t.stem, t.role FROM search_term t
      WHERE t.stem = ANY(${listParam(stemPhrases)}) AND t.lang = ${language}
    ),
    cluster_refs AS (${candidatesOf('cluster', cluster)}),
    service_refs AS (${candidatesOf('service', service)}),
    -- Per stem of the need, one query per weight: the best weight a document holds it with is read by
    -- a few look-ups in its tsvector, never by unpacking the whole vector.
    stems AS (
      SELECT l.lexeme, quote_literal(l.lexeme)::tsquery AS anywhere,
             (quote_literal(l.lexeme) || ':A')::tsquery AS a,
             (quote_literal(l.lexeme) || ':B')::tsquery AS b,
             (quote_literal(l.lexeme) || ':C')::tsquery AS c
      FROM unnest(${listParam(lexemes)}) AS l(lexeme)
    ),
    -- One look-up by key per candidate (LIMIT 1 keeps it one): the planner cannot see how few
    -- candidates there are and would otherwise read every document of the kind to join them.
    documents AS (
      SELECT d.* FROM cluster_refs c CROSS JOIN LATERAL (
        SELECT d.kind, d.ref, d.title, d.summary, d.slug, d.clusters, d.tsv FROM search_document d
        WHERE d.kind = 'cluster' AND d.ref = c.ref AND d.lang = ${language} LIMIT 1) d
      UNION ALL
      SELECT d.* FROM service_refs c CROSS JOIN LATERAL (
        SELECT d.kind, d.ref, d.title, d.summary, d.slug, d.clusters, d.tsv FROM search_document d
        WHERE d.kind = 'service' AND d.ref = c.ref AND d.lang = ${language} LIMIT 1) d
    )
    SELECT 'document' AS source, d.kind, d.ref, d.title, d.summary, d.slug, d.clusters,
      (SELECT json_agg(json_build_array(s.lexeme,
                CASE WHEN d.tsv @@ s.a THEN 'A' WHEN d.tsv @@ s.b THEN 'B' WHEN d.tsv @@ s.c THEN 'C' ELSE 'D' END))
         FROM stems s WHERE d.tsv @@ s.anywhere) AS matched,
      NULL AS lang, NULL AS term, NULL AS stem, NULL AS role
    FROM documents d
    UNION ALL
    SELECT 'holder', h.kind, h.ref, h.title, h.summary, h.slug, NULL, NULL, NULL, NULL, NULL, NULL
    FROM search_document h
    WHERE h.kind = 'cluster' AND h.lang = ${language}
      AND h.ref IN (SELECT unnest(clusters) FROM documents WHERE kind = 'service')
      AND h.ref NOT IN (SELECT ref FROM cluster_refs)
    UNION ALL
    SELECT 'term', t.kind, t.ref, NULL, NULL, NULL, NULL, NULL, t.lang, t.term, t.stem, t.role FROM terms t
  `.execute(db);
  const documents: DocumentRow[] = [];
  const holders: DocumentRow[] = [];
  const terms: TermRow[] = [];
  for (const row of rows) {
    if (row.source === 'term') {
      terms.push({
        kind: row.kind,
        ref: row.ref,
        lang: row.lang!,
        term: row.term!,
        stem: row.stem,
        role: row.role!,
      });
      continue;
    }
    const document: DocumentRow = {
      kind: row.kind,
      ref: row.ref,
      title: row.title!,
      summary: row.summary!,
      slug: row.slug,
      clusters: row.clusters,
      matched: row.matched,
    };
    (row.source === 'holder' ? holders : documents).push(document);
  }
  return { documents, holders, terms };
}

/**
 * Every run of consecutive words in the need (up to five), read each way (as typed and corrected),
 * with and without boilerplate, mapped to the positions of the words it covers. `form` gives the form
 * of a word in a reading: as folded, or stemmed.
 */
function needPhrases(
  need: NeedWord[],
  form: (word: NeedWord, reading: number) => string,
): Map<string, number[][]> {
  const out = new Map<string, number[][]>();
  const sequences: { words: string[]; positions: number[] }[] = [];
  const content = need.map((_, index) => index).filter((index) => !BOILERPLATE.has(need[index]!.folded));
  const maxReadings = Math.max(...need.map((word) => word.readings.length));
  for (let reading = 0; reading < maxReadings; reading += 1) {
    const pick = (index: number) => form(need[index]!, Math.min(reading, need[index]!.readings.length - 1));
    const every = need.map((_, index) => index);
    sequences.push({ words: every.map(pick), positions: every });
    if (content.length > 0 && content.length < need.length) {
      sequences.push({ words: content.map(pick), positions: content });
    }
  }
  for (const sequence of sequences) {
    for (let start = 0; start < sequence.words.length; start += 1) {
      for (let size = 1; size <= 5 && start + size <= sequence.words.length; size += 1) {
        const phrase = sequence.words.slice(start, start + size).join(' ');
        const positions = sequence.positions.slice(start, start + size);
        // A phrase of boilerplate only ("how do i") never matches a term.
        if (!positions.some((p) => !BOILERPLATE.has(need[p]!.folded))) continue;
        const list = out.get(phrase) ?? [];
        if (!list.some((known) => known.join() === positions.join())) list.push(positions);
        out.set(phrase, list);
      }
    }
  }
  return out;
}

const FIELD_STRENGTH = (weights: string, field: Ranking['field']['cluster']): number =>
  weights.includes('A')
    ? field.A
    : weights.includes('B')
      ? field.B
      : weights.includes('C')
        ? field.C
        : field.D;

function scoreDocuments(rows: DocumentRow[], need: NeedWord[], ranking: Ranking): Map<string, Scored> {
  const out = new Map<string, Scored>();
  for (const row of rows) {
    const key = `${row.kind}\u0000${row.ref}`;
    if (out.has(key)) continue;
    const byLexeme = new Map(row.matched ?? []);
    const field = ranking.field[row.kind];
    const strength = need.map((word) => {
      let best = 0;
      for (let reading = 0; reading < word.lexemes.length; reading += 1) {
        const lexeme = word.lexemes[reading];
        const weights = lexeme ? byLexeme.get(lexeme) : undefined;
        if (weights === undefined) continue;
        const value = FIELD_STRENGTH(weights, field) * (reading === 0 ? 1 : ranking.correctedReading);
        if (value > best) best = value;
      }
      return best;
    });
    out.set(key, {
      kind: row.kind,
      ref: row.ref,
      title: row.title,
      summary: row.summary,
      slug: row.slug,
      clusters: row.clusters ?? [],
      strength,
      held: byLexeme,
      score: 0,
    });
  }
  return out;
}

/** The ranked hits for a need; see ADR 0007 for how the decision between a service and a situation is made. */
async function rankNeed(db: Db | Tx, query: Required<SearchQuery>, ranking: Ranking): Promise<SearchResult> {
  const typed = typedQueryWords(query.q);
  if (typed.length === 0) return { hits: [], understood: [], corrections: [] };
  const { need, total } = await readWords(db, typed, query.lang, query.exact);

  const phraseMap = needPhrases(need, (word, reading) => word.readings[reading]!);
  const stemMap = needPhrases(need, (word, reading) => word.lexemes[reading] ?? word.readings[reading]!);
  const { documents, holders, terms } = await readMatches(
    db,
    need,
    query.lang,
    total,
    [...phraseMap.keys()],
    [...stemMap.keys()],
    ranking,
  );
  const scored = scoreDocuments(documents, need, ranking);

  // Terms: a name of a service, a phrase people use for it, a cluster's title or synonym.
  const serviceNamed = new Set<number>();
  for (const term of terms) {
    const target = scored.get(`${term.kind}\u0000${term.ref}`);
    if (!target) continue;
    const language = term.lang === query.lang ? 1 : ranking.otherLanguage;
    const strength =
      (term.kind === 'cluster'
        ? ranking.clusterTerm
        : term.role === 'name'
          ? ranking.name
          : ranking.description) * language;
    const found = [
      ...(phraseMap.get(term.term) ?? []),
      ...(term.lang === query.lang && term.stem ? (stemMap.get(term.stem) ?? []) : []),
    ];
    for (const positions of found) {
      for (const position of positions) {
        if (need[position]!.weight === 0) continue;
        target.strength[position] = Math.max(target.strength[position]!, strength);
        (target.phrased ??= new Set()).add(position);
        if (term.kind === 'service' && term.role === 'name') {
          (target.named ??= new Set()).add(position);
          serviceNamed.add(position);
        }
        if (term.kind === 'cluster') (target.termed ??= new Set()).add(position);
      }
    }
  }

  // A service whose whole title is in the need is named by it ("canada child benefit apply").
  for (const document of scored.values()) {
    if (document.kind !== 'service') continue;
    const positions = titleIn(document.title, need);
    if (!positions) continue;
    for (const position of positions) {
      (document.named ??= new Set()).add(position);
      serviceNamed.add(position);
    }
  }

  const weights = need.map((word) => word.weight);
  const matchedAnywhere = weights.map((_, position) =>
    [...scored.values()].some((document) => document.strength[position]! > 0),
  );
  const denominator = weights.reduce(
    (sum, weight, position) => sum + (matchedAnywhere[position] ? weight : 0),
    0,
  );
  if (denominator === 0) {
    return { hits: [], understood: need.map((word) => readingShown(word)), corrections: corrections(need) };
  }
  const share = (positions: Iterable<number>) => {
    let sum = 0;
    for (const position of positions) sum += weights[position]!;
    return sum / denominator;
  };
  const coverage = (strength: number[]) =>
    strength.reduce((sum, value, position) => sum + value * weights[position]!, 0) / denominator;

  const services = [...scored.values()].filter((document) => document.kind === 'service');
  for (const service of services) service.score = coverage(service.strength);
  // The name bonus goes to a named service only when no other named one meets the need about as well.
  const named = services.filter((service) => service.named);
  const bestCoverage = Math.max(0, ...named.map((service) => service.score));
  const rivals = named.filter((service) => service.score >= bestCoverage * (1 - ranking.ambiguousWithin));
  for (const service of services) {
    const alone = rivals.length === 1 || !rivals.includes(service);
    if (alone && service.named) service.score += ranking.nameBonus * share(service.named);
  }
  // A cluster meets the need with its own words and, a little less, with the best service it holds.
  const clusters = new Map([...scored.values()].filter((d) => d.kind === 'cluster').map((d) => [d.ref, d]));
  const bestInside = new Map<string, { service: Scored; strength: number[]; score: number }>();
  for (const service of services) {
    for (const key of service.clusters) {
      const own = clusters.get(key)?.strength ?? need.map(() => 0);
      const strength = own.map((value, position) =>
        Math.max(value, ranking.containedService * service.strength[position]!),
      );
      const score = coverage(strength);
      const best = bestInside.get(key);
      if (!best || score > best.score) bestInside.set(key, { service, strength, score });
    }
  }
  // A cluster holding a candidate service but not a candidate itself is met only through that service.
  for (const row of holders) {
    if (!bestInside.has(row.ref) || clusters.has(row.ref)) continue;
    clusters.set(row.ref, {
      kind: 'cluster',
      ref: row.ref,
      title: row.title,
      summary: row.summary,
      slug: row.slug,
      clusters: [],
      strength: need.map(() => 0),
      held: new Map(),
      score: 0,
    });
  }
  for (const cluster of clusters.values()) {
    const inside = bestInside.get(cluster.ref);
    const met = inside ? inside.score : coverage(cluster.strength);
    // Event words: met by the situation's own terms and naming no service ("died", not "CPP").
    const events = [...(cluster.termed ?? [])].filter((position) => !serviceNamed.has(position));
    cluster.score = ranking.clusterWeight * met + ranking.eventBonus * share(events);
    const ownShare = coverage(cluster.strength);
    if (inside && inside.score > ownShare + 1e-9 && ownShare < ranking.containsWhyBelow) {
      cluster.why = { reason: 'contains', words: [], service: inside.service.title };
    }
  }

  // A need several services answer about equally singles out none of them: a situation holding them
  // leads ("health card for a newborn" in two provinces, "job search help" from three partners).
  const bestService = Math.max(0, ...services.map((service) => service.score));
  const tied = services.filter((service) => service.score >= bestService * (1 - ranking.ambiguousWithin));
  if (ranking.tiedServicesGoToSituation && tied.length >= 2 && tied.length <= MOST_TIED_FOR_A_SITUATION) {
    for (const cluster of clusters.values()) {
      const holding = tied.filter((service) => service.clusters.includes(cluster.ref)).length;
      // Only a situation holding more than half of a handful: a need many services answer alike
      // ("lost my wallet": every card and certificate) stays with the services.
      if (holding >= 2 && holding * 2 >= tied.length)
        cluster.score = Math.max(cluster.score, bestService + 0.001);
    }
  }

  const ranked = [...services, ...clusters.values()]
    .filter((document) => document.score > ranking.minimumScore)
    .sort(
      (a, b) =>
        b.score - a.score || (a.kind === b.kind ? a.ref.localeCompare(b.ref) : a.kind === 'service' ? -1 : 1),
    )
    .slice(0, query.limit);

  const shown = (positions: number[]) =>
    positions.map((position) =>
      need[position]!.readings.length > 1 ? readingShown(need[position]!, ranked[0]) : need[position]!.typed,
    );
  const hits: SearchHit[] = ranked.map((document) => {
    const met = document.strength
      .map((value, position) => (value > 0 && weights[position]! > 0 ? position : -1))
      .filter((position) => position >= 0);
    const why: SearchWhy =
      document.why ??
      (document.named
        ? { reason: 'name', words: shown([...document.named].sort((a, b) => a - b)) }
        : document.phrased
          ? { reason: 'term', words: shown([...document.phrased].sort((a, b) => a - b)) }
          : { reason: 'words', words: shown(met) });
    return {
      kind: document.kind,
      ref: document.ref,
      title: document.title,
      summary: document.summary,
      slug: document.slug,
      score: Math.round(document.score * 1000) / 1000,
      why,
    };
  });
  return {
    hits,
    understood: need.map((word) => readingShown(word, ranked[0])),
    corrections: corrections(need, ranked[0]),
  };
}

/** Two forms of one word: the same, or one the other's stem ("benefit", "benefits"). */
const sameWord = (a: string, b: string) =>
  a === b ||
  (Math.min(a.length, b.length) >= 4 &&
    Math.abs(a.length - b.length) <= 3 &&
    (a.startsWith(b) || b.startsWith(a)));

/** Titles seen lately and their telling words: a title is read by many searches, its words never change. */
const titleWords = new Map<string, string[]>();
const TITLES_REMEMBERED = 20_000;

function wordsOfTitle(title: string): string[] {
  let wanted = titleWords.get(title);
  if (!wanted) {
    if (titleWords.size >= TITLES_REMEMBERED) titleWords.clear();
    wanted = contentWords(words(title));
    titleWords.set(title, wanted);
  }
  return wanted;
}

/** The positions of the need holding every word of a title (boilerplate aside), or null. */
function titleIn(title: string, need: NeedWord[]): number[] | null {
  const wanted = wordsOfTitle(title);
  if (wanted.length === 0 || wanted.length > need.length) return null;
  const positions: number[] = [];
  for (const word of wanted) {
    const position = need.findIndex((typed) => typed.readings.some((reading) => sameWord(reading, word)));
    if (position < 0) return null;
    positions.push(position);
  }
  return positions;
}

/** The reading of a word that the best result holds, else its first correction, else the word itself. */
function readingShown(word: NeedWord, best?: Scored): string {
  if (word.readings.length === 1) return word.folded;
  for (let reading = 1; reading < word.readings.length; reading += 1) {
    const lexeme = word.lexemes[reading];
    if (best && lexeme && best.held.has(lexeme)) return word.readings[reading]!;
  }
  return word.readings[1]!;
}

function corrections(need: NeedWord[], best?: Scored): SearchCorrection[] {
  return need
    .filter((word) => word.readings.length > 1)
    .map((word) => ({ from: word.typed, to: readingShown(word, best) }));
}

/**
 * Finds the clusters and services that meet a need said in a person's own words, in either official
 * language. When the need names a program (its name, acronym or nickname) or one service meets it
 * fully, that service comes first and the situations holding it follow; when it describes a
 * situation, the cluster comes first. Question words weigh nothing, common words little, misspelt
 * words are read as the nearest known words. `ranking` is for tuning (see ADR 0007).
 */
export async function searchNeeds(
  db: Db | Tx,
  query: SearchQuery,
  ranking: Ranking = RANKING,
): Promise<SearchResult> {
  return rankNeed(
    db,
    {
      q: query.q,
      lang: query.lang,
      limit: Math.min(50, Math.max(1, query.limit ?? 10)),
      exact: query.exact ?? false,
    },
    ranking,
  );
}
