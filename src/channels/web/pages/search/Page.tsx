import type { NeedSearchView } from '../../../../domains/search/index.js';
import { t } from '../../../../platform/i18n/index.js';
import { clusterPath, searchPath, servicePath } from '../../../http/paths.js';
import { searchWhyLine } from '../../../searchWhy.js';
import { renderHtml } from '../../html.js';
import { otherLang } from '../site.js';
import { NeedSearchForm } from './NeedSearchForm.js';

/** Summaries longer than this are cut, so a result list stays a list. */
const SUMMARY_LENGTH = 280;

export function SearchPage({ search, truncated }: { search: NeedSearchView; truncated: boolean }) {
  const { lang, need, hits, corrected, suggestions } = search;
  const exactHref = `${searchPath(lang)}?${new URLSearchParams({ q: need, exact: '1' })}`;
  return (
    <>
      <h1>
        {need ? t(lang, 'clusters.search.resultsFor', { query: need }) : t(lang, 'clusters.search.title')}
      </h1>
      <NeedSearchForm lang={lang} query={need} />
      {truncated && <p class="meta">{t(lang, 'clusters.search.tooLong')}</p>}
      {!need && <p>{t(lang, 'clusters.search.empty')}</p>}
      {corrected.length > 0 && (
        <p class="meta">
          {t(lang, 'clusters.search.understood', { words: corrected.join(' ') })}{' '}
          <a href={exactHref}>{t(lang, 'clusters.search.searchInstead', { query: need })}</a>
        </p>
      )}
      {need && (
        <p role="status">{hits.length === 0 ? t(lang, 'clusters.search.none', { query: need }) : ''}</p>
      )}
      {hits.length > 0 && (
        <ol class="results">
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.ref}`} class={`result result-${hit.kind}`}>
              <p class="meta">
                {t(lang, hit.kind === 'cluster' ? 'clusters.search.situation' : 'clusters.search.service')}
              </p>
              <h2>
                <a
                  href={
                    hit.kind === 'cluster'
                      ? clusterPath(lang, hit.slug ?? hit.ref)
                      : servicePath(lang, hit.ref)
                  }
                >
                  {hit.title}
                </a>
              </h2>
              <p class="meta why">{searchWhyLine(lang, hit.why)}</p>
              {hit.summary && (
                <p>
                  {hit.summary.length > SUMMARY_LENGTH
                    ? `${hit.summary.slice(0, SUMMARY_LENGTH - 3)}…`
                    : hit.summary}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {need && hits.length === 0 && suggestions.length > 0 && (
        <ul>
          {suggestions.map((cluster) => (
            <li key={cluster.key}>
              <a href={clusterPath(lang, cluster.slug[lang])}>{cluster.title}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function renderSearchPage(
  search: NeedSearchView,
  truncated: boolean,
  demo: boolean | undefined,
): string {
  const { lang, need } = search;
  const alternate = `${searchPath(otherLang(lang))}${need ? `?${new URLSearchParams({ q: need })}` : ''}`;
  return renderHtml(
    lang,
    t(lang, 'clusters.search.title'),
    alternate,
    <SearchPage search={search} truncated={truncated} />,
    { demo },
  );
}
