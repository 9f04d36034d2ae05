import {
  OFFICE_SEARCH_MAX_LENGTH,
  type geo,
  type Location,
  type NearbyLocation,
  type OfficeFinderView,
  type OfficeSearchError,
} from '../../../../domains/catalog/index.js';
import { t, type Lang, type MessageKey } from '../../../../platform/i18n/index.js';
import { formatTime, languageName } from '../../../../ui/format.js';
import { officesPath, servicePath } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';
import { HoursTable } from '../../../../ui/components/HoursTable/HoursTable.js';
import { PhoneLink } from '../../../../ui/components/PhoneLink/PhoneLink.js';
import { ErrorSummary } from '../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../ui/components/FieldError/FieldError.js';
import { local } from '../../views/text.js';

const SEARCH_ERROR_TEXT = {
  empty: 'offices.errors.empty',
  notFound: 'offices.errors.notFound',
} as const satisfies Record<OfficeSearchError, MessageKey>;

export interface OfficeFinderPageProps {
  lang: Lang;
  finder: OfficeFinderView;
}

const FIELD_ID = 'near';

/** `1.2 km` / `1,2 km`: one decimal below 100 km, whole kilometres beyond. */
export function formatDistance(lang: Lang, km: number): string {
  const digits = km < 100 ? 1 : 0;
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(km);
  return `${number}\u00a0km`;
}

/** The office finder: the form, then (after a search) the nearest offices with their hours and services. */
export function OfficeFinderPage({ lang, finder }: OfficeFinderPageProps) {
  const { query, error, place, offices } = finder;
  const errorId = `${FIELD_ID}-error`;
  const hintId = `${FIELD_ID}-hint`;
  const message = error ? t(lang, SEARCH_ERROR_TEXT[error]) : '';
  return (
    <>
      <h1>{t(lang, 'offices.title')}</h1>
      <ErrorSummary
        heading={t(lang, 'offices.errors.heading')}
        problems={error ? [{ target: FIELD_ID, text: message }] : []}
      />
      <p>{t(lang, 'offices.intro')}</p>
      <form method="get" action={officesPath(lang)} class="office-search" role="search">
        <div class={`field${error ? ' field-invalid' : ''}`}>
          <label for={FIELD_ID}>{t(lang, 'offices.form.label')}</label>
          <p class="meta" id={hintId}>
            {t(lang, 'offices.form.hint')}
          </p>
          {error && <FieldError lang={lang} id={errorId} message={message} />}
          <div class="office-search-row">
            <input
              id={FIELD_ID}
              name="near"
              type="text"
              class="input-medium"
              value={query}
              maxLength={OFFICE_SEARCH_MAX_LENGTH}
              autoComplete="postal-code"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            />
            <button type="submit">{t(lang, 'offices.form.submit')}</button>
          </div>
        </div>
      </form>
      {place && <Results lang={lang} place={place} offices={offices} />}
    </>
  );
}

function Results({ lang, place, offices }: { lang: Lang; place: geo.GeoPlace; offices: NearbyLocation[] }) {
  const label = local(place.label, lang);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t(lang, 'offices.results.heading', { place: label })}</h2>
      {offices.length === 0 ? (
        <p>{t(lang, 'offices.results.none')}</p>
      ) : (
        <>
          <p class="meta">
            {place.precision === 'postal-area'
              ? t(lang, 'offices.results.fromPostalArea')
              : t(lang, 'offices.results.fromPlace', { place: label })}
          </p>
          <ol class="card-list office-list">
            {offices.map((office) => (
              <Office key={office.location.id} lang={lang} office={office} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function physicalAddress(location: Location) {
  return location.addresses.find((a) => a.address_type === 'physical') ?? location.addresses[0];
}

function todayText(lang: Lang, office: NearbyLocation): string {
  const { today } = office;
  if (today.closedAllDay) {
    const reason = local(today.closure, lang);
    return reason
      ? t(lang, 'offices.office.todayClosedFor', { reason })
      : t(lang, 'offices.office.todayClosed');
  }
  if (today.spans.length === 0) return t(lang, 'offices.office.todayClosed');
  const hours = today.spans
    .map((span) =>
      t(lang, 'offices.office.span', {
        opens: formatTime(lang, span.opens),
        closes: formatTime(lang, span.closes),
      }),
    )
    .join(', ');
  return t(lang, 'offices.office.today', { hours });
}

function Office({ lang, office }: { lang: Lang; office: NearbyLocation }) {
  const { location } = office;
  const address = physicalAddress(location);
  const name = local(location.name, lang) || address?.address_1 || location.id;
  const phone = location.phones[0];
  const services = [...office.services].sort((a, b) =>
    local(a.name, lang).localeCompare(local(b.name, lang), lang === 'en' ? 'en-CA' : 'fr-CA'),
  );
  const languages = office.languages
    .map((l) => (l.name ? local(l.name, lang) : l.code ? languageName(lang, l.code) : ''))
    .filter(Boolean);
  const status: { key: MessageKey; modifier: string } =
    office.openNow === null
      ? { key: 'offices.office.hoursUnknown', modifier: 'unknown' }
      : office.openNow
        ? { key: 'offices.office.openNow', modifier: 'open' }
        : { key: 'offices.office.closedNow', modifier: 'closed' };
  return (
    <li class="office">
      <h3>{name}</h3>
      <p class="office-facts">
        <strong class={`office-status office-status-${status.modifier}`}>{t(lang, status.key)}</strong>
        <span class="office-distance">
          {t(lang, 'offices.office.distance', { distance: formatDistance(lang, office.distanceKm) })}
        </span>
        {office.frenchService && <span class="tag office-french">{t(lang, 'offices.office.french')}</span>}
      </p>
      {office.openNow !== null && <p>{todayText(lang, office)}</p>}
      {address && (
        <p>
          {address.address_1}
          {address.address_2 ? `, ${address.address_2}` : ''}
          <br />
          {`${address.city} ${address.state_province}  ${address.postal_code}`}
        </p>
      )}
      {phone && (
        <p>
          {t(lang, 'offices.office.phone')} <PhoneLink number={phone.number} />
        </p>
      )}
      {languages.length > 0 && (
        <p class="meta">{t(lang, 'offices.office.languages', { languages: languages.join(', ') })}</p>
      )}
      <HoursTable
        lang={lang}
        schedules={location.schedules}
        caption={t(lang, 'offices.office.hours')}
        today={office.today.date}
      />
      {services.length > 0 && (
        <>
          <h4>{t(lang, 'offices.office.services')}</h4>
          <ul class="office-services">
            {services.map((service) => (
              <li key={service.id}>
                <a href={servicePath(lang, service.id)}>{local(service.name, lang)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The office finder in the site frame: 400 with the error summary when the search could not be made. */
export function renderOfficeFinderPage(
  lang: Lang,
  finder: OfficeFinderView,
  options: { demo: boolean | undefined },
): string {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const alternate = finder.searched
    ? `${officesPath(other)}?near=${encodeURIComponent(finder.query)}`
    : officesPath(other);
  const title = t(lang, 'offices.title');
  return renderHtml(
    lang,
    finder.error ? t(lang, 'offices.errors.title', { title }) : title,
    alternate,
    <OfficeFinderPage lang={lang} finder={finder} />,
    { demo: options.demo, current: 'offices' },
  );
}
