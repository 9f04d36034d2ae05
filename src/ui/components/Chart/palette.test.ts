import { describe, expect, it } from 'vitest';
import { INK, REFERENCE, SERIES_STYLES } from './palette.js';

/** WCAG 2's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('the chart palette', () => {
  it('has at least 3:1 contrast against white for every series, the ink and reference lines', () => {
    const weak = [...SERIES_STYLES.map((style) => style.colour), INK, REFERENCE].filter(
      (colour) => contrastWithWhite(colour) < 3,
    );
    expect(weak).toEqual([]);
  });

  it('tells every series apart without colour: its own dash, marker and pattern', () => {
    for (const part of ['colour', 'dash', 'marker', 'pattern'] as const)
      expect(new Set(SERIES_STYLES.map((style) => style[part])).size).toBe(SERIES_STYLES.length);
  });
});
