import type { ClusterDashboard, Kpis } from '../../../../../domains/insights/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { BarChart } from '../../../../../ui/components/BarChart/BarChart.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { LineChart } from '../../../../../ui/components/LineChart/LineChart.js';
import {
  formatCount,
  formatDate,
  formatDecimal,
  formatMoney,
  formatShare,
} from '../../../../../ui/format.js';
import { local } from '../../../views/text.js';
import { fieldHelpers } from '../../views/fieldHelpers.js';
import { linkedProblems } from '../../views/agreementText.js';
import {
  RESULTS_CHANNEL_LABEL,
  DRIVER_LABEL,
  formatCommitment,
  monthName,
  shortMonthName,
} from '../../../views/resultsLabels.js';
import type { ResultsForm } from './schema.js';

type R = MessageKeyUnder<'results'>;

export interface ResultsPageProps {
  lang: Lang;
  action: string;
  clusters: { key: string; title: { en: string; fr: string } }[];
  form: ResultsForm;
  problems: FieldProblem[];
  dashboard?: ClusterDashboard | undefined;
  downloads?: { csv: string; json: string } | undefined;
  /** The government-wide and department view, for those who may read it. */
  overviewHref?: string | undefined;
  /** The pilot evaluation (for a cluster with a pilot period) and the business case of the same period. */
  related?: { pilot?: string | undefined; businessCase: string } | undefined;
}

const DASH = '—';

const INDICATOR_FORMAT = { count: 'count', percent: 'percent', days: 'count', dollars: 'dollars' } as const;

export function ResultsPage(props: ResultsPageProps) {
  const { lang, form, problems, dashboard } = props;
  const r = (key: R, params?: Record<string, unknown>) => t(lang, `results.${key}`, params);
  const { described, fieldError } = fieldHelpers(lang, problems);
  return (
    <>
      <h1>{r('section')}</h1>
      <ErrorSummary heading={t(lang, 'partnerships.errorsHeading')} problems={linkedProblems(problems)} />
      <p>{r('intro')}</p>
      {props.overviewHref && (
        <p>
          <a href={props.overviewHref}>{r('overview.link')}</a>
        </p>
      )}
      {props.clusters.length === 0 ? (
        <p>{r('noClusters')}</p>
      ) : (
        <form method="get" action={props.action} aria-labelledby="filters-heading" novalidate>
          <h2 id="filters-heading">{r('filters.heading')}</h2>
          <div class="field">
            <label for="cluster">{r('filters.cluster')}</label>
            {fieldError('cluster')}
            <select id="cluster" name="cluster" {...described('cluster', false)}>
              {props.clusters.map((cluster) => (
                <option key={cluster.key} value={cluster.key} selected={form.cluster === cluster.key}>
                  {local(cluster.title, lang)}
                </option>
              ))}
            </select>
          </div>
          {(['from', 'to'] as const).map((field) => (
            <div class="field" key={field}>
              <label for={field}>{r(`filters.${field}`)}</label>
              <p class="hint" id={`${field}-hint`}>
                {r('filters.dateHint')}
              </p>
              {fieldError(field)}
              <input
                id={field}
                name={field}
                type="date"
                value={form[field] || dashboard?.period[field] || ''}
                {...described(field, true)}
              />
            </div>
          ))}
          <div class="field">
            <label for="channel">{r('filters.channel')}</label>
            {fieldError('channel')}
            <select id="channel" name="channel" {...described('channel', false)}>
              <option value="">{r('filters.allChannels')}</option>
              {Object.entries(RESULTS_CHANNEL_LABEL).map(([channel, label]) => (
                <option key={channel} value={channel} selected={form.channel === channel}>
                  {t(lang, label)}
                </option>
              ))}
            </select>
          </div>
          {dashboard && (
            <div class="field">
              <label for="partner">{r('filters.partner')}</label>
              {fieldError('partner')}
              <select id="partner" name="partner" {...described('partner', false)}>
                {dashboard.scope === 'whole' && <option value="">{r('filters.allPartners')}</option>}
                {dashboard.partners.map((partner) => (
                  <option key={partner.id} value={partner.id} selected={form.partner === partner.id}>
                    {local(partner.name, lang)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit">{r('filters.show')}</button>
        </form>
      )}
      {dashboard && (
        <Dashboard lang={lang} dashboard={dashboard} downloads={props.downloads} related={props.related} />
      )}
    </>
  );
}

function Dashboard(props: {
  lang: Lang;
  dashboard: ClusterDashboard;
  downloads?: ResultsPageProps['downloads'];
  related?: ResultsPageProps['related'];
}) {
  const { lang, dashboard: d } = props;
  const r = (key: R, params?: Record<string, unknown>) => t(lang, `results.${key}`, params);
  const period = r('period', {
    cluster: local(d.cluster.title, lang),
    from: formatDate(lang, d.period.from),
    to: formatDate(lang, d.period.to),
  });
  return (
    <section aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">{period}</h2>
      {d.scope === 'partner' && <p class="notice-warning">{r('scopePartner')}</p>}
      {d.generatedShare > 0 && (
        <p class="notice-warning">{r('generated', { share: formatShare(lang, d.generatedShare) })}</p>
      )}
      <p class="meta">
        {d.refreshedAt
          ? r('freshness', {
              time: new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: 'America/Toronto',
              }).format(d.refreshedAt),
            })
          : r('neverRefreshed')}
      </p>
      {props.downloads && (
        <ul class="plain-list">
          <li>
            <a href={props.downloads.csv}>{r('downloadCsv')}</a>
          </li>
          <li>
            <a href={props.downloads.json}>{r('downloadJson')}</a>
          </li>
        </ul>
      )}
      {props.related && (
        <nav aria-labelledby="related-heading" class="no-print">
          <h3 id="related-heading">{r('links.heading')}</h3>
          <ul class="plain-list">
            {props.related.pilot && (
              <li>
                <a href={props.related.pilot}>{r('links.pilot')}</a>
              </li>
            )}
            <li>
              <a href={props.related.businessCase}>{r('links.businessCase')}</a>
            </li>
          </ul>
        </nav>
      )}
      <KeyMeasures lang={lang} kpis={d.totals} standards={d.standards} />
      <Commitments lang={lang} dashboard={d} />
      <Indicators lang={lang} dashboard={d} />

      <h3>{r('byChannel.heading')}</h3>
      <BarChart
        id="chart-channels"
        lang={lang}
        title={r('charts.byChannel')}
        categoryLabel={r('byChannel.channel')}
        categories={d.byChannel.map((entry) => t(lang, RESULTS_CHANNEL_LABEL[entry.channel]))}
        series={[
          { name: r('measures.transactions'), values: d.byChannel.map((entry) => entry.kpis.transactions) },
        ]}
        orientation="horizontal"
        dataTable="collapsed"
      />
      <MeasureTable
        lang={lang}
        caption={r('byChannel.caption', { period })}
        head={r('byChannel.channel')}
        rows={d.byChannel.map((entry) => ({
          key: entry.channel,
          label: t(lang, RESULTS_CHANNEL_LABEL[entry.channel]),
          kpis: entry.kpis,
        }))}
        total={d.totals}
      />

      <h3>{r('byMonth.heading')}</h3>
      <MonthCharts lang={lang} dashboard={d} />

      {d.scope === 'whole' && d.byPartner.length > 0 && (
        <>
          <h3>{r('byPartner.heading')}</h3>
          <MeasureTable
            lang={lang}
            caption={r('byPartner.caption', { period })}
            head={r('byPartner.partner')}
            rows={d.byPartner.map((entry) => ({
              key: entry.organization_id,
              label: local(entry.name, lang),
              kpis: entry.kpis,
            }))}
            total={d.totals}
          />
        </>
      )}

      <h3>{r('drivers.heading')}</h3>
      <BarChart
        id="chart-drivers"
        lang={lang}
        title={r('drivers.caption')}
        categoryLabel={r('drivers.driver')}
        categories={[r('drivers.overall'), ...Object.values(DRIVER_LABEL).map((label) => t(lang, label))]}
        series={[
          {
            name: r('drivers.score'),
            values: [
              d.totals.satisfaction.mean,
              ...Object.keys(DRIVER_LABEL).map(
                (driver) => d.totals.satisfaction.drivers[driver as keyof typeof DRIVER_LABEL],
              ),
            ],
          },
        ]}
        format="score"
        orientation="horizontal"
        axisIncludes={[0, 5]}
      />

      <h3>{r('preference.heading')}</h3>
      <PreferenceTable lang={lang} dashboard={d} />
    </section>
  );
}

export function KeyMeasures(props: { lang: Lang; kpis: Kpis; standards: ClusterDashboard['standards'] }) {
  const { lang, kpis, standards } = props;
  const r = (key: R, params?: Record<string, unknown>) => t(lang, `results.${key}`, params);
  const none = r('measures.none');
  const share = (value: number | null) => (value === null ? none : formatShare(lang, value));
  const entries: [R, string, string][] = [
    ['measures.transactions', formatCount(lang, kpis.transactions), r('measures.transactionsHint')],
    ['measures.information', formatCount(lang, kpis.information), r('measures.informationHint')],
    ['measures.selfServe', share(kpis.selfServeShare), r('measures.selfServeHint')],
    ['measures.completion', share(kpis.completionRate), r('measures.completionHint')],
    [
      'measures.cost',
      kpis.cost.perTransaction === null ? none : formatMoney(lang, kpis.cost.perTransaction),
      r('measures.costHint', { coverage: share(kpis.cost.coverage) }),
    ],
    [
      'measures.satisfaction',
      share(kpis.satisfaction.satisfiedShare),
      r('measures.satisfactionHint', {
        mean: kpis.satisfaction.mean === null ? none : formatDecimal(lang, kpis.satisfaction.mean),
        responses: formatCount(lang, kpis.satisfaction.responses),
      }),
    ],
    [
      'measures.timeToService',
      share(kpis.timeToService.withinShare),
      r('measures.timeToServiceHint', { measured: formatCount(lang, kpis.timeToService.measured) }),
    ],
    [
      'measures.standards',
      standards.measured > 0 ? formatShare(lang, standards.met / standards.measured) : none,
      r('measures.standardsHint', {
        met: formatCount(lang, standards.met),
        measured: formatCount(lang, standards.measured),
        unmeasured: formatCount(lang, standards.unmeasured),
      }),
    ],
    ['measures.duplicates', formatCount(lang, kpis.duplicatesAvoided), r('measures.duplicatesHint')],
  ];
  return (
    <>
      <h3>{r('measures.heading')}</h3>
      <dl class="measure-grid">
        {entries.map(([label, value, hint]) => (
          <div key={label}>
            <dt>{r(label)}</dt>
            <dd class="measure-value">{value}</dd>
            <dd class="hint">{hint}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Commitments(props: { lang: Lang; dashboard: ClusterDashboard }) {
  const { lang, dashboard } = props;
  const r = (key: R) => t(lang, `results.${key}`);
  return (
    <>
      <h3>{r('commitments.heading')}</h3>
      {dashboard.commitments.length === 0 ? (
        <p>{r('commitments.none')}</p>
      ) : (
        <table class="data-table">
          <caption>{r('commitments.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{r('commitments.commitment')}</th>
              <th scope="col" class="numeric">
                {r('commitments.target')}
              </th>
              <th scope="col" class="numeric">
                {r('commitments.measured')}
              </th>
              <th scope="col">{r('commitments.status')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.commitments.map((commitment) => (
              <tr key={commitment.kpi}>
                <th scope="row">{local(commitment.description, lang)}</th>
                <td class="numeric">{formatCommitment(lang, commitment.target, commitment.unit)}</td>
                <td class="numeric">
                  {commitment.measured === null
                    ? DASH
                    : formatCommitment(lang, commitment.measured, commitment.unit)}
                </td>
                <td>
                  {!commitment.known
                    ? r('commitments.unknown')
                    : commitment.met === null
                      ? r('commitments.notMeasured')
                      : commitment.met
                        ? r('commitments.met')
                        : r('commitments.missed')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Indicators(props: { lang: Lang; dashboard: ClusterDashboard }) {
  const { lang, dashboard } = props;
  const r = (key: R, params?: Record<string, unknown>) => t(lang, `results.${key}`, params);
  return (
    <>
      <h3>{r('dashboardIndicators.heading')}</h3>
      {dashboard.indicators.length === 0 && <p>{r('dashboardIndicators.none')}</p>}
      {dashboard.indicators.map((indicator) => (
        <div key={indicator.key}>
          <LineChart
            id={`chart-indicator-${indicator.key}`}
            lang={lang}
            title={r('dashboardIndicators.caption', {
              name: local(indicator.name, lang),
              baseline: formatCommitment(lang, indicator.baseline.value, indicator.unit),
              baselineOn: formatDate(lang, indicator.baseline.on),
              target: formatCommitment(lang, indicator.target.value, indicator.unit),
              targetOn: formatDate(lang, indicator.target.on),
            })}
            periodLabel={r('dashboardIndicators.day')}
            periods={[indicator.baseline.on, ...indicator.values.map((value) => value.on)].map((on) =>
              formatDate(lang, on),
            )}
            series={[
              {
                name: local(indicator.name, lang),
                values: [indicator.baseline.value, ...indicator.values.map((value) => value.value)].map(
                  (value) => (indicator.unit === 'percent' ? value / 100 : value),
                ),
              },
            ]}
            format={INDICATOR_FORMAT[indicator.unit]}
            references={[
              {
                label: r('dashboardIndicators.target'),
                value: indicator.unit === 'percent' ? indicator.target.value / 100 : indicator.target.value,
              },
            ]}
          />
          <p>
            {indicator.progress === null
              ? r('dashboardIndicators.noValue')
              : r('dashboardIndicators.progress', { progress: formatShare(lang, indicator.progress) })}
          </p>
        </div>
      ))}
    </>
  );
}

export function MeasureTable(props: {
  lang: Lang;
  caption: string;
  head: string;
  rows: { key: string; label: string; kpis: Kpis }[];
  total: Kpis;
}) {
  const { lang } = props;
  const r = (key: R) => t(lang, `results.${key}`);
  const share = (value: number | null) => (value === null ? DASH : formatShare(lang, value));
  const cells = (kpis: Kpis) => [
    formatCount(lang, kpis.transactions),
    share(props.total.transactions > 0 ? kpis.transactions / props.total.transactions : null),
    share(kpis.completionRate),
    share(kpis.satisfaction.satisfiedShare),
    kpis.cost.perTransaction === null ? DASH : formatMoney(lang, kpis.cost.perTransaction),
    share(kpis.timeToService.withinShare),
  ];
  const heads: R[] = [
    'measures.transactions',
    'byChannel.share',
    'measures.completion',
    'measures.satisfaction',
    'measures.cost',
    'measures.timeToService',
  ];
  return (
    <table class="data-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          {heads.map((head) => (
            <th scope="col" class="numeric" key={head}>
              {r(head)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {cells(row.kpis).map((cell, index) => (
              <td class="numeric" key={index}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Transactions by channel month by month, and the self-service and satisfied shares: channel shift. */
export function MonthCharts(props: {
  lang: Lang;
  dashboard: Pick<ClusterDashboard, 'byChannel' | 'byMonth'>;
}) {
  const { lang, dashboard } = props;
  const r = (key: R, params?: Record<string, unknown>) => t(lang, `results.${key}`, params);
  const channels = dashboard.byChannel.map((entry) => entry.channel);
  const measured = dashboard.byMonth.filter((month) => month.kpis.selfServeShare !== null);
  const first = measured[0];
  const last = measured.at(-1);
  return (
    <>
      {first && last && first !== last && (
        <p>
          {r('byMonth.summary', {
            first: formatShare(lang, first.kpis.selfServeShare!),
            firstMonth: monthName(lang, first.month),
            last: formatShare(lang, last.kpis.selfServeShare!),
            lastMonth: monthName(lang, last.month),
          })}
        </p>
      )}
      <BarChart
        id="chart-months"
        lang={lang}
        title={r('byMonth.caption')}
        categoryLabel={r('byMonth.month')}
        categories={dashboard.byMonth.map((month) => shortMonthName(lang, month.month))}
        series={channels.map((channel) => ({
          name: t(lang, RESULTS_CHANNEL_LABEL[channel]),
          values: dashboard.byMonth.map((month) => month.transactionsByChannel[channel] ?? 0),
        }))}
        stacked
      />
      <LineChart
        id="chart-self-serve"
        lang={lang}
        title={r('charts.selfServe')}
        periodLabel={r('byMonth.month')}
        periods={dashboard.byMonth.map((month) => monthName(lang, month.month))}
        series={[
          {
            name: r('measures.selfServe'),
            values: dashboard.byMonth.map((month) => month.kpis.selfServeShare),
          },
          {
            name: r('measures.satisfaction'),
            values: dashboard.byMonth.map((month) => month.kpis.satisfaction.satisfiedShare),
          },
        ]}
        format="percent"
        axisIncludes={[0, 1]}
        dataTable="collapsed"
      />
    </>
  );
}

function PreferenceTable(props: { lang: Lang; dashboard: ClusterDashboard }) {
  const { lang, dashboard } = props;
  const r = (key: R) => t(lang, `results.${key}`);
  if (dashboard.preference.length === 0) return <p>{r('preference.none')}</p>;
  const preferred = [...new Set(dashboard.preference.map((cell) => cell.preferred))];
  const used = [...new Set(dashboard.preference.map((cell) => cell.used))];
  const count = (p: string, u: string) =>
    dashboard.preference.find((cell) => cell.preferred === p && cell.used === u)?.responses ?? 0;
  return (
    <table class="data-table">
      <caption>{r('preference.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{r('preference.preferred')}</th>
          {used.map((channel) => (
            <th scope="col" class="numeric" key={channel}>
              {t(lang, RESULTS_CHANNEL_LABEL[channel])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preferred.map((p) => (
          <tr key={p}>
            <th scope="row">{t(lang, RESULTS_CHANNEL_LABEL[p])}</th>
            {used.map((u) => (
              <td class="numeric" key={u}>
                {formatCount(lang, count(p, u))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
