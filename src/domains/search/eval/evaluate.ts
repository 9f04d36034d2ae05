/**
 * Runs needs phrased as people say them against a search and measures where the expected answer
 * lands: first (top-1), in the first three (top-3), and the mean reciprocal rank, overall and by kind
 * of need, language and kind of answer. The search is passed in, so the same set drives the domain
 * function, the HTTP API or a baseline index.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const NEED_KINDS = [
  'colloquial',
  'misspelt',
  'short',
  'question',
  'nickname',
  'multi-intent',
  'service',
] as const;

export const EvalNeedSchema = z.strictObject({
  lang: z.enum(['en', 'fr']),
  q: z.string().min(1),
  /** `cluster:<key>` or `service:<id>`: the answer that should come first. */
  expect: z.string().regex(/^(cluster|service):.+$/),
  kind: z.enum(NEED_KINDS),
});
export type EvalNeed = z.output<typeof EvalNeedSchema>;

/**
 * The two parts of the set: `tuning` (needs.json) may guide changes to ranking and terms; `held-out`
 * (held-out.json) is only ever measured, so its figures say how search does on needs nobody tuned for.
 */
export type EvalPart = 'tuning' | 'held-out';

export function loadNeeds(part: EvalPart): EvalNeed[] {
  const file = part === 'tuning' ? 'needs.json' : 'held-out.json';
  return z.array(EvalNeedSchema).parse(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')));
}

export interface Tally {
  total: number;
  top1: number;
  top3: number;
  /** Sum of 1/rank of the expected answer (0 when absent from the results). */
  reciprocal: number;
}

export interface EvalMiss extends EvalNeed {
  /** Rank of the expected answer (1-based), or null when absent. */
  rank: number | null;
  got: string[];
}

export interface EvalReport {
  overall: Tally;
  byKind: Record<string, Tally>;
  byLang: Record<string, Tally>;
  /** By the kind of answer expected: `cluster` or `service`. */
  byTarget: Record<string, Tally>;
  /** Needs whose expected answer was not first. */
  misses: EvalMiss[];
}

const empty = (): Tally => ({ total: 0, top1: 0, top3: 0, reciprocal: 0 });

/** `search` returns the results as `cluster:<key>` or `service:<id>`, best first. */
export async function evaluateNeeds(
  needs: readonly EvalNeed[],
  search: (need: EvalNeed) => Promise<string[]>,
): Promise<EvalReport> {
  const report: EvalReport = { overall: empty(), byKind: {}, byLang: {}, byTarget: {}, misses: [] };
  for (const need of needs) {
    const got = await search(need);
    const index = got.indexOf(need.expect);
    const rank = index >= 0 ? index + 1 : null;
    const target = need.expect.split(':')[0]!;
    for (const tally of [
      report.overall,
      (report.byKind[need.kind] ??= empty()),
      (report.byLang[need.lang] ??= empty()),
      (report.byTarget[target] ??= empty()),
    ]) {
      tally.total += 1;
      if (rank === 1) tally.top1 += 1;
      if (rank !== null && rank <= 3) tally.top3 += 1;
      if (rank !== null) tally.reciprocal += 1 / rank;
    }
    if (rank !== 1) report.misses.push({ ...need, rank, got: got.slice(0, 3) });
  }
  return report;
}

export const rate = (tally: Tally, of: 'top1' | 'top3') => (tally.total ? tally[of] / tally.total : 0);
export const meanReciprocalRank = (tally: Tally) => (tally.total ? tally.reciprocal / tally.total : 0);

/** One line per group: top-1, top-3 and MRR, for the README and the command's output. */
export function formatTallies(groups: Record<string, Tally>): string[] {
  const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
  return Object.entries(groups).map(
    ([name, tally]) =>
      `${name.padEnd(14)} n=${String(tally.total).padStart(3)}  top-1 ${pct(rate(tally, 'top1')).padStart(6)}  ` +
      `top-3 ${pct(rate(tally, 'top3')).padStart(6)}  MRR ${meanReciprocalRank(tally).toFixed(3)}`,
  );
}
