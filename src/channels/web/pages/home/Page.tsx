import type { ClusterCardView, ClusterKind, HomePageView } from '../../../../domains/clusters/index.js';
import { t, type Lang, type MessageKey } from '../../../../platform/i18n/index.js';
import { clusterPath, officesPath } from '../../../http/paths.js';
import { CLUSTER_KIND_LABEL } from '../../../labels.js';
import { renderHtml } from '../../html.js';
import { NeedSearchForm } from '../search/NeedSearchForm.js';
import { otherLang } from '../site.js';

const KIND_INTRO = {
  'life-event': 'clusters.kindIntro.life-event',
  'business-event': 'clusters.kindIntro.business-event',
  'client-group': 'clusters.kindIntro.client-group',
} as const satisfies Record<ClusterKind, MessageKey>;

export function ClusterCards({ lang, clusters }: { lang: Lang; clusters: readonly ClusterCardView[] }) {
  return (
    <ul class="card-list clusters">
      {clusters.map((cluster) => (
        <li key={cluster.key}>
          <h3>
            <a href={clusterPath(lang, cluster.slug[lang])}>{cluster.title}</a>
            {cluster.status === 'pilot' && <span class="tag">{t(lang, 'clusters.pilot')}</span>}
          </h3>
          <p>{cluster.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function HomePage({ home }: { home: HomePageView }) {
  const { lang } = home;
  return (
    <>
      <h1>{t(lang, 'web.home.title')}</h1>
      <p class="lead">{t(lang, 'web.home.intro')}</p>
      <NeedSearchForm lang={lang} />
      {home.groups.map(({ kind, clusters }) => (
        <section key={kind} aria-labelledby={`${kind}-heading`} id={kind}>
          <h2 id={`${kind}-heading`}>{t(lang, CLUSTER_KIND_LABEL[kind])}</h2>
          <p>{t(lang, KIND_INTRO[kind])}</p>
          <ClusterCards lang={lang} clusters={clusters} />
        </section>
      ))}
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

export function renderHomePage(home: HomePageView, demo: boolean | undefined): string {
  const { lang } = home;
  return renderHtml(lang, t(lang, 'web.home.title'), `/${otherLang(lang)}`, <HomePage home={home} />, {
    demo,
    current: 'home',
  });
}
