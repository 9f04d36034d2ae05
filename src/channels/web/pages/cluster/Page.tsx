import type { ClusterPageView } from '../../../../domains/clusters/index.js';
import { FeedbackForm } from '../../../../ui/components/FeedbackForm/FeedbackForm.js';
import { ClusterPage } from '../../../../ui/components/ClusterPage/ClusterPage.js';
import { t } from '../../../../platform/i18n/index.js';
import { clusterPath, performancePath, surveyHref } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';
import { clusterItemList, jsonLdText } from '../../views/jsonLd.js';
import { clusterLinks, otherLang } from '../site.js';

/** A cluster page: its schema.org description, the cluster step by step, and "was this page useful?". */
export function renderClusterPage(
  cluster: ClusterPageView,
  options: { origin: string; thanked: boolean; demo: boolean | undefined },
): string {
  const { lang } = cluster;
  const path = clusterPath(lang, cluster.slug[lang]);
  const other = otherLang(lang);
  const jsonLd = jsonLdText(clusterItemList(options.origin, path, cluster));
  return renderHtml(
    lang,
    cluster.title,
    clusterPath(other, cluster.slug[other]),
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ClusterPage lang={lang} cluster={cluster} paths={clusterLinks(lang, cluster.slug[lang])} />
      <p>
        <a href={performancePath(lang, cluster.slug[lang])}>{t(lang, 'results.public.link')}</a>
      </p>
      <FeedbackForm
        lang={lang}
        action={`/${lang}/feedback`}
        page={path}
        thanked={options.thanked}
        surveyHref={surveyHref(lang, path)}
      />
    </>,
    { demo: options.demo },
  );
}
