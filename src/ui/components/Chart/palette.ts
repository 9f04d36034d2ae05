/**
 * How each series looks, by its position. Every colour has at least 3:1 contrast against white (WCAG 1.4.11,
 * held by palette.test.ts) and every series also differs without colour: lines by their dash and marker
 * shape, bars by their fill pattern, each bar outlined in dark ink.
 */
export interface SeriesStyle {
  colour: string;
  /** stroke-dasharray of a line; empty for a solid line. */
  dash: string;
  marker: MarkerShape;
  /** The white pattern over a bar's colour; `solid` for none. */
  pattern: 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'crosshatch' | 'vertical';
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#1f4e8c', dash: '', marker: 'circle', pattern: 'solid' },
  { colour: '#b35c00', dash: '10 5', marker: 'square', pattern: 'diagonal' },
  { colour: '#00703c', dash: '3 4', marker: 'triangle', pattern: 'dots' },
  { colour: '#6b2d86', dash: '14 5 3 5', marker: 'diamond', pattern: 'horizontal' },
  { colour: '#a4123f', dash: '6 3', marker: 'triangle-down', pattern: 'crosshatch' },
  { colour: '#0b6e8a', dash: '2 6', marker: 'cross', pattern: 'vertical' },
];

/** The style of the series at `index`; past the palette's end they repeat, told apart by the legend's order. */
export const seriesStyle = (index: number): SeriesStyle => SERIES_STYLES[index % SERIES_STYLES.length]!;

/** Text, axes, bar outlines and reference lines. */
export const INK = '#1b1b1b';
/** Reference lines (a target, a baseline): dark grey, dashed, apart from every series. */
export const REFERENCE = '#4a4a4a';
/** Gridlines only help the eye along; the ticks' labels carry the values, so they may be light. */
export const GRID = '#d0d3d4';
