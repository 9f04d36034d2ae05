import type {
  ComparedPeriod,
  PilotEvaluation,
  PilotMeasure,
  PilotProblem,
} from '../../../../../domains/insights/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { BarChart } from '../../../../../ui/components/BarChart/BarChart.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../../ui/components/FieldError/FieldError.js';
import {
  formatCount,
  formatDate,
  formatDecimal,
  formatMoney,
  formatShare,
} from '../../../../../ui/format.js';
import { local } from '../../../views/text.js';
import { linkedProblems } from '../../views/agreementText.js';
import { PrintLinks } from '../../views/PrintLinks.js';
import type { PilotForm } from './schema.js';

type P = MessageKeyUnder<'results.pilot'>;

export interface PilotPageProps {
  lang: Lang;
  action: string;
  clusters: { key: string; title: { en: string; fr: string } }[];
  form: PilotForm;
  problems: FieldProblem[];
  /** The printable version: no filter form, the charts' tables open. */
  print: boolean;
  evaluation?: PilotEvaluation | undefined;
  /** Why the chosen cluster has no evaluation, in the page's words. */
  refusal?: { reason: PilotProblem; message: string } | undefined;
  links?: { csv: string; printable: string; full: string } | undefined;
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-CA' : 'fr-CA');

/** A change with its sign (+3, −0.40 $), in the measure's unit; a share's change is in points. */
function formatChange(lang: Lang, m: PilotMeasure): string {
  const change = m.change!;
  const signed = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale(lang), { signDisplay: 'exceptZero', ...options }).format(change);
  switch (m.unit) {
    case 'share':
      return t(lang, 'results.pilot.measures.points', { points: signed({ maximumFractionDigits: 1 }) });
    case 'dollars':
      return signed({ style: 'currency', currency: 'CAD' });
    case 'score':
      return signed({ maximumFractionDigits: 2 });
    case 'count':
      return signed({ maximumFractionDigits: 0 });
  }
}

export function formatMeasure(lang: Lang, unit: PilotMeasure['unit'], value: number): string {
  switch (unit) {
    case 'share':
      return formatShare(lang, value);
    case 'dollars':
      return formatMoney(lang, value);
    case 'score':
      return formatDecimal(lang, value, 2);
    case 'count':
      return formatCount(lang, value);
  }
}

export function PilotEvaluationPage(props: PilotPageProps) {
  const { lang, form, problems, evaluation } = props;
  const p = (key: P, params?: Record<string, unknown>) => t(lang, `results.pilot.${key}`, params);
  const problem = problems.find((entry) => entry.path === 'cluster');
  return (
    <>
      <h1>{p('section')}</h1>
      <ErrorSummary heading={t(lang, 'partnerships.errorsHeading')} problems={linkedProblems(problems)} />
      {!props.print && <p>{p('intro')}</p>}
      {!props.print &&
        (props.clusters.length === 0 ? (
          <p>{t(lang, 'results.noClusters')}</p>
        ) : (
          <form method="get" action={props.action} aria-labelledby="filters-heading" novalidate>
            <h2 id="filters-heading">{t(lang, 'results.filters.heading')}</h2>
            <div class="field">
              <label for="cluster">{t(lang, 'results.filters.cluster')}</label>
              {problem && <FieldError lang={lang} id="cluster-error" message={problem.message} />}
              <select
                id="cluster"
                name="cluster"
                {...(problem ? { 'aria-describedby': 'cluster-error', 'aria-invalid': true as const } : {})}
              >
                {props.clusters.map((cluster) => (
                  <option key={cluster.key} value={cluster.key} selected={form.cluster === cluster.key}>
                    {local(cluster.title, lang)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{p('show')}</button>
          </form>
        ))}
      {props.refusal && (
        <p class="notice-warning" id="refusal">
          {props.refusal.message}
        </p>
      )}
      {evaluation && <Evaluation {...props} evaluation={evaluation} />}
    </>
  );
}

function Evaluation(props: PilotPageProps & { evaluation: PilotEvaluation }) {
  const { lang, evaluation: e } = props;
  const p = (key: P, params?: Record<string, unknown>) => t(lang, `results.pilot.${key}`, params);
  const day = (iso: string) => formatDate(lang, iso);
  const none = p('measures.noData');
  const value = (m: PilotMeasure, side: 'pilot' | 'baseline' | 'others') => {
    const figure = m[side];
    if (figure === null) return none;
    const shown = formatMeasure(lang, m.unit, figure);
    return m.reliable[side] ? shown : `${shown} (${p('notReliable')})`;
  };
  const direction = (m: PilotMeasure) =>
    m.change === null || m.change === 0
      ? p('measures.same')
      : m.change > 0 === m.higherIsBetter
        ? p('measures.better')
        : p('measures.worse');
  const anyUnreliable = e.measures.some((m) =>
    (['pilot', 'baseline', 'others'] as const).some((side) => m[side] !== null && !m.reliable[side]),
  );
  const periods: [P, ComparedPeriod, string][] = [
    ['periods.pilot', e.pilot, 'pilot'],
    ['periods.baseline', e.baseline, 'baseline'],
    ['periods.others', e.others, 'others'],
  ];
  const byKey = new Map(e.measures.map((m) => [m.key, m]));
  const shares = (
    ['self_serve_share', 'completion_rate', 'satisfied_share', 'time_within_standard'] as const
  ).map((key) => byKey.get(key)!);
  const cost = byKey.get('cost_per_transaction')!;
  const sides = [
    { name: p('measures.pilot'), side: 'pilot' as const },
    { name: p('measures.baseline'), side: 'baseline' as const },
    { name: p('measures.others'), side: 'others' as const },
  ];
  const dataTable = props.print ? 'visible' : 'collapsed';
  return (
    <section aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">
        {p('heading', {
          cluster: local(e.cluster.title, lang),
          from: day(e.pilot.from),
          to: day(e.pilot.to),
        })}
      </h2>
      <p>
        {e.pilot.running
          ? p('running', { endsOn: day(e.pilot.endsOn), to: day(e.pilot.to) })
          : p('ended', { from: day(e.pilot.startsOn), endsOn: day(e.pilot.endsOn) })}
      </p>
      {e.scope === 'partner' && <p class="notice-warning">{t(lang, 'results.scopePartner')}</p>}
      {e.generatedShare > 0 && (
        <p class="notice-warning">
          {t(lang, 'results.generated', { share: formatShare(lang, e.generatedShare) })}
        </p>
      )}
      {props.links && (
        <>
          <ul class="plain-list no-print">
            <li>
              <a href={props.links.csv}>{t(lang, 'results.downloadCsv')}</a>
            </li>
          </ul>
          <PrintLinks
            lang={lang}
            print={props.print}
            printable={props.links.printable}
            full={props.links.full}
          />
        </>
      )}

      <h3>{p('periods.heading')}</h3>
      <table class="data-table">
        <caption>{p('periods.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{p('periods.period')}</th>
            <th scope="col">{p('periods.dates')}</th>
            <th scope="col" class="numeric">
              {p('periods.days')}
            </th>
            <th scope="col" class="numeric">
              {p('periods.transactions')}
            </th>
            <th scope="col" class="numeric">
              {p('periods.responses')}
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map(([label, period, key]) => (
            <tr key={key}>
              <th scope="row">{p(label, { count: formatCount(lang, e.others.clusters) })}</th>
              <td>{p('periods.range', { from: day(period.from), to: day(period.to) })}</td>
              <td class="numeric">{formatCount(lang, period.days)}</td>
              <td class="numeric">{period.events > 0 ? formatCount(lang, period.transactions) : none}</td>
              <td class="numeric">{period.events > 0 ? formatCount(lang, period.responses) : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {e.pilot.events === 0 && <p class="notice-warning">{p('noData.pilot')}</p>}
      {e.baseline.events === 0 && <p class="notice-warning">{p('noData.baseline')}</p>}
      {e.others.events === 0 && <p class="notice-warning">{p('noData.others')}</p>}

      <h3>{p('measures.heading')}</h3>
      {anyUnreliable && (
        <p class="notice-warning">{p('unreliable', { min: formatCount(lang, e.minResponses) })}</p>
      )}
      <table class="data-table">
        <caption>{p('measures.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{p('measures.measure')}</th>
            <th scope="col" class="numeric">
              {p('measures.pilot')}
            </th>
            <th scope="col" class="numeric">
              {p('measures.baseline')}
            </th>
            <th scope="col" class="numeric">
              {p('measures.change')}
            </th>
            <th scope="col" class="numeric">
              {p('measures.relative')}
            </th>
            <th scope="col" class="numeric">
              {p('measures.others')}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.measures.map((m) => (
            <tr key={m.key}>
              <th scope="row">{p(`names.${m.key}`)}</th>
              <td class="numeric">{value(m, 'pilot')}</td>
              <td class="numeric">{value(m, 'baseline')}</td>
              <td class="numeric">
                {m.change === null ? none : `${formatChange(lang, m)} (${direction(m)})`}
              </td>
              <td class="numeric">
                {m.relativeChange === null
                  ? '—'
                  : new Intl.NumberFormat(locale(lang), {
                      style: 'percent',
                      maximumFractionDigits: 1,
                      signDisplay: 'exceptZero',
                    }).format(m.relativeChange)}
              </td>
              <td class="numeric">{value(m, 'others')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <BarChart
        id="chart-pilot-shares"
        lang={lang}
        title={p('charts.shares')}
        categoryLabel={p('charts.measure')}
        categories={shares.map((m) => p(`names.${m.key}`))}
        series={sides.map(({ name, side }) => ({ name, values: shares.map((m) => m[side]) }))}
        format="percent"
        axisIncludes={[0, 1]}
        dataTable={dataTable}
      />
      <BarChart
        id="chart-pilot-cost"
        lang={lang}
        title={p('charts.cost')}
        categoryLabel={p('charts.measure')}
        categories={[p('names.cost_per_transaction')]}
        series={sides.map(({ name, side }) => ({ name, values: [cost[side]] }))}
        format="dollars"
        orientation="horizontal"
        axisIncludes={[0]}
        dataTable={dataTable}
      />
    </section>
  );
}
