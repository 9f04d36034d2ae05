import type { LocalizedText } from '../../../platform/i18n/index.js';

/** A place a visitor typed, as the geocoder understood it. */
export interface GeoPlace {
  /** What was understood, to show back: `K1P (Ottawa Centre)`, `Orléans`. */
  label: LocalizedText;
  lat: number;
  lon: number;
  /** `postal-area`: the approximate centre of a Forward Sortation Area; `place`: a named city or district. */
  precision: 'postal-area' | 'place';
  /** The Forward Sortation Area (`K1P`) when the text was a postal code: the only part worth recording. */
  fsa?: string;
}

/** Turns what a visitor typed (a postal code or a place name) into a position. Never throws. */
export interface Geocoder {
  locate(text: string): GeoPlace | undefined;
}
