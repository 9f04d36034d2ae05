/**
 * Cell-level cleaning for the GC Service Inventory. Display text is cleaned; figures keep their raw cell
 * beside the parsed value, so `ND` (no data), `NA` (not applicable) and an empty cell stay distinguishable.
 */

/** What a figure cell held. `value` is set only for `number`. */
export type FigureStatus = 'number' | 'no_data' | 'not_applicable' | 'empty' | 'invalid';

export interface Figure {
  value: number | null;
  raw: string;
  status: FigureStatus;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
/** `1,234` or `1 234` (thousands separators): read as a number, noted by the caller. */
const GROUPED = /^-?\d{1,3}([, \u00a0\u202f]\d{3})+(\.\d+)?$/;

export function parseFigure(raw: string | undefined): Figure {
  const cell = raw ?? '';
  const text = cell.trim();
  if (text === '') return { value: null, raw: cell, status: 'empty' };
  const upper = text.toUpperCase();
  if (upper === 'ND') return { value: null, raw: cell, status: 'no_data' };
  if (upper === 'NA' || upper === 'N/A') return { value: null, raw: cell, status: 'not_applicable' };
  if (NUMBER.test(text)) return { value: Number(text), raw: cell, status: 'number' };
  if (GROUPED.test(text))
    return { value: Number(text.replace(/[, \u00a0\u202f]/g, '')), raw: cell, status: 'number' };
  return { value: null, raw: cell, status: 'invalid' };
}

/** True when the figure was written with thousands separators (worth a note). */
export const isGrouped = (figure: Figure) => figure.status === 'number' && !NUMBER.test(figure.raw.trim());

const EXCEL_CR = /_x000D_/gi;

/** Multi-line display text: Excel `_x000D_` artefacts and CRs removed, lines trimmed, blank runs collapsed. */
export function cleanText(raw: string | undefined): string {
  if (!raw) return '';
  return raw
    .replace(EXCEL_CR, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One-line display text (names): newlines become spaces. */
export function cleanLine(raw: string | undefined): string {
  return cleanText(raw).replace(/\s*\n\s*/g, ' ');
}

/** True when the raw cell needed cleaning that changed more than surrounding whitespace. */
export function hadArtefacts(raw: string | undefined): boolean {
  return !!raw && /_x000D_|\r/i.test(raw);
}

/** `eml,fax, ONL` → `['eml', 'fax', 'onl']`: lower-cased, de-duplicated, blanks dropped. */
export function splitCodes(raw: string | undefined): string[] {
  if (!raw) return [];
  const codes = raw
    .split(/[,;|]/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
  return [...new Set(codes)];
}

/**
 * A list of names. The 2024 files quote each name (`'A', 'B'`, or `"d'innovation"` when it holds an
 * apostrophe); the older files join them with a bare comma (`A,B`) while a name's own commas are followed
 * by a space (`Energy, Mining and Environment`).
 */
export function splitNames(raw: string | undefined): string[] {
  const text = cleanLine(raw);
  if (!text) return [];
  if (/^['"]/.test(text)) {
    const names: string[] = [];
    const quoted = /\s*(['"])(.*?)\1\s*(?:,|$)/gy;
    let match: RegExpExecArray | null;
    let end = 0;
    while ((match = quoted.exec(text)) !== null) {
      names.push(match[2]!.trim());
      end = quoted.lastIndex;
      if (end >= text.length) break;
    }
    if (end >= text.length && names.length > 0) return names.filter((name) => name !== '');
  }
  return text
    .split(/,(?=\S)/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** An http(s) address, or null for the placeholders the files use (`N/A`, `Unavailable`, `Yes`, `http://`). */
export function cleanUrl(raw: string | undefined): string | null {
  const text = cleanLine(raw).split(/\s+/)[0] ?? '';
  if (!text) return null;
  const candidate = /^www\./i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.')) return null;
    return candidate;
  } catch {
    return null;
  }
}

/**
 * A target or performance as a share (0–1). The 2016–2020 files write percentages (`80`, `99.9`), the 2024
 * files fractions (`0.8`); `percent` says which scale the file uses. A 2024 value above 1 is a percentage
 * written in the wrong scale and is divided too.
 */
export function toShare(figure: Figure, percent: boolean): number | null {
  if (figure.value === null) return null;
  const share = percent || figure.value > 1 ? figure.value / 100 : figure.value;
  return share >= 0 && share <= 1 ? Math.round(share * 1e6) / 1e6 : null;
}

/** `Agriculture and Agri-Food Canada` → `agriculture and agri food canada`: accents, case, punctuation folded. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Service and standard ids as keys: `aafc-aac - 10` → `aafc-aac-10`; `SRV02975` and `1548` unchanged. */
export function normaliseId(raw: string): string {
  return raw
    .trim()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, '_');
}
