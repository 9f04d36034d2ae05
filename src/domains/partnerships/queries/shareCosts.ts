import type { z } from 'zod';
import type { ClausesInput } from '../schemas.js';

/** The cost-sharing clause as written (its fallback may be left to its default). */
type CostSharingClause = z.input<typeof ClausesInput>['cost_sharing'];

export interface CostShare {
  organization_id: string;
  /** In cents, so the shares add up exactly to the total. */
  cents: number;
  /** The basis of the share: the party's volume (by_volume) or percent (fixed, equal). */
  basis: number;
}

/**
 * How a cost was split: by the agreement's formula, or — by volume, with no transaction measured — by
 * the fallback the agreement names (equal parts, fixed shares), or not at all when it names none.
 */
export type CostSplit = 'formula' | 'no_volume_equal' | 'no_volume_fixed' | 'not_split';

/**
 * Splits a shared cost among the parties by the agreement's formula: equal parts, in proportion to each
 * party's measured volume, or fixed percentages. Amounts are whole cents; rounding leftovers go to the
 * parties with the largest remainders, so the shares always add up to the total. A split by volume with
 * nothing measured follows the agreement's `when_no_volume`; left unsplit, every share is zero.
 */
export function shareCosts(
  clause: CostSharingClause,
  parties: readonly string[],
  totalCents: number,
  volumes: ReadonlyMap<string, number> = new Map(),
): { split: CostSplit; shares: CostShare[] } {
  const fallback = clause.when_no_volume ?? 'not_split';
  const measured = parties.some((id) => (volumes.get(id) ?? 0) > 0);
  let split: CostSplit = 'formula';
  let formula = clause.formula;
  if (formula === 'by_volume' && !measured) {
    split = fallback === 'equal' ? 'no_volume_equal' : fallback === 'fixed' ? 'no_volume_fixed' : 'not_split';
    if (fallback !== 'not_split') formula = fallback;
  }
  const weights = parties.map((id) => {
    if (split === 'not_split') return 0;
    if (formula === 'fixed') return clause.shares?.[id] ?? 0;
    if (formula === 'by_volume') return volumes.get(id) ?? 0;
    return 1;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (sum > 0 ? (totalCents * weight) / sum : 0));
  const cents = exact.map(Math.floor);
  let left = sum > 0 ? totalCents - cents.reduce((a, b) => a + b, 0) : 0;
  const order = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    cents[i]! += 1;
    left -= 1;
  }
  return {
    split,
    shares: parties.map((organization_id, i) => ({
      organization_id,
      cents: cents[i]!,
      basis: formula === 'equal' ? Math.round(10_000 / parties.length) / 100 : weights[i]!,
    })),
  };
}
