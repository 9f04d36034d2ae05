import type { ClusterWork } from '../../../../../domains/clusters/index.js';
import { t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { formatDate } from '../../../../../ui/format.js';
import { local } from '../../../views/text.js';
import { clusterManagePath } from './paths.js';
import { CLUSTER_STATUS_LABEL, REQUEST_STATE_LABEL } from '../../../../labels.js';

const WARNING_TEXT = {
  expires: 'governance.warnings.expires',
  review: 'governance.warnings.review',
} as const satisfies Record<ClusterWork['warnings'][number]['reason'], MessageKey>;

/** Partnership names by key, in the page's language. */
export type PartnershipNames = Map<string, string>;

/** The warning banner: agreements of the person's partnerships that end or are due for review soon. */
export function AgreementWarnings(props: {
  lang: Lang;
  warnings: ClusterWork['warnings'];
  partnerships: PartnershipNames;
}) {
  const { lang, warnings } = props;
  if (!warnings.length) return null;
  return (
    <section class="callout agreement-warnings" aria-labelledby="agreement-warnings-heading">
      <h2 id="agreement-warnings-heading">{t(lang, 'governance.warnings.heading')}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.agreement.id}-${warning.reason}`}>
            {t(lang, WARNING_TEXT[warning.reason], {
              partnership: props.partnerships.get(warning.partnership_key) ?? warning.partnership_key,
              date: formatDate(lang, warning.due_on),
              days: warning.days_left,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ClusterListPage(props: { lang: Lang; work: ClusterWork; partnerships: PartnershipNames }) {
  const { lang, work } = props;
  return (
    <>
      <h1>{t(lang, 'governance.list.title')}</h1>
      <p>{t(lang, 'governance.list.intro')}</p>
      <AgreementWarnings lang={lang} warnings={work.warnings} partnerships={props.partnerships} />
      {work.clusters.length === 0 ? (
        <p>{t(lang, 'governance.list.none')}</p>
      ) : (
        <table class="data-table">
          <caption>{t(lang, 'governance.list.caption', { count: work.clusters.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'governance.list.cluster')}</th>
              <th scope="col">{t(lang, 'governance.list.status')}</th>
              <th scope="col">{t(lang, 'governance.list.version')}</th>
              <th scope="col">{t(lang, 'governance.list.partnership')}</th>
              <th scope="col">{t(lang, 'governance.list.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {work.clusters.map((cluster) => (
              <tr key={cluster.key}>
                <th scope="row">
                  <a href={clusterManagePath(lang, cluster.key)}>{local(cluster.title, lang)}</a>
                </th>
                <td>{t(lang, CLUSTER_STATUS_LABEL[cluster.status])}</td>
                <td>{cluster.published_version ?? t(lang, 'governance.list.noVersion')}</td>
                <td>
                  {cluster.partnership_key
                    ? (props.partnerships.get(cluster.partnership_key) ?? cluster.partnership_key)
                    : t(lang, 'governance.list.noPartnership')}
                </td>
                <td>
                  {cluster.live_request ? (
                    <>
                      {t(lang, REQUEST_STATE_LABEL[cluster.live_request.state])}
                      {cluster.live_request.state === 'open' && (
                        <>
                          {' '}
                          (
                          {t(lang, 'governance.list.approvals', {
                            decided: cluster.live_request.decided,
                            required: cluster.live_request.required,
                          })}
                          )
                        </>
                      )}
                    </>
                  ) : cluster.has_draft ? (
                    t(lang, 'governance.list.draftOnly')
                  ) : (
                    t(lang, 'governance.list.noChange')
                  )}
                  {cluster.waiting_for_me.length > 0 && (
                    <p>
                      <strong class="tag tag-warn">{t(lang, 'governance.list.waitingForYou')}</strong>
                    </p>
                  )}
                  {cluster.signoff_waiting && (
                    <p>
                      <strong class="tag tag-warn">{t(lang, 'governance.list.signoffForYou')}</strong>
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
