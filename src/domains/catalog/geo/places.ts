/**
 * The built-in geocoder's table, kept as data in `data/reference/places/` (Stitch's own, see its README):
 * Forward Sortation Areas (the first three characters of a postal code), postal regions (the first letter)
 * and place names, each with an approximate centre, and the region names a place may be followed by.
 * Read and checked once, when the module loads: a row that does not fit stops start-up, naming the file
 * and line.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readReferenceCsv, referenceDataPath } from '../../../platform/reference/index.js';
import { createTableGeocoder, FSA, placeKey, type GeocoderTable } from './tableGeocoder.js';
import type { Geocoder } from './types.js';

/** Canada lies within these bounds: a swapped or mistyped coordinate falls outside. */
const latitude = z.coerce.number().min(41.6).max(83.2);
const longitude = z.coerce.number().min(-141.1).max(-52.6);
const name = z.string().trim().min(1);

const PostalArea = z
  .object({
    fsa: z.string().regex(FSA, 'a Forward Sortation Area'),
    lat: latitude,
    lon: longitude,
    name_en: name,
    name_fr: name,
  })
  .transform((row) => [row.fsa, row.lat, row.lon, row.name_en, row.name_fr] as const);

const PostalRegion = z
  .object({
    letter: z.string().regex(/^[ABCEGHJ-NPRSTVXY]$/, 'a postal region letter'),
    lat: latitude,
    lon: longitude,
    name_en: name,
    name_fr: name,
  })
  .transform((row) => [row.letter, row.lat, row.lon, row.name_en, row.name_fr] as const);

const Place = z
  .object({ name_en: name, name_fr: name, lat: latitude, lon: longitude, aliases: z.string() })
  .transform((row) => {
    const aliases = row.aliases
      .split('|')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '');
    return {
      en: row.name_en,
      fr: row.name_fr,
      lat: row.lat,
      lon: row.lon,
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  });

const RegionSuffix = z
  .object({
    suffix: z
      .string()
      .refine(
        (suffix) => suffix !== '' && placeKey(suffix) === suffix,
        'in matching form (lower case, no accents or punctuation)',
      ),
  })
  .transform((row) => row.suffix);

/** Reads a geocoder table from a folder laid out as `data/reference/places/`. */
export function readGeocoderTable(folder: string): GeocoderTable {
  const rows = <S extends z.ZodType>(file: string, schema: S) => readReferenceCsv(join(folder, file), schema);
  return {
    areas: rows('postal-areas.csv', PostalArea),
    regions: rows('postal-regions.csv', PostalRegion),
    places: rows('places.csv', Place),
    suffixes: rows('region-suffixes.csv', RegionSuffix),
  };
}

/** Stitch's own table of postal areas and places. */
export const BUILT_IN_TABLE: GeocoderTable = readGeocoderTable(referenceDataPath('places'));

/** The geocoder over the built-in table. */
export const builtInGeocoder: Geocoder = createTableGeocoder(BUILT_IN_TABLE);
