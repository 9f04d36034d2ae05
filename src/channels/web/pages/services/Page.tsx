import { SERVICE_SEARCH_MAX_LENGTH, type ServiceListView } from '../../../../domains/catalog/index.js';
import { t, type Lang } from '../../../../platform/i18n/index.js';
import { Pagination } from '../../../../ui/components/Pagination/Pagination.js';
import { servicePath } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';
import { local, truncate } from '../../views/text.js';

export function SearchForm({ lang, query }: { lang: Lang; query?: string }) {
  return (
    <form class="search-form" action={`/${lang}/services`} method="get" role="search">
      <label for="q">{t(lang, 'web.home.searchLabel')}</label>
      <p class="meta" id="q-hint">
        {t(lang, 'web.home.searchHint')}
      </p>
      <input
        type="search"
        id="q"
        name="q"
        value={query ?? ''}
        aria-describedby="q-hint"
        maxLength={SERVICE_SEARCH_MAX_LENGTH}
      />
      <button type="submit">{t(lang, 'web.home.searchButton')}</button>
    </form>
  );
}

export interface ServiceListPageProps {
  lang: Lang;
  list: ServiceListView;
}

export function ServiceListPage({ lang, list }: ServiceListPageProps) {
  const { query, total, page, pages } = list;
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
        {list.services.map((service) => (
          <li key={service.id}>
            <h2>
              <a href={servicePath(lang, service.id)}>{local(service.name, lang)}</a>
            </h2>
            {service.summary && <p>{truncate(local(service.summary, lang), 240)}</p>}
            {service.organizationName && (
              <p class="meta">
                {t(lang, 'web.services.by', { organization: local(service.organizationName, lang) })}
              </p>
            )}
          </li>
        ))}
      </ul>
      <Pagination lang={lang} page={page} pages={pages} href={href} />
    </>
  );
}

/** The service list in the site frame; `alternate` is the same list in the other language. */
export function renderServiceListPage(
  lang: Lang,
  list: ServiceListView,
  options: { alternate: string; demo: boolean | undefined },
): string {
  return renderHtml(
    lang,
    t(lang, 'web.services.title'),
    options.alternate,
    <ServiceListPage lang={lang} list={list} />,
    { demo: options.demo, current: 'services' },
  );
}
