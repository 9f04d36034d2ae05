/**
 * Spelling help for needs: which known words a misspelt word may be, in bounded work. Candidates come
 * from two cheap sources (exact look-ups of the word with one letter dropped or two neighbours swapped,
 * and the nearest words by trigrams); the edit distance then decides.
 */

/**
 * Edits allowed for a word of this length: one up to seven letters, two up to twelve, three beyond.
 * Short words get one so that a real word the index lacks ("blonde") is not read as another ("bande").
 */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length <= 7) return 1;
  if (length <= 12) return 2;
  return 3;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each
 * cost one ("husbnad" is one edit from "husband"). Stops early once `limit` is exceeded.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words up to this length are looked up by every spelling one edit away; longer ones by trigrams. */
export const EDIT_NEIGHBOURHOOD_UP_TO = 7;

/**
 * Every spelling one edit away: a letter dropped, two neighbours swapped, and for words up to
 * `EDIT_NEIGHBOURHOOD_UP_TO` letters, a letter changed or added (a few hundred exact look-ups, far
 * cheaper than a nearest-neighbour scan over trigrams for a short word).
 */
export function nearVariants(word: string): string[] {
  const out = new Set<string>();
  const short = word.length <= EDIT_NEIGHBOURHOOD_UP_TO;
  for (let i = 0; i <= word.length; i += 1) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (!short) continue;
    for (const letter of LETTERS) {
      if (i < word.length) out.add(word.slice(0, i) + letter + word.slice(i + 1));
      out.add(word.slice(0, i) + letter + word.slice(i));
    }
  }
  out.delete(word);
  return [...out].filter((variant) => variant.length >= 3);
}

export interface Candidate {
  word: string;
  /** How many documents hold it. */
  documents: number;
  /** Trigram similarity to the typed word. */
  similarity: number;
  /** The word is in the vocabulary of the language searched (a French "passeport" for a French need). */
  sameLanguage?: boolean;
}

/** Words of at least this many letters may be read with one letter changed ("enployment"). */
const SUBSTITUTION_FROM = 7;

/** Every letter of `short`, in order, within `long`: only letters left out. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at === short.length && long.length > short.length;
}

/** Same length, one position different: a letter changed. */
function isSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differences += 1;
  return differences === 1;
}

/**
 * The readings of a word the index does not know, best first (at most `most`): fewest edits (a word
 * of the other language costs one more), then the commoner word, then the closer by trigrams. None
 * when no candidate is close enough.
 */
export function chooseCorrections(typed: string, candidates: readonly Candidate[], most = 2): string[] {
  const limit = allowedEdits(typed.length);
  const scored = new Map<string, { edits: number; documents: number; similarity: number }>();
  for (const candidate of candidates) {
    if (candidate.word === typed) continue;
    const distance = editDistance(typed, candidate.word, Math.max(limit, 3));
    // Letters left out are the commonest slip: two may be missing from a word of any length ("pasport"
    // for "passeport").
    if (distance > limit && !(distance <= 2 && isSubsequence(typed, candidate.word))) continue;
    // A four-letter word is read only as a word of its own language: "fais" is French, not "frais".
    if (typed.length <= 4 && candidate.sameLanguage === false) continue;
    // A short word one letter off another is often a real word the index lacks ("mill", "night"), not
    // a slip for "bill" or "right": short words are read only through a letter dropped, added or swapped.
    if (typed.length <= SUBSTITUTION_FROM - 1 && distance === 1 && isSubstitution(typed, candidate.word))
      continue;
    const edits = distance + (candidate.sameLanguage === false ? 1 : 0);
    const known = scored.get(candidate.word);
    if (known && known.edits <= edits) continue;
    scored.set(candidate.word, { edits, documents: candidate.documents, similarity: candidate.similarity });
  }
  const ranked = [...scored.entries()].sort(
    ([wordA, a], [wordB, b]) =>
      a.edits - b.edits ||
      b.documents - a.documents ||
      b.similarity - a.similarity ||
      wordA.localeCompare(wordB),
  );
  if (ranked.length === 0) return [];
  const bestEdits = ranked[0]![1].edits;
  // A second reading only when it is as close as the first: "dide" may be "died" or "aide".
  return ranked
    .filter(([, score], index) => index === 0 || score.edits === bestEdits)
    .slice(0, most)
    .map(([word]) => word);
}
