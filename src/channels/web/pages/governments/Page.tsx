import type { JurisdictionListView } from '../../../../domains/catalog/index.js';
import { t, type Lang } from '../../../../platform/i18n/index.js';
import { governmentsPath, organizationPath } from '../../../http/paths.js';
import { LEVEL_LABEL } from '../../../labels.js';
import { renderHtml } from '../../html.js';
import { local } from '../../views/text.js';

/** Partners grouped by level of government: federal, provincial, municipal, Indigenous, community. */
export function JurisdictionsPage({ lang, list }: { lang: Lang; list: JurisdictionListView }) {
  return (
    <>
      <h1>{t(lang, 'clusters.jurisdictions.title')}</h1>
      <p class="lead">{t(lang, 'clusters.jurisdictions.intro')}</p>
      {list.levels.map(({ level, partners }) => (
        <section key={level} aria-labelledby={`level-${level}`}>
          <h2 id={`level-${level}`}>{t(lang, LEVEL_LABEL[level])}</h2>
          <ul>
            {partners.map((partner) => (
              <li key={partner.id}>
                <a href={organizationPath(lang, partner.id)}>{local(partner.name, lang)}</a>{' '}
                <span class="meta">
                  (
                  {partner.services === 1
                    ? t(lang, 'web.home.servicesCountOne')
                    : t(lang, 'web.home.servicesCount', { count: partner.services })}
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

export function renderJurisdictionsPage(
  lang: Lang,
  list: JurisdictionListView,
  options: { demo: boolean | undefined },
): string {
  return renderHtml(
    lang,
    t(lang, 'clusters.jurisdictions.title'),
    governmentsPath(lang === 'en' ? 'fr' : 'en'),
    <JurisdictionsPage lang={lang} list={list} />,
    { demo: options.demo, current: 'organizations' },
  );
}
