/** Where things are: the geocoder (postal codes and place names to positions), distances and time zones. */
export type { GeoPlace, Geocoder } from './types.js';
export { createTableGeocoder, forwardSortationArea, placeKey } from './tableGeocoder.js';
export type { GeocoderTable } from './tableGeocoder.js';
export { builtInGeocoder, readGeocoderTable } from './places.js';
export { EARTH_RADIUS_KM, haversineKm } from './distance.js';
export { isTimeZone, provinceTimeZone } from './timeZones.js';
