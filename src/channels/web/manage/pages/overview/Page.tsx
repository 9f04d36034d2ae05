import type { ResultsOverview } from '../../../../../domains/insights/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { BarChart } from '../../../../../ui/components/BarChart/BarChart.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { formatCount, formatDate, formatShare } from '../../../../../ui/format.js';
import { local } from '../../../views/text.js';
import { RESULTS_CHANNEL_LABEL } from '../../../views/resultsLabels.js';
import { fieldHelpers } from '../../views/fieldHelpers.js';
import { linkedProblems } from '../../views/agreementText.js';
import { KeyMeasures, MeasureTable, MonthCharts } from '../results/Page.js';
import type { OverviewForm } from './schema.js';

type O = MessageKeyUnder<'results.overview'>;

export interface OverviewPageProps {
  lang: Lang;
  action: string;
  clusterResults: string;
  form: OverviewForm;
  problems: FieldProblem[];
  overview?: ResultsOverview | undefined;
  /** Organisations to choose from when the person may not read the whole of government. */
  choices: { id: string; name: { en: string; fr: string } }[];
  wholeAllowed: boolean;
  downloads?: { csv: string; json: string } | undefined;
}

export function OverviewPage(props: OverviewPageProps) {
  const { lang, form, problems, overview } = props;
  const o = (key: O, params?: Record<string, unknown>) => t(lang, `results.overview.${key}`, params);
  const { described, fieldError } = fieldHelpers(lang, problems);
  return (
    <>
      <h1>{o('section')}</h1>
      <ErrorSummary heading={t(lang, 'partnerships.errorsHeading')} problems={linkedProblems(problems)} />
      <p>{o('intro')}</p>
      <p>
        <a href={props.clusterResults}>{o('clusterLink')}</a>
      </p>
      <form method="get" action={props.action} aria-labelledby="overview-filters" novalidate>
        <h2 id="overview-filters">{t(lang, 'results.filters.heading')}</h2>
        <div class="field">
          <label for="organization">{o('organization')}</label>
          {fieldError('organization')}
          <select id="organization" name="organization" {...described('organization', false)}>
            {props.wholeAllowed && <option value="">{o('wholeGovernment')}</option>}
            {props.choices.map((choice) => (
              <option key={choice.id} value={choice.id} selected={form.organization === choice.id}>
                {local(choice.name, lang)}
              </option>
            ))}
          </select>
        </div>
        {(['from', 'to'] as const).map((field) => (
          <div class="field" key={field}>
            <label for={field}>{t(lang, `results.filters.${field}`)}</label>
            <p class="hint" id={`${field}-hint`}>
              {t(lang, 'results.filters.dateHint')}
            </p>
            {fieldError(field)}
            <input
              id={field}
              name={field}
              type="date"
              value={form[field] || overview?.period[field] || ''}
              {...described(field, true)}
            />
          </div>
        ))}
        <div class="field">
          <label for="channel">{t(lang, 'results.filters.channel')}</label>
          {fieldError('channel')}
          <select id="channel" name="channel" {...described('channel', false)}>
            <option value="">{t(lang, 'results.filters.allChannels')}</option>
            {Object.entries(RESULTS_CHANNEL_LABEL).map(([channel, label]) => (
              <option key={channel} value={channel} selected={form.channel === channel}>
                {t(lang, label)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t(lang, 'results.filters.show')}</button>
      </form>
      {overview && <Overview lang={lang} overview={overview} downloads={props.downloads} />}
    </>
  );
}

function Overview(props: {
  lang: Lang;
  overview: ResultsOverview;
  downloads?: OverviewPageProps['downloads'];
}) {
  const { lang, overview: v } = props;
  const o = (key: O, params?: Record<string, unknown>) => t(lang, `results.overview.${key}`, params);
  const dates = { from: formatDate(lang, v.period.from), to: formatDate(lang, v.period.to) };
  const title = v.organization
    ? o('titleOrganization', { organization: local(v.organization.name, lang), ...dates })
    : o('titleWhole', dates);
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{title}</h2>
      {v.generatedShare > 0 && (
        <p class="notice-warning">
          {t(lang, 'results.generated', { share: formatShare(lang, v.generatedShare) })}
        </p>
      )}
      {props.downloads && (
        <ul class="plain-list">
          <li>
            <a href={props.downloads.csv}>{t(lang, 'results.downloadCsv')}</a>
          </li>
          <li>
            <a href={props.downloads.json}>{t(lang, 'results.downloadJson')}</a>
          </li>
        </ul>
      )}
      <KeyMeasures lang={lang} kpis={v.totals} standards={v.standards} />

      <h3>{t(lang, 'results.byChannel.heading')}</h3>
      <BarChart
        id="overview-channels"
        lang={lang}
        title={t(lang, 'results.charts.byChannel')}
        categoryLabel={t(lang, 'results.byChannel.channel')}
        categories={v.byChannel.map((entry) => t(lang, RESULTS_CHANNEL_LABEL[entry.channel]))}
        series={[
          {
            name: t(lang, 'results.measures.transactions'),
            values: v.byChannel.map((entry) => entry.kpis.transactions),
          },
        ]}
        orientation="horizontal"
        dataTable="collapsed"
      />
      <MeasureTable
        lang={lang}
        caption={t(lang, 'results.byChannel.caption', { period: title })}
        head={t(lang, 'results.byChannel.channel')}
        rows={v.byChannel.map((entry) => ({
          key: entry.channel,
          label: t(lang, RESULTS_CHANNEL_LABEL[entry.channel]),
          kpis: entry.kpis,
        }))}
        total={v.totals}
      />

      <h3>{t(lang, 'results.byMonth.heading')}</h3>
      <MonthCharts lang={lang} dashboard={v} />

      <h3>{o('byCluster')}</h3>
      <MeasureTable
        lang={lang}
        caption={o('byClusterCaption')}
        head={o('cluster')}
        rows={v.byCluster.map((entry) => ({
          key: entry.key || '-',
          label: entry.title ? local(entry.title, lang) : entry.key ? entry.key : o('outsideClusters'),
          kpis: entry.kpis,
        }))}
        total={v.totals}
      />

      {v.byOrganization.length > 0 && (
        <>
          <h3>{o('byOrganization')}</h3>
          <MeasureTable
            lang={lang}
            caption={o('byOrganizationCaption', { period: title })}
            head={o('organization')}
            rows={v.byOrganization.map((entry) => ({
              key: entry.organization_id,
              label: local(entry.name, lang),
              kpis: entry.kpis,
            }))}
            total={v.totals}
          />
        </>
      )}

      <h3>{o('unclustered')}</h3>
      <p>
        {o('unclusteredText', {
          outside: formatCount(lang, v.unclustered.outside),
          services: formatCount(lang, v.unclustered.services),
        })}
      </p>
      {v.unclustered.examples.length > 0 && (
        <>
          <p>{o('unclusteredExamples')}</p>
          <ul>
            {v.unclustered.examples.map((example) => (
              <li key={example.id}>{local(example.name, lang)}</li>
            ))}
          </ul>
        </>
      )}

      {v.organization === null && (
        <>
          <h3>{o('unmet')}</h3>
          {v.unmetNeeds.length === 0 ? (
            <p>{o('noUnmet')}</p>
          ) : (
            <table class="data-table">
              <caption>{o('unmetCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{o('need')}</th>
                  <th scope="col">{o('language')}</th>
                  <th scope="col" class="numeric">
                    {o('occurrences')}
                  </th>
                  <th scope="col">{o('lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                {v.unmetNeeds.map((need) => (
                  <tr key={`${need.lang}:${need.need}`}>
                    <th scope="row" lang={need.lang}>
                      {need.need}
                    </th>
                    <td>{need.lang.toUpperCase()}</td>
                    <td class="numeric">{formatCount(lang, need.occurrences)}</td>
                    <td>{formatDate(lang, new Date(need.last_seen).toISOString())}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      <h3>{v.published ? o('published', { year: v.published.fiscalYear }) : o('publishedHeading')}</h3>
      {v.published ? (
        <p>
          {o('publishedText', {
            services: formatCount(lang, v.published.services),
            organisations: formatCount(lang, v.published.organisations),
            applications: formatCount(lang, v.published.applicationsTotal),
            online: formatCount(lang, v.published.applicationsByChannel.online),
            enquiries: formatCount(lang, v.published.phoneEnquiries),
            met: formatCount(lang, v.published.standardsMet),
            standards: formatCount(lang, v.published.standardsTotal),
          })}
        </p>
      ) : (
        <p>{o('noPublished')}</p>
      )}
    </section>
  );
}
