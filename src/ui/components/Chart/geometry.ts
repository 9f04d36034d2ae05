/** The SVG's own units: the chart is drawn 640 wide and scales to its container (viewBox, width 100%). */
export const WIDTH = 640;
/**
 * Text size in the SVG's units. The style sheet never lets the SVG shrink below 480 CSS pixels (3/4 of its
 * width), so text stays at least 12 pixels; a narrower screen scrolls the chart sideways instead.
 */
export const FONT_SIZE = 16;

/** A rough width of `text` at the chart's size, to leave room for labels without measuring them. */
export const textWidth = (text: string, size = FONT_SIZE) => text.length * size * 0.56;

/** Maps a value between `d0` and `d1` onto `r0` to `r1`. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** A label broken at spaces into lines of at most `width` characters (a long word keeps its own line). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/** Coordinates written short, so the markup stays small. */
export const r = (n: number) => Math.round(n * 10) / 10;
