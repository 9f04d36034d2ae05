import { t, type Lang } from '../../../platform/i18n/index.js';
import { formatDate, formatMoney, languageName } from '../../../ui/format.js';
import { PhoneLink } from '../../../ui/components/PhoneLink/PhoneLink.js';
import type { Location, Organization, Service } from '../../../domains/catalog/index.js';
import type { ClusterSummary } from '../../../domains/clusters/index.js';
import { clusterPath } from '../../http/paths.js';
import { HoursTable } from '../../../ui/components/HoursTable/HoursTable.js';
import { local } from './text.js';
import { CHANNEL_KIND_LABEL, DELIVERY_LABEL } from '../../labels.js';

export interface ServicePageProps {
  lang: Lang;
  service: Service;
  organization: Organization;
  /** The locations of the service's service_at_locations, by id. */
  locations: Map<string, Location>;
  today: string;
  /** The public clusters this service is a step of. */
  partOf?: ClusterSummary[];
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

export function ServicePage({
  lang,
  service,
  organization,
  locations,
  today,
  partOf = [],
}: ServicePageProps) {
  const description = local(service.description, lang);
  const eligibility = local(service.eligibility_description, lang);
  const ages =
    service.minimum_age != null && service.maximum_age != null
      ? t(lang, 'web.service.ages', { min: service.minimum_age, max: service.maximum_age })
      : service.minimum_age != null
        ? t(lang, 'web.service.minAge', { min: service.minimum_age })
        : '';
  const fees = local(service.fees_description, lang);
  const offices = service.service_at_locations
    .map((sal) => ({ sal, location: locations.get(sal.location_id) }))
    .filter(
      (entry): entry is { sal: (typeof service.service_at_locations)[number]; location: Location } =>
        !!entry.location,
    );
  const channels = [...service.channels].sort(
    (a, b) => CHANNEL_ORDER.indexOf(a.kind) - CHANNEL_ORDER.indexOf(b.kind),
  );

  return (
    <article>
      <h1>{local(service.name, lang)}</h1>
      {service.alert && (
        <div class="notice" role="note">
          <strong>{t(lang, 'web.service.alert')}</strong> {local(service.alert, lang)}
        </div>
      )}
      {description && <p class="lead">{description}</p>}
      <p class="meta">
        {t(lang, 'web.service.offeredBy')}{' '}
        {organization.brand_colour && (
          <span class="brand-swatch" style={`background:${organization.brand_colour}`} aria-hidden="true" />
        )}
        <a href={`/${lang}/organizations/${organization.id}`}>{local(organization.name, lang)}</a>
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
            {offices.map(({ sal, location }) => (
              <li key={sal.id}>
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

      {service.application_process && (
        <section aria-labelledby="apply">
          <h2 id="apply">{t(lang, 'web.service.howToApply')}</h2>
          <p>{local(service.application_process, lang)}</p>
        </section>
      )}

      {service.required_documents.length > 0 && (
        <section aria-labelledby="documents">
          <h2 id="documents">{t(lang, 'web.service.documents')}</h2>
          <ul>
            {service.required_documents.map((doc) => (
              <li key={doc.id}>
                {doc.uri ? <a href={doc.uri}>{local(doc.document, lang)}</a> : local(doc.document, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="fees">
        <h2 id="fees">{t(lang, 'web.service.fees')}</h2>
        {service.cost_options.length > 0 ? (
          <ul>
            {service.cost_options.map((cost) => (
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
        {service.cost_options.length > 0 && fees && <p>{fees}</p>}
      </section>

      {service.standards.length > 0 && (
        <section aria-labelledby="standards">
          <h2 id="standards">{t(lang, 'web.service.standards')}</h2>
          <ul>
            {service.standards.map((standard) => (
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

      <p class="meta">
        {service.assured_date
          ? t(lang, 'web.service.lastVerified', { date: formatDate(lang, service.assured_date) })
          : t(lang, 'web.service.notVerified')}
      </p>
    </article>
  );
}

const CHANNEL_ORDER = ['web', 'phone', 'walk_in', 'kiosk', 'mail', 'email'];
