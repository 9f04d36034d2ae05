import { t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';
import { Pagination } from '../../../ui/components/Pagination/Pagination.js';
import type { Organization, Service } from '../../../domains/catalog/index.js';
import { NeedSearchForm } from './NeedPages.js';
import { local } from './text.js';
import { isLabelled, LEVEL_LABEL } from '../../labels.js';

/** The words of the access problem page, by the error code that led there. */
export const ACCESS_TEXT = {
  FORBIDDEN: { title: 'web.access.FORBIDDEN.title', body: 'web.access.FORBIDDEN.body' },
  CSRF_FAILED: { title: 'web.access.CSRF_FAILED.title', body: 'web.access.CSRF_FAILED.body' },
  UNAUTHENTICATED: { title: 'web.access.UNAUTHENTICATED.title', body: 'web.access.UNAUTHENTICATED.body' },
} as const satisfies Record<
  'FORBIDDEN' | 'CSRF_FAILED' | 'UNAUTHENTICATED',
  { title: MessageKey; body: MessageKey }
>;

export interface JurisdictionSummary {
  id: string;
  level: string;
  name: { en: string; fr: string };
}

export function SearchForm({ lang, query }: { lang: Lang; query?: string }) {
  return (
    <form class="search-form" action={`/${lang}/services`} method="get" role="search">
      <label for="q">{t(lang, 'web.home.searchLabel')}</label>
      <p class="meta" id="q-hint">
        {t(lang, 'web.home.searchHint')}
      </p>
      <input type="search" id="q" name="q" value={query ?? ''} aria-describedby="q-hint" maxLength={500} />
      <button type="submit">{t(lang, 'web.home.searchButton')}</button>
    </form>
  );
}

export interface JurisdictionsPageProps {
  lang: Lang;
  partners: { organization: Organization; jurisdiction?: JurisdictionSummary; services: number }[];
}

const LEVEL_ORDER = ['federal', 'provincial', 'territorial', 'municipal', 'indigenous', 'ngo'] as const;

/** Partners grouped by level of government: federal, provincial, municipal, Indigenous, community. */
export function JurisdictionsPage({ lang, partners }: JurisdictionsPageProps) {
  const byLevel = new Map<string, JurisdictionsPageProps['partners']>();
  for (const partner of partners) {
    const level = partner.jurisdiction?.level ?? 'ngo';
    byLevel.set(level, [...(byLevel.get(level) ?? []), partner]);
  }
  return (
    <>
      <h1>{t(lang, 'clusters.jurisdictions.title')}</h1>
      <p class="lead">{t(lang, 'clusters.jurisdictions.intro')}</p>
      {LEVEL_ORDER.filter((level) => byLevel.has(level)).map((level) => (
        <section key={level} aria-labelledby={`level-${level}`}>
          <h2 id={`level-${level}`}>{t(lang, LEVEL_LABEL[level])}</h2>
          <ul>
            {byLevel.get(level)!.map(({ organization, services }) => (
              <li key={organization.id}>
                <a href={`/${lang}/organizations/${organization.id}`}>{local(organization.name, lang)}</a>{' '}
                <span class="meta">
                  (
                  {services === 1
                    ? t(lang, 'web.home.servicesCountOne')
                    : t(lang, 'web.home.servicesCount', { count: services })}
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export interface ServiceListPageProps {
  lang: Lang;
  query: string;
  services: Service[];
  organizations: Map<string, Organization>;
  total: number;
  page: number;
  pages: number;
}

export function ServiceListPage({
  lang,
  query,
  services,
  organizations,
  total,
  page,
  pages,
}: ServiceListPageProps) {
  const href = (p: number) =>
    `/${lang}/services?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(p) })}`;
  return (
    <>
      <h1>{t(lang, 'web.services.title')}</h1>
      <SearchForm lang={lang} query={query} />
      <p role="status">
        {query
          ? total
            ? t(lang, total === 1 ? 'web.services.resultsForOne' : 'web.services.resultsFor', {
                count: total,
                query,
              })
            : t(lang, 'web.services.none', { query })
          : t(lang, total === 1 ? 'web.services.allOne' : 'web.services.all', { count: total })}
      </p>
      <ul class="card-list">
        {services.map((service) => {
          const organization = organizations.get(service.organization_id);
          return (
            <li key={service.id}>
              <h2>
                <a href={`/${lang}/services/${service.id}`}>{local(service.name, lang)}</a>
              </h2>
              {service.description && <p>{truncate(local(service.description, lang), 240)}</p>}
              {organization && (
                <p class="meta">
                  {t(lang, 'web.services.by', { organization: local(organization.name, lang) })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <Pagination lang={lang} page={page} pages={pages} href={href} />
    </>
  );
}

export interface OrganizationListPageProps {
  lang: Lang;
  organizations: Organization[];
}

export function OrganizationListPage({ lang, organizations }: OrganizationListPageProps) {
  return (
    <>
      <h1>{t(lang, 'web.organizations.title')}</h1>
      <p class="lead">{t(lang, 'web.organizations.intro')}</p>
      <ul class="card-list">
        {organizations.map((organization) => (
          <li key={organization.id}>
            <h2>
              {organization.brand_colour && (
                <span
                  class="brand-swatch"
                  style={`background:${organization.brand_colour}`}
                  aria-hidden="true"
                />
              )}
              <a href={`/${lang}/organizations/${organization.id}`}>{local(organization.name, lang)}</a>
            </h2>
            <p>{truncate(local(organization.description, lang), 240)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export interface OrganizationPageProps {
  lang: Lang;
  organization: Organization;
  jurisdiction?: JurisdictionSummary;
  services: Service[];
}

export function OrganizationPage({ lang, organization, jurisdiction, services }: OrganizationPageProps) {
  const website = local(organization.website, lang);
  return (
    <>
      <h1>{local(organization.name, lang)}</h1>
      <p class="lead">{local(organization.description, lang)}</p>
      <dl class="facts">
        {jurisdiction && (
          <>
            <dt>{t(lang, 'web.organizations.jurisdiction')}</dt>
            <dd>
              {local(jurisdiction.name, lang)} (
              {isLabelled(LEVEL_LABEL, jurisdiction.level)
                ? t(lang, LEVEL_LABEL[jurisdiction.level])
                : jurisdiction.level}
              )
            </dd>
          </>
        )}
        {website && (
          <>
            <dt>{t(lang, 'web.organizations.website')}</dt>
            <dd>
              <a href={website}>{website}</a>
            </dd>
          </>
        )}
      </dl>
      <h2>{t(lang, 'web.organizations.services')}</h2>
      <ul class="card-list">
        {services.map((service) => (
          <li key={service.id}>
            <h3>
              <a href={`/${lang}/services/${service.id}`}>{local(service.name, lang)}</a>
            </h3>
          </li>
        ))}
      </ul>
    </>
  );
}

export function NotFoundPage({ lang }: { lang: Lang }) {
  return (
    <>
      <h1>{t(lang, 'web.notFound.title')}</h1>
      <p>{t(lang, 'web.notFound.body')}</p>
      <p>{t(lang, 'web.notFound.search')}</p>
      <NeedSearchForm lang={lang} />
    </>
  );
}

export function ErrorPage({ lang }: { lang: Lang }) {
  return (
    <>
      <h1>{t(lang, 'web.error.title')}</h1>
      <p>{t(lang, 'web.error.body')}</p>
    </>
  );
}

/** Why a request was refused, and the way forward: sign in again or go back. */
export function AccessProblemPage({
  lang,
  code,
  path,
  signedIn,
}: {
  lang: Lang;
  code: keyof typeof ACCESS_TEXT;
  path: string;
  signedIn?: boolean;
}) {
  return (
    <>
      <h1>{t(lang, ACCESS_TEXT[code].title)}</h1>
      <p>{t(lang, ACCESS_TEXT[code].body)}</p>
      <p>
        {signedIn ? (
          <a href={`/${lang}/${lang === 'en' ? 'manage' : 'gestion'}`}>{t(lang, 'web.access.backOffice')}</a>
        ) : (
          <a
            href={`/${lang}/${lang === 'en' ? 'sign-in' : 'connexion'}?return_to=${encodeURIComponent(path)}`}
          >
            {t(lang, 'web.access.signIn')}
          </a>
        )}
      </p>
    </>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
