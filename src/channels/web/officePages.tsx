import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findNearestLocations, geo, type NearbyLocation } from '../../domains/catalog/index.js';
import { recordInteraction } from '../../domains/measurement/index.js';
import { LANGUAGES, t, type Lang } from '../../platform/i18n/index.js';
import { officesPath } from '../http/paths.js';
import { renderHtml } from './html.js';
import { OfficeFinderPage, type OfficeSearchError } from './views/OfficeFinderPage.js';

/** Offices listed per search: enough to choose from, few enough to read. */
const RESULTS = 10;
/** Longer than any postal code or place name; the geocoder refuses longer text anyway. */
const ECHO_LIMIT = 100;

/** `near` as given (the first one when repeated), or undefined when the form was not submitted. */
function nearParam(request: FastifyRequest): string | undefined {
  const raw = (request.query as Record<string, unknown>).near;
  const value = Array.isArray(raw) ? raw.find((item) => typeof item === 'string') : raw;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The text shown back in the field and carried by the language toggle: one line, bounded by code
 * points (never half a surrogate pair, which encodeURIComponent would refuse).
 */
function echo(text: string): string {
  const line = text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cs}/gu, '\ufffd')
    .trim();
  return Array.from(line).slice(0, ECHO_LIMIT).join('');
}

/** What measurement may keep of a search: the FSA or our own place name, never what was typed. */
function searchDetail(place: geo.GeoPlace | undefined, offices: NearbyLocation[]): Record<string, unknown> {
  if (!place) return { results: 0 };
  return place.fsa
    ? { fsa: place.fsa, results: offices.length }
    : { place: place.label.en, results: offices.length };
}

/** The office finder: GET /en/offices and /fr/bureaux, `?near=` a postal code or a place name. */
export async function officePages(app: FastifyInstance): Promise<void> {
  const db = app.deps.db;

  for (const lang of LANGUAGES) {
    const other: Lang = lang === 'en' ? 'fr' : 'en';

    app.get(officesPath(lang), { schema: { hide: true } }, async (request, reply) => {
      const raw = nearParam(request);
      const query = raw === undefined ? '' : echo(raw);
      let error: OfficeSearchError | undefined;
      let place: geo.GeoPlace | undefined;
      let offices: NearbyLocation[] = [];

      if (raw !== undefined) {
        if (!query) {
          error = 'empty';
        } else {
          // The geocoder reads the text as sent: it refuses control characters and overlong text itself.
          place = geo.builtInGeocoder.locate(raw);
          if (place) {
            offices = await findNearestLocations(db, {
              lat: place.lat,
              lon: place.lon,
              limit: RESULTS,
              at: new Date(),
            });
          } else {
            error = 'notFound';
          }
          await recordInteraction(db, {
            channel: 'web',
            kind: 'search',
            lang,
            outcome: offices.length > 0 ? 'found' : 'none',
            detail: searchDetail(place, offices),
          });
        }
      }

      const alternate =
        raw === undefined ? officesPath(other) : `${officesPath(other)}?near=${encodeURIComponent(query)}`;
      const title = t(lang, 'offices.title');
      return reply
        .status(error ? 400 : 200)
        .type('text/html; charset=utf-8')
        .send(
          renderHtml(
            lang,
            error ? t(lang, 'offices.errors.title', { title }) : title,
            alternate,
            <OfficeFinderPage lang={lang} query={query} error={error} place={place} offices={offices} />,
            { demo: app.deps.demoData, current: 'offices' },
          ),
        );
    });
  }
}
