import type { ClusterKind, ClusterSummary } from '../../../domains/clusters/index.js';
import { queryWords, type SearchHit } from '../../../domains/search/index.js';
import { t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';
import { clusterPath, officesPath, searchPath, servicePath } from '../../http/paths.js';
import { local } from './text.js';
import { CLUSTER_KIND_LABEL } from '../../labels.js';

const KIND_INTRO = {
  'life-event': 'clusters.kindIntro.life-event',
  'business-event': 'clusters.kindIntro.business-event',
  'client-group': 'clusters.kindIntro.client-group',
} as const satisfies Record<ClusterKind, MessageKey>;

/** "What do you need?": the search that reads needs in people's words. */
export function NeedSearchForm({ lang, query, id = 'need' }: { lang: Lang; query?: string; id?: string }) {
  return (
    <form class="search-form" action={searchPath(lang)} method="get" role="search">
      <label for={id}>{t(lang, 'web.home.searchLabel')}</label>
      <p class="meta" id={`${id}-hint`}>
        {t(lang, 'web.home.searchHint')}
      </p>
      <input
        type="search"
        id={id}
        name="q"
        value={query ?? ''}
        aria-describedby={`${id}-hint`}
        maxLength={500}
      />
      <button type="submit">{t(lang, 'web.home.searchButton')}</button>
    </form>
  );
}

const KINDS: ClusterKind[] = ['life-event', 'business-event', 'client-group'];

function ClusterCards({ lang, clusters }: { lang: Lang; clusters: ClusterSummary[] }) {
  return (
    <ul class="card-list clusters">
      {clusters.map((cluster) => (
        <li key={cluster.key}>
          <h3>
            <a href={clusterPath(lang, cluster.slug[lang])}>{local(cluster.title, lang)}</a>
            {cluster.status === 'pilot' && <span class="tag">{t(lang, 'clusters.pilot')}</span>}
          </h3>
          <p>{local(cluster.summary, lang)}</p>
        </li>
      ))}
    </ul>
  );
}

export function HomePage({ lang, clusters }: { lang: Lang; clusters: ClusterSummary[] }) {
  return (
    <>
      <h1>{t(lang, 'web.home.title')}</h1>
      <p class="lead">{t(lang, 'web.home.intro')}</p>
      <NeedSearchForm lang={lang} />
      {KINDS.map((kind) => {
        const ofKind = clusters.filter((cluster) => cluster.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`} id={kind}>
            <h2 id={`${kind}-heading`}>{t(lang, CLUSTER_KIND_LABEL[kind])}</h2>
            <p>{t(lang, KIND_INTRO[kind])}</p>
            <ClusterCards lang={lang} clusters={ofKind} />
          </section>
        );
      })}
      <section aria-labelledby="browse">
        <h2 id="browse">{t(lang, 'web.home.browseHeading')}</h2>
        <ul>
          <li>
            <a href={`/${lang}/services`}>{t(lang, 'web.home.browseServices')}</a>
          </li>
          <li>
            <a href={`/${lang}/organizations`}>{t(lang, 'web.home.browsePartners')}</a>
          </li>
          <li>
            <a href={`/${lang}/${lang === 'en' ? 'governments' : 'gouvernements'}`}>
              {t(lang, 'web.home.browseJurisdictions')}
            </a>
          </li>
          <li>
            <a href={officesPath(lang)}>{t(lang, 'web.home.browseOffices')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}

export interface SearchPageProps {
  lang: Lang;
  query: string;
  hits: SearchHit[];
  understood: string[];
  truncated: boolean;
  clusters: ClusterSummary[];
}

export function SearchPage({ lang, query, hits, understood, truncated, clusters }: SearchPageProps) {
  const typed = query.trim();
  // "Showing results for" only when a word was corrected, not for accents or short words left out.
  const typedWords = new Set(queryWords(typed));
  const corrected = understood.some((word) => !typedWords.has(word)) ? understood.join(' ') : '';
  return (
    <>
      <h1>
        {typed
          ? t(lang, 'clusters.search.resultsFor', { query: typed.slice(0, 200) })
          : t(lang, 'clusters.search.title')}
      </h1>
      <NeedSearchForm lang={lang} query={typed.slice(0, 500)} />
      {truncated && <p class="meta">{t(lang, 'clusters.search.tooLong')}</p>}
      {!typed && <p>{t(lang, 'clusters.search.empty')}</p>}
      {typed && hits.length > 0 && corrected && (
        <p class="meta">{t(lang, 'clusters.search.understood', { words: corrected })}</p>
      )}
      {typed && (
        <p role="status">
          {hits.length === 0 ? t(lang, 'clusters.search.none', { query: typed.slice(0, 200) }) : ''}
        </p>
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
              {hit.summary && (
                <p>{hit.summary.length > 280 ? `${hit.summary.slice(0, 277)}…` : hit.summary}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {typed && hits.length === 0 && clusters.length > 0 && (
        <ul>
          {clusters.map((cluster) => (
            <li key={cluster.key}>
              <a href={clusterPath(lang, cluster.slug[lang])}>{local(cluster.title, lang)}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
