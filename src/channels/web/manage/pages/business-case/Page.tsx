import type { BusinessCase, CostLine } from '../../../../../domains/insights/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { BarChart } from '../../../../../ui/components/BarChart/BarChart.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import {
  formatCount,
  formatDate,
  formatDecimal,
  formatMoney,
  formatShare,
} from '../../../../../ui/format.js';
import { isLabelled, PARTY_ROLE_LABEL } from '../../../../labels.js';
import { RESULTS_CHANNEL_LABEL } from '../../../views/resultsLabels.js';
import { local } from '../../../views/text.js';
import { agreementTitle, FORMULA_LABEL, linkedProblems } from '../../views/agreementText.js';
import { fieldHelpers } from '../../views/fieldHelpers.js';
import { PrintLinks } from '../../views/PrintLinks.js';
import type { BusinessCaseForm } from './schema.js';

type B = MessageKeyUnder<'results.businessCase'>;

export interface BusinessCasePageProps {
  lang: Lang;
  action: string;
  clusters: { key: string; title: { en: string; fr: string } }[];
  form: BusinessCaseForm;
  problems: FieldProblem[];
  print: boolean;
  businessCase?: BusinessCase | undefined;
  links?: { csv: string; printable: string; full: string } | undefined;
}

const DASH = '—';

export function BusinessCasePage(props: BusinessCasePageProps) {
  const { lang, form, problems, businessCase } = props;
  const { described, fieldError } = fieldHelpers(lang, problems);
  return (
    <>
      <h1>{t(lang, 'results.businessCase.section')}</h1>
      <ErrorSummary heading={t(lang, 'partnerships.errorsHeading')} problems={linkedProblems(problems)} />
      {!props.print && <p>{t(lang, 'results.businessCase.intro')}</p>}
      {!props.print &&
        (props.clusters.length === 0 ? (
          <p>{t(lang, 'results.noClusters')}</p>
        ) : (
          <form method="get" action={props.action} aria-labelledby="filters-heading" novalidate>
            <h2 id="filters-heading">{t(lang, 'results.filters.heading')}</h2>
            <div class="field">
              <label for="cluster">{t(lang, 'results.filters.cluster')}</label>
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
                <label for={field}>{t(lang, `results.filters.${field}`)}</label>
                <p class="hint" id={`${field}-hint`}>
                  {t(lang, 'results.filters.dateHint')}
                </p>
                {fieldError(field)}
                <input
                  id={field}
                  name={field}
                  type="date"
                  value={form[field] || businessCase?.period[field] || ''}
                  {...described(field, true)}
                />
              </div>
            ))}
            <button type="submit">{t(lang, 'results.businessCase.show')}</button>
          </form>
        ))}
      {businessCase && <Case {...props} businessCase={businessCase} />}
    </>
  );
}

function Case(props: BusinessCasePageProps & { businessCase: BusinessCase }) {
  const { lang, businessCase: b } = props;
  const r = (key: B, params?: Record<string, unknown>) => t(lang, `results.businessCase.${key}`, params);
  const day = (iso: string) => formatDate(lang, iso);
  const money = (value: number | null) => (value === null ? DASH : formatMoney(lang, value));
  const share = (value: number | null) => (value === null ? DASH : formatShare(lang, value));
  const period = r('heading', {
    cluster: local(b.cluster.title, lang),
    from: day(b.period.from),
    to: day(b.period.to),
  });
  const dataTable = props.print ? 'visible' : 'collapsed';
  return (
    <section aria-labelledby="case-heading">
      <h2 id="case-heading">{period}</h2>
      <p>
        {r('baseline', {
          from: day(b.baseline.from),
          to: day(b.baseline.to),
          days: formatCount(lang, b.baseline.days),
        })}
      </p>
      {b.scope === 'partner' && <p class="notice-warning">{t(lang, 'results.scopePartner')}</p>}
      {b.generatedShare > 0 && (
        <p class="notice-warning">
          {t(lang, 'results.generated', { share: formatShare(lang, b.generatedShare) })}
        </p>
      )}
      {props.links && (
        <>
          <ul class="plain-list no-print">
            <li>
              <a href={props.links.csv}>{r('csv')}</a>
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

      <h3>{r('costs.heading')}</h3>
      {b.total.transactions === 0 ? (
        <p>{r('costs.none')}</p>
      ) : (
        <>
          <p>
            {r('costs.summary', {
              cost: formatMoney(lang, b.total.cost),
              transactions: formatCount(lang, b.total.transactions),
              uncosted: share(b.total.uncostedShare),
            })}
          </p>
          <CostTable
            lang={lang}
            caption={r('costs.byPartner', { period })}
            head={r('costs.partner')}
            rows={b.byPartner.map((line) => ({
              key: line.organization_id,
              label: local(line.name, lang),
              line,
            }))}
            total={{ label: r('costs.allPartners'), line: b.total }}
          />
          <CostTable
            lang={lang}
            caption={r('costs.byChannel', { period })}
            head={r('costs.channel')}
            rows={b.byChannel.map((line) => ({
              key: line.channel,
              label: `${t(lang, RESULTS_CHANNEL_LABEL[line.channel])} (${line.selfServe ? r('costs.selfServe') : r('costs.serviced')})`,
              line,
            }))}
            total={{ label: r('costs.allChannels'), line: b.total }}
          />
          <BarChart
            id="chart-cost-channels"
            lang={lang}
            title={r('costs.chart')}
            categoryLabel={r('costs.channel')}
            categories={b.byChannel.map((line) => t(lang, RESULTS_CHANNEL_LABEL[line.channel]))}
            series={[{ name: r('costs.cost'), values: b.byChannel.map((line) => line.cost) }]}
            format="dollars"
            orientation="horizontal"
            dataTable={dataTable}
          />
        </>
      )}

      <h3>{r('shift.heading')}</h3>
      <Shift {...props} />

      <h3>{r('duplicates.heading')}</h3>
      <p>
        {b.duplicates.avoidedCost === null
          ? r('duplicates.noCost', { avoided: formatCount(lang, b.duplicates.avoided) })
          : r('duplicates.summary', {
              avoided: formatCount(lang, b.duplicates.avoided),
              cost: formatMoney(lang, b.duplicates.avoidedCost),
              unit: money(b.duplicates.unitCost),
            })}
      </p>

      <h3>{r('agreement.heading')}</h3>
      <AgreementShare {...props} />
    </section>
  );
}

function Shift(props: BusinessCasePageProps & { businessCase: BusinessCase }) {
  const { lang, businessCase: b } = props;
  const r = (key: B, params?: Record<string, unknown>) => t(lang, `results.businessCase.${key}`, params);
  const s = b.shift;
  const unknown = r('shift.notKnown');
  const money = (value: number | null) => (value === null ? unknown : formatMoney(lang, value));
  const share = (value: number | null) => (value === null ? unknown : formatShare(lang, value));
  const rows: [B, string][] = [
    ['shift.baselineShare', share(s.baselineShare)],
    ['shift.periodShare', share(s.periodShare)],
    ['shift.points', s.points === null ? unknown : formatDecimal(lang, s.points)],
    ['shift.transactions', s.transactions === null ? unknown : formatDecimal(lang, s.transactions)],
    ['shift.servicedUnitCost', money(s.servicedUnitCost)],
    ['shift.selfServeUnitCost', money(s.selfServeUnitCost)],
    ['shift.costDifference', money(s.costDifference)],
  ];
  return (
    <>
      {s.transactions === null ? (
        <p>{r('shift.noBaseline')}</p>
      ) : (
        <p>
          {r('shift.summary', {
            baseline: share(s.baselineShare),
            period: share(s.periodShare),
            transactions: formatDecimal(lang, s.transactions),
            cost: money(s.costDifference),
          })}
        </p>
      )}
      <table class="data-table">
        <caption>{r('shift.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{r('shift.figure')}</th>
            <th scope="col" class="numeric">
              {r('shift.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{r(label)}</th>
              <td class="numeric">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarChart
        id="chart-shift"
        lang={lang}
        title={r('shift.chart')}
        categoryLabel={r('shift.period')}
        categories={[r('shift.baselineLabel'), r('shift.periodLabel')]}
        series={[{ name: t(lang, 'results.measures.selfServe'), values: [s.baselineShare, s.periodShare] }]}
        format="percent"
        axisIncludes={[0, 1]}
        dataTable={props.print ? 'visible' : 'collapsed'}
      />
    </>
  );
}

function AgreementShare(props: BusinessCasePageProps & { businessCase: BusinessCase }) {
  const { lang, businessCase: b } = props;
  const r = (key: B, params?: Record<string, unknown>) => t(lang, `results.businessCase.${key}`, params);
  if (!b.agreement)
    return (
      <p>
        {r(b.agreementProblem === 'not_readable' ? 'agreement.not_readable' : 'agreement.no_agreement', {
          from: formatDate(lang, b.period.from),
        })}
      </p>
    );
  const { agreement, partnership, report, lines } = b.agreement;
  return (
    <>
      <p>
        {r('agreement.intro', {
          title: agreementTitle(lang, agreement),
          partnership: local(partnership.name, lang),
          from: formatDate(lang, agreement.starts_on),
          to: formatDate(lang, agreement.ends_on),
          total: formatMoney(lang, report.total_cents / 100),
          formula: t(lang, FORMULA_LABEL[report.formula]),
        })}
      </p>
      {report.split === 'not_split' && <p class="notice-warning">{r('agreement.notSplit')}</p>}
      <table class="data-table">
        <caption>{r('agreement.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{r('agreement.party')}</th>
            <th scope="col">{r('agreement.role')}</th>
            <th scope="col" class="numeric">
              {r('agreement.volume')}
            </th>
            <th scope="col" class="numeric">
              {r('agreement.fraction')}
            </th>
            <th scope="col" class="numeric">
              {r('agreement.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.organization_id}>
              <th scope="row">{local(line.name, lang)}</th>
              <td>
                {isLabelled(PARTY_ROLE_LABEL, line.role) ? t(lang, PARTY_ROLE_LABEL[line.role]) : line.role}
              </td>
              <td class="numeric">{formatCount(lang, line.volume)}</td>
              <td class="numeric">{formatShare(lang, line.fraction)}</td>
              <td class="numeric">{formatMoney(lang, line.cents / 100)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CostTable(props: {
  lang: Lang;
  caption: string;
  head: string;
  rows: { key: string; label: string; line: CostLine }[];
  total: { label: string; line: CostLine };
}) {
  const { lang } = props;
  const r = (key: B) => t(lang, `results.businessCase.${key}`);
  const cells = (line: CostLine) => [
    formatCount(lang, line.transactions),
    formatMoney(lang, line.cost),
    line.perTransaction === null ? DASH : formatMoney(lang, line.perTransaction),
    line.uncostedShare === null ? DASH : formatShare(lang, line.uncostedShare),
  ];
  const heads: B[] = ['costs.transactions', 'costs.cost', 'costs.perTransaction', 'costs.uncosted'];
  const row = (key: string, label: string, line: CostLine) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {cells(line).map((cell, index) => (
        <td class="numeric" key={index}>
          {cell}
        </td>
      ))}
    </tr>
  );
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
      <tbody>{props.rows.map((entry) => row(entry.key, entry.label, entry.line))}</tbody>
      <tfoot>{row('total', props.total.label, props.total.line)}</tfoot>
    </table>
  );
}
