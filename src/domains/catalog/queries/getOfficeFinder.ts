import { z } from 'zod';
import { INTERACTION_CHANNELS, recordView } from '../../measurement/index.js';
import type { Db } from '../../../platform/db/index.js';
import { parseInput } from '../../../platform/errors/index.js';
import { LANGUAGES } from '../../../platform/i18n/index.js';
import { builtInGeocoder, type GeoPlace, type Geocoder } from '../geo/index.js';
import { findNearestLocations, NearestLocationsQuery, type NearbyLocation } from './findNearestLocations.js';

/** Longer than any postal code or place name; the geocoder refuses longer text anyway. */
export const OFFICE_SEARCH_MAX_LENGTH = 100;
/** Offices listed per search: enough to choose from, few enough to read. */
export const OFFICE_FINDER_RESULTS = 10;

export const OfficeFinderQuery = z.object({
  /** A postal code or a place name as typed; absent when the form was not submitted. */
  near: z.string().optional(),
  lang: z.enum(LANGUAGES),
  /** Where the visitor is reading: measurement counts views per channel. */
  channel: z.enum(INTERACTION_CHANNELS).default('web'),
  limit: NearestLocationsQuery.shape.limit.default(OFFICE_FINDER_RESULTS),
  /** The instant "open now" and "today" are about, in each office's own time zone. */
  now: z.date().default(() => new Date()),
});
export type OfficeFinderQuery = z.input<typeof OfficeFinderQuery>;

/** Why a search could not be made: nothing typed, or nothing the geocoder knows. */
export type OfficeSearchError = 'empty' | 'notFound';

export interface OfficeFinderView {
  /** What was typed, as one bounded line to show back in the field (empty before a search). */
  query: string;
  /** Whether the form was submitted. */
  searched: boolean;
  error: OfficeSearchError | null;
  /** The place understood; null before a search and when it failed. */
  place: GeoPlace | null;
  /** Nearest first, each with its distance, open now and today's hours where it is. */
  offices: NearbyLocation[];
}

/** The text shown back: one line, bounded by code points (never half a surrogate pair). */
function echo(text: string): string {
  const line = text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cs}/gu, '\ufffd')
    .trim();
  return Array.from(line).slice(0, OFFICE_SEARCH_MAX_LENGTH).join('');
}

/** What measurement may keep of a search: the FSA or our own place name, never what was typed. */
function searchDetail(place: GeoPlace | null, offices: NearbyLocation[]): Record<string, unknown> {
  if (!place) return { results: 0 };
  return place.fsa
    ? { fsa: place.fsa, results: offices.length }
    : { place: place.label.en, results: offices.length };
}

/**
 * The office finder: a postal code or place name becomes a position (the geocoder), then the nearest
 * public offices with their hours. Each search made is recorded, without what was typed.
 */
export async function getOfficeFinder(
  db: Db,
  input: OfficeFinderQuery,
  geocoder: Geocoder = builtInGeocoder,
): Promise<OfficeFinderView> {
  const { near, lang, limit, now, channel } = parseInput(OfficeFinderQuery, input, 'Invalid office search');
  if (near === undefined) return { query: '', searched: false, error: null, place: null, offices: [] };
  const query = echo(near);
  if (!query) return { query, searched: true, error: 'empty', place: null, offices: [] };
  // The geocoder reads the text as sent: it refuses control characters and overlong text itself.
  const place = geocoder.locate(near) ?? null;
  const offices = place
    ? await findNearestLocations(db, { lat: place.lat, lon: place.lon, limit, at: now })
    : [];
  recordView(db, {
    channel,
    kind: 'search',
    lang,
    outcome: offices.length > 0 ? 'found' : 'none',
    detail: searchDetail(place, offices),
  });
  return { query, searched: true, error: place ? null : 'notFound', place, offices };
}
