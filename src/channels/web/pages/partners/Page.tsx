import type { OrganizationPageView, PartnerListView } from '../../../../domains/catalog/index.js';
import { t, type Lang } from '../../../../platform/i18n/index.js';
import { organizationPath, servicePath } from '../../../http/paths.js';
import { LEVEL_LABEL } from '../../../labels.js';
import { renderHtml } from '../../html.js';
import { local, truncate } from '../../views/text.js';

export function OrganizationListPage({ lang, list }: { lang: Lang; list: PartnerListView }) {
  return (
    <>
      <h1>{t(lang, 'web.organizations.title')}</h1>
      <p class="lead">{t(lang, 'web.organizations.intro')}</p>
      <ul class="card-list">
        {list.partners.map((partner) => (
          <li key={partner.id}>
            <h2>
              {partner.brandColour && (
                <span class="brand-swatch" style={`background:${partner.brandColour}`} aria-hidden="true" />
              )}
              <a href={organizationPath(lang, partner.id)}>{local(partner.name, lang)}</a>
            </h2>
            <p>{truncate(local(partner.description, lang), 240)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function OrganizationPage({ lang, page }: { lang: Lang; page: OrganizationPageView }) {
  const website = local(page.website, lang);
  const { jurisdiction } = page;
  return (
    <>
      <h1>{local(page.name, lang)}</h1>
      <p class="lead">{local(page.description, lang)}</p>
      <dl class="facts">
        {jurisdiction && (
          <>
            <dt>{t(lang, 'web.organizations.jurisdiction')}</dt>
            <dd>
              {local(jurisdiction.name, lang)} ({t(lang, LEVEL_LABEL[jurisdiction.level])})
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
        {page.services.map((service) => (
          <li key={service.id}>
            <h3>
              <a href={servicePath(lang, service.id)}>{local(service.name, lang)}</a>
            </h3>
          </li>
        ))}
      </ul>
    </>
  );
}

export function renderOrganizationListPage(
  lang: Lang,
  list: PartnerListView,
  options: { demo: boolean | undefined },
): string {
  return renderHtml(
    lang,
    t(lang, 'web.organizations.title'),
    `/${lang === 'en' ? 'fr' : 'en'}/organizations`,
    <OrganizationListPage lang={lang} list={list} />,
    { demo: options.demo, current: 'organizations' },
  );
}

export function renderOrganizationPage(
  lang: Lang,
  page: OrganizationPageView,
  options: { demo: boolean | undefined },
): string {
  return renderHtml(
    lang,
    local(page.name, lang),
    organizationPath(lang === 'en' ? 'fr' : 'en', page.id),
    <OrganizationPage lang={lang} page={page} />,
    { demo: options.demo, current: 'organizations' },
  );
}
