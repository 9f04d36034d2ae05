/**
 * The number of decimals `step` needs to be written exactly (0.25 → 2, 500 → 0), so tick values can be
 * rounded back after floating-point arithmetic (0.1 × 3 is 0.30000000000000004).
 */
export function decimalsOf(step: number): number {
  let decimals = 0;
  while (decimals < 10 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9)
    decimals += 1;
  return decimals;
}

/** The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least `rough`: steps a reader can add up. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * About `count` evenly spaced axis ticks with a round step, from a round value at or below `min` to one at
 * or above `max`: `niceTicks(14_500, 18_000, 5)` gives 14,000 to 18,000 by 1,000. The axis then starts and
 * ends on a labelled value, so no bar or point sits beyond the last label.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const low = Math.min(min, max);
  // A single value still needs an axis: stretch it upwards by its own size (or by one at zero).
  const span = Math.abs(max - min) || Math.abs(low) || 1;
  const high = low + span;
  const step = niceStep(span / Math.max(1, count - 1));
  const decimals = decimalsOf(step);
  const first = Math.floor(low / step + 1e-9);
  let last = Math.ceil(high / step - 1e-9);
  if (last === first) last = first + 1;
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toFixed(decimals)) || 0);
  return ticks;
}
