import type { Clauses } from '../schemas.js';

export interface CostShare {
  organization_id: string;
  /** In cents, so the shares add up exactly to the total. */
  cents: number;
  /** The basis of the share: the party's volume (by_volume) or percent (fixed, equal). */
  basis: number;
}

/**
 * Splits a shared cost among the parties by the agreement's formula: equal parts, in proportion to each
 * party's measured volume, or fixed percentages. Amounts are whole cents; rounding leftovers go to the
 * parties with the largest remainders, so the shares always add up to the total.
 */
export function shareCosts(
  formula: Clauses['cost_sharing'],
  parties: readonly string[],
  totalCents: number,
  volumes: ReadonlyMap<string, number> = new Map(),
): CostShare[] {
  if (parties.length === 0) return [];
  const weights = parties.map((id) => {
    if (formula.formula === 'fixed') return formula.shares?.[id] ?? 0;
    if (formula.formula === 'by_volume') return volumes.get(id) ?? 0;
    return 1;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  // With no volume measured yet, a by-volume split falls back to equal parts rather than to nothing.
  const effective = sum > 0 ? weights : parties.map(() => 1);
  const total = sum > 0 ? sum : parties.length;
  const exact = effective.map((weight) => (totalCents * weight) / total);
  const cents = exact.map(Math.floor);
  let left = totalCents - cents.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    cents[i]! += 1;
    left -= 1;
  }
  return parties.map((organization_id, i) => ({
    organization_id,
    cents: cents[i]!,
    basis: formula.formula === 'equal' ? Math.round(10_000 / parties.length) / 100 : weights[i]!,
  }));
}
