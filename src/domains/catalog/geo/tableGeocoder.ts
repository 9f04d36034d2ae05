import type { GeoPlace, Geocoder } from './types.js';

/** `[FSA, latitude, longitude, English name, French name]`. */
export type AreaRow = readonly [fsa: string, lat: number, lon: number, en: string, fr: string];

/**
 * A postal region (the first letter of a postal code) with a rough central point: the fallback for a
 * well-formed postal code whose area is not in the table, so the search still ranks offices by distance.
 */
export type RegionRow = readonly [letter: string, lat: number, lon: number, en: string, fr: string];

/** A named place; `aliases` are other spellings (the names themselves match, without accents). */
export interface PlaceRow {
  en: string;
  fr: string;
  lat: number;
  lon: number;
  aliases?: readonly string[];
}

/** Longer than any postal code or place name: anything past it is not worth reading. */
const MAX_INPUT_LENGTH = 100;

/** A Forward Sortation Area: no D, F, I, O, Q, U anywhere, nor W or Z first (Canada Post's rules). */
export const FSA = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]$/;
/** The Local Delivery Unit, the last three characters. */
const LDU = /^\d[ABCEGHJ-NPRSTV-Z]\d$/;
/** Shaped like a postal code, valid letters or not: such text is never read as a place name. */
const POSTAL_SHAPE = /^[A-Z]\d[A-Z](?:\d[A-Z]\d)?$/;

/**
 * The Forward Sortation Area of a postal code typed any usual way (`k1p 1j1`, `K1P1J1`, `B3J-3A5`,
 * or the FSA alone), or undefined when the text is not a valid postal code.
 */
export function forwardSortationArea(text: string): string | undefined {
  const compact = text.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
  if (!POSTAL_SHAPE.test(compact)) return undefined;
  const fsa = compact.slice(0, 3);
  const ldu = compact.slice(3);
  if (!FSA.test(fsa) || (ldu && !LDU.test(ldu))) return undefined;
  return fsa;
}

/** Place names compared without case, accents, apostrophes or punctuation: `Orléans` = `orleans`. */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface GeocoderTable {
  areas: readonly AreaRow[];
  regions: readonly RegionRow[];
  places: readonly PlaceRow[];
  /** Trailing words naming a province, a territory or the country ("Gatineau, QC"), in `placeKey` form. */
  suffixes: readonly string[];
}

/** A geocoder over a table held in memory: no network, no personal data leaves the process. */
export function createTableGeocoder(table: GeocoderTable): Geocoder {
  const areas = new Map(table.areas.map((row) => [row[0], row]));
  const regions = new Map(table.regions.map((row) => [row[0], row]));
  const places = new Map<string, PlaceRow>();
  for (const place of table.places) {
    for (const name of [place.en, place.fr, ...(place.aliases ?? [])]) {
      const key = placeKey(name);
      // The first row naming a key wins, so the table's order settles homonyms.
      if (key && !places.has(key)) places.set(key, place);
    }
  }
  // Longest first, so `nova scotia` is removed whole rather than leaving `nova`.
  const suffixes = [...table.suffixes].sort((a, b) => b.length - a.length);

  function postal(fsa: string): GeoPlace | undefined {
    const row = areas.get(fsa) ?? regions.get(fsa[0]!);
    if (!row) return undefined;
    const [, lat, lon, en, fr] = row;
    return { label: { en: `${fsa} (${en})`, fr: `${fsa} (${fr})` }, lat, lon, precision: 'postal-area', fsa };
  }

  function named(text: string): GeoPlace | undefined {
    let key = placeKey(text);
    // "Gatineau, QC" or "Halifax Nova Scotia Canada": drop up to three trailing region names.
    for (let dropped = 0; key && dropped <= 3; dropped++) {
      const place = places.get(key);
      if (place)
        return { label: { en: place.en, fr: place.fr }, lat: place.lat, lon: place.lon, precision: 'place' };
      const suffix = suffixes.find((s) => key.endsWith(` ${s}`));
      if (!suffix) return undefined;
      key = key.slice(0, -(suffix.length + 1)).trim();
    }
    return undefined;
  }

  return {
    locate(text: string): GeoPlace | undefined {
      if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH) return undefined;
      // Control characters never belong in what a person types into one line; refuse rather than guess.
      if (/\p{Cc}/u.test(text)) return undefined;
      // Invisible format characters (zero-width spaces, soft hyphens) come with copy and paste: drop them.
      const cleaned = text.replace(/\p{Cf}/gu, '').trim();
      if (!cleaned) return undefined;
      const compact = cleaned.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
      if (POSTAL_SHAPE.test(compact)) {
        const fsa = forwardSortationArea(compact);
        return fsa ? postal(fsa) : undefined;
      }
      return named(cleaned);
    },
  };
}
