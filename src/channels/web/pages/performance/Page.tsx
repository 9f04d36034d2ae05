import type { ClusterPerformance } from '../../../../domains/insights/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../platform/i18n/index.js';
import { BarChart } from '../../../../ui/components/BarChart/BarChart.js';
import { LineChart } from '../../../../ui/components/LineChart/LineChart.js';
import { formatCount, formatDate, formatMoney, formatShare } from '../../../../ui/format.js';
import { local } from '../../views/text.js';
import { RESULTS_CHANNEL_LABEL, monthName } from '../../views/resultsLabels.js';

type P = MessageKeyUnder<'results.public'>;

/** A cluster's public performance page: the five measures, month by month and by channel, with their data. */
export function PerformancePage(props: {
  lang: Lang;
  performance: ClusterPerformance;
  periodProblem: boolean;
  links: { json: string; csv: string };
}) {
  const { lang, performance: p } = props;
  const r = (key: P, params?: Record<string, unknown>) => t(lang, `results.public.${key}`, params);
  const none = t(lang, 'results.measures.none');
  const share = (value: number | null) => (value === null ? none : formatShare(lang, value));
  const months = p.byMonth.map((month) => monthName(lang, month.month));
  const measures: [string, string][] = [
    [r('volume'), formatCount(lang, p.totals.transactions)],
    [t(lang, 'results.measures.selfServe'), share(p.totals.selfServeShare)],
    [t(lang, 'results.measures.completion'), share(p.totals.completionRate)],
    [t(lang, 'results.measures.satisfaction'), share(p.totals.satisfiedShare)],
    [
      t(lang, 'results.measures.cost'),
      p.totals.costPerTransaction === null ? none : formatMoney(lang, p.totals.costPerTransaction),
    ],
  ];
  return (
    <>
      <h1>{r('heading', { cluster: local(p.cluster.title, lang) })}</h1>
      <p class="lead">
        {r('period', { from: formatDate(lang, p.period.from), to: formatDate(lang, p.period.to) })}
      </p>
      {props.periodProblem && <p class="notice-warning">{r('periodProblem')}</p>}
      {p.generatedShare > 0 && (
        <p class="notice-warning">
          {t(lang, 'results.generated', { share: formatShare(lang, p.generatedShare) })}
        </p>
      )}
      <p>{r('intro')}</p>
      <dl class="measure-grid">
        {measures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class="measure-value">{value}</dd>
          </div>
        ))}
      </dl>
      <LineChart
        id="performance-volume"
        lang={lang}
        title={r('volumeByMonth')}
        periodLabel={r('month')}
        periods={months}
        series={[{ name: r('volume'), values: p.byMonth.map((month) => month.transactions) }]}
        startAtZero
      />
      <LineChart
        id="performance-rates"
        lang={lang}
        title={r('rates')}
        periodLabel={r('month')}
        periods={months}
        series={[
          { name: t(lang, 'results.measures.selfServe'), values: p.byMonth.map((m) => m.selfServeShare) },
          { name: t(lang, 'results.measures.completion'), values: p.byMonth.map((m) => m.completionRate) },
          { name: t(lang, 'results.measures.satisfaction'), values: p.byMonth.map((m) => m.satisfiedShare) },
        ]}
        format="percent"
        axisIncludes={[0, 1]}
      />
      <BarChart
        id="performance-channels"
        lang={lang}
        title={r('byChannel')}
        categoryLabel={r('channel')}
        categories={p.byChannel.map((entry) => t(lang, RESULTS_CHANNEL_LABEL[entry.channel]))}
        series={[{ name: r('volume'), values: p.byChannel.map((entry) => entry.transactions) }]}
        orientation="horizontal"
      />
      <h2>{r('definitions')}</h2>
      <ul>
        <li>{r('definitionVolume')}</li>
        <li>{r('definitionSelfServe')}</li>
        <li>{r('definitionCompletion')}</li>
        <li>{r('definitionSatisfaction')}</li>
        <li>{r('definitionCost')}</li>
      </ul>
      <h2>{r('data')}</h2>
      <ul>
        <li>
          <a href={props.links.csv}>{r('csv')}</a>
        </li>
        <li>
          <a href={props.links.json}>{r('json')}</a>
        </li>
      </ul>
    </>
  );
}
