import { t, type Lang } from '../../../../platform/i18n/index.js';
import { formatDate, formatMoney, languageName } from '../../../../ui/format.js';
import { FeedbackForm } from '../../../../ui/components/FeedbackForm/FeedbackForm.js';
import type { Location, ServicePageView } from '../../../../domains/catalog/index.js';
import type { PublishedServiceYear, ServicePageWithResults } from '../../../../domains/insights/index.js';
import {
  PublishedResults,
  type PublishedResultsYear,
} from '../../../../ui/components/PublishedResults/PublishedResults.js';
import { clusterPath, organizationPath, servicePath, surveyHref } from '../../../http/paths.js';
import { CHANNEL_KIND_LABEL, DELIVERY_LABEL } from '../../../labels.js';
import { renderHtml } from '../../html.js';
import { HoursTable } from '../../../../ui/components/HoursTable/HoursTable.js';
import { PhoneLink } from '../../../../ui/components/PhoneLink/PhoneLink.js';
import { describeService, jsonLdText } from '../../views/jsonLd.js';
import { local } from '../../views/text.js';

export interface ServicePageProps {
  lang: Lang;
  page: ServicePageView;
  /** The yearly results the department published, newest first; absent when it publishes none. */
  results?: PublishedServiceYear[] | undefined;
}

/** A year of results as the component shows it: each standard named from the service's own standards. */
function resultsYear(lang: Lang, page: ServicePageView, year: PublishedServiceYear): PublishedResultsYear {
  const names = new Map(page.standards.map((standard) => [standard.id, local(standard.name, lang)]));
  return {
    ...year,
    standards: year.standardResults.map((result, i) => ({
      name: names.get(result.standardId) ?? t(lang, 'web.results.unnamedStandard', { number: i + 1 }),
      target: result.target,
      performance: result.performance,
      targetMet: result.targetMet,
    })),
  };
}

function Address({ location }: { location: Location }) {
  const address = location.addresses.find((a) => a.address_type === 'physical') ?? location.addresses[0];
  if (!address) return null;
  return (
    <p>
      {address.address_1}
      {address.address_2 ? `, ${address.address_2}` : ''}
      <br />
      {`${address.city} ${address.state_province}  ${address.postal_code}`}
    </p>
  );
}

export function ServicePage({ lang, page, results }: ServicePageProps) {
  const { organization, partOf, channels, offices, today } = page;
  const description = local(page.summary, lang);
  const eligibility = local(page.eligibility.text, lang);
  const { minimumAge, maximumAge } = page.eligibility;
  const ages =
    minimumAge != null && maximumAge != null
      ? t(lang, 'web.service.ages', { min: minimumAge, max: maximumAge })
      : minimumAge != null
        ? t(lang, 'web.service.minAge', { min: minimumAge })
        : '';
  const fees = local(page.fees.note, lang);

  return (
    <article>
      <h1>{local(page.name, lang)}</h1>
      {page.alert && (
        <div class="notice" role="note">
          <strong>{t(lang, 'web.service.alert')}</strong> {local(page.alert, lang)}
        </div>
      )}
      {description && <p class="lead">{description}</p>}
      <p class="meta">
        {t(lang, 'web.service.offeredBy')}{' '}
        {organization.brandColour && (
          <span class="brand-swatch" style={`background:${organization.brandColour}`} aria-hidden="true" />
        )}
        <a href={organizationPath(lang, organization.id)}>{local(organization.name, lang)}</a>
      </p>
      {partOf.length > 0 && (
        <p class="meta">
          {t(lang, 'clusters.partOf')}
          {lang === 'fr' ? '\u00a0: ' : ': '}
          {partOf.map((cluster, index) => (
            <span key={cluster.key}>
              {index > 0 && ', '}
              <a href={clusterPath(lang, cluster.slug[lang])}>{local(cluster.title, lang)}</a>
            </span>
          ))}
        </p>
      )}

      {(eligibility || ages) && (
        <section aria-labelledby="eligibility">
          <h2 id="eligibility">{t(lang, 'web.service.eligibility')}</h2>
          {eligibility && <p>{eligibility}</p>}
          {ages && <p>{ages}</p>}
        </section>
      )}

      <section aria-labelledby="channels">
        <h2 id="channels">{t(lang, 'web.service.waysToGetIt')}</h2>
        <ul class="channel-list">
          {channels.map((channel) => (
            <li key={channel.id}>
              <h3>
                {t(lang, CHANNEL_KIND_LABEL[channel.kind])}{' '}
                <span class="meta">({t(lang, DELIVERY_LABEL[channel.delivery])})</span>
              </h3>
              {channel.description && <p>{local(channel.description, lang)}</p>}
              {channel.url && (
                <p>
                  <a href={local(channel.url, lang)}>{t(lang, 'web.channel.goOnline')}</a>
                </p>
              )}
              {channel.phone_number && (
                <p>
                  <PhoneLink
                    number={channel.phone_number}
                    label={t(lang, 'web.channel.call', { number: channel.phone_number })}
                  />
                  {channel.tty_number && (
                    <>
                      <br />
                      {t(lang, 'web.channel.tty', { number: channel.tty_number })}
                    </>
                  )}
                </p>
              )}
              {channel.email && (
                <p>
                  <a href={`mailto:${channel.email}`}>
                    {t(lang, 'web.channel.emailTo', { email: channel.email })}
                  </a>
                </p>
              )}
              {channel.mail_address && (
                <>
                  <p>{t(lang, 'web.channel.writeTo')}</p>
                  <address>
                    {channel.mail_address.attention && (
                      <>
                        {channel.mail_address.attention}
                        <br />
                      </>
                    )}
                    {channel.mail_address.address_1}
                    <br />
                    {channel.mail_address.address_2 && (
                      <>
                        {channel.mail_address.address_2}
                        <br />
                      </>
                    )}
                    {`${channel.mail_address.city} ${channel.mail_address.state_province}  ${channel.mail_address.postal_code}`}
                  </address>
                </>
              )}
              {channel.languages.length > 0 && (
                <p class="meta">
                  {t(lang, 'web.channel.languages', {
                    languages: channel.languages.map((code) => languageName(lang, code)).join(', '),
                  })}
                </p>
              )}
              <HoursTable
                lang={lang}
                schedules={channel.hours}
                caption={t(lang, 'web.channel.hours')}
                today={today}
              />
              {channel.kind === 'walk_in' && offices.length > 0 && (
                <p>
                  <a href="#offices">{t(lang, 'web.channel.offices')}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      {offices.length > 0 && (
        <section aria-labelledby="offices">
          <h2 id="offices">{t(lang, 'web.channel.offices')}</h2>
          <ul class="card-list">
            {offices.map(({ id, location }) => (
              <li key={id}>
                <h3>{local(location.name, lang)}</h3>
                <Address location={location} />
                {location.languages.length > 0 && (
                  <p class="meta">
                    {t(lang, 'web.channel.languages', {
                      languages: location.languages
                        .map((l) => (l.code ? languageName(lang, l.code) : local(l.name, lang)))
                        .join(', '),
                    })}
                  </p>
                )}
                <HoursTable
                  lang={lang}
                  schedules={location.schedules}
                  caption={t(lang, 'web.channel.hours')}
                  today={today}
                />
                {location.assured_date && (
                  <p class="meta">
                    {t(lang, 'web.service.lastVerified', { date: formatDate(lang, location.assured_date) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {page.howToApply && (
        <section aria-labelledby="apply">
          <h2 id="apply">{t(lang, 'web.service.howToApply')}</h2>
          <p>{local(page.howToApply, lang)}</p>
        </section>
      )}

      {page.documents.length > 0 && (
        <section aria-labelledby="documents">
          <h2 id="documents">{t(lang, 'web.service.documents')}</h2>
          <ul>
            {page.documents.map((doc) => (
              <li key={doc.id}>
                {doc.uri ? <a href={doc.uri}>{local(doc.document, lang)}</a> : local(doc.document, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="fees">
        <h2 id="fees">{t(lang, 'web.service.fees')}</h2>
        {page.fees.options.length > 0 ? (
          <ul>
            {page.fees.options.map((cost) => (
              <li key={cost.id}>
                {local(cost.option, lang)}
                {cost.amount != null && ` — ${formatMoney(lang, cost.amount, cost.currency ?? 'CAD')}`}
                {cost.amount_description && ` (${local(cost.amount_description, lang)})`}
              </li>
            ))}
          </ul>
        ) : fees ? (
          <p>{fees}</p>
        ) : (
          <p>{t(lang, 'web.service.free')}</p>
        )}
        {page.fees.options.length > 0 && fees && <p>{fees}</p>}
      </section>

      {page.standards.length > 0 && (
        <section aria-labelledby="standards">
          <h2 id="standards">{t(lang, 'web.service.standards')}</h2>
          <ul>
            {page.standards.map((standard) => (
              <li key={standard.id}>
                {local(standard.name, lang)}
                {standard.target != null && (
                  <span class="meta">
                    {' — '}
                    {t(lang, 'web.service.standardTarget', { target: Math.round(standard.target * 100) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {results && results.length > 0 && (
        <PublishedResults lang={lang} years={results.map((year) => resultsYear(lang, page, year))} />
      )}

      <p class="meta">
        {page.assuredDate
          ? t(lang, 'web.service.lastVerified', { date: formatDate(lang, page.assuredDate) })
          : t(lang, 'web.service.notVerified')}
      </p>
    </article>
  );
}

/** The whole service page: its structured data for search engines, the page, and "was this useful?". */
export function renderServicePage(
  lang: Lang,
  { page, results }: ServicePageWithResults,
  options: { origin: string; thanked: boolean; demo: boolean | undefined },
): string {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const jsonLd = jsonLdText({
    '@context': 'https://schema.org',
    ...describeService(
      lang,
      options.origin,
      { id: page.id, name: page.name, description: page.summary, channels: page.channels },
      page.organization,
      page.offices.map((office) => office.location),
    ),
  });
  return renderHtml(
    lang,
    local(page.name, lang),
    servicePath(other, page.id),
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ServicePage lang={lang} page={page} results={results?.years} />
      <FeedbackForm
        lang={lang}
        action={`/${lang}/feedback`}
        page={servicePath(lang, page.id)}
        thanked={options.thanked}
        surveyHref={surveyHref(lang, servicePath(lang, page.id))}
      />
    </>,
    { demo: options.demo, current: 'services' },
  );
}
