import type { ClusterSummary, CostLine } from '../../../../../domains/clusters/index.js';
import type { Agreement, CostSharingReport, Partnership } from '../../../../../domains/partnerships/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { formatDate, formatMoney } from '../../../../../ui/format.js';
import { local } from '../../../views/text.js';
import { agreementTitle, FORMULA_LABEL, linkedProblems, type Names } from '../../views/agreementText.js';
import { fieldHelpers } from '../../views/fieldHelpers.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { isLabelled, PARTY_ROLE_LABEL } from '../../../../labels.js';

export interface CostForm {
  cluster: string;
  from: string;
  to: string;
  total: string;
}

export interface CostResult {
  report: CostSharingReport;
  partnership: Partnership;
  agreement: Agreement;
  clusterTitle: string;
  lines: CostLine[];
  csvHref: string;
}

export function CostSharingPage(props: {
  lang: Lang;
  action: string;
  clusters: ClusterSummary[];
  form: CostForm;
  problems: FieldProblem[];
  result?: CostResult | undefined;
  names: Names;
}) {
  const { lang, form, problems, result, names } = props;
  const c = (key: MessageKeyUnder<'partnerships.costs'>, params?: Record<string, unknown>) =>
    t(lang, `partnerships.costs.${key}`, params);
  const locale = lang === 'en' ? 'en-CA' : 'fr-CA';
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const { described, fieldError } = fieldHelpers(lang, problems);
  return (
    <>
      <h1>{c('section')}</h1>
      <ErrorSummary heading={t(lang, 'partnerships.errorsHeading')} problems={linkedProblems(problems)} />
      <p>{c('intro')}</p>
      <form method="get" action={props.action} aria-labelledby="cost-form-heading" novalidate>
        <h2 id="cost-form-heading">{c('formHeading')}</h2>
        <div class="field">
          <label for="cluster">{c('cluster')}</label>
          {fieldError('cluster')}
          <select id="cluster" name="cluster" {...described('cluster', false)}>
            <option value="">{c('chooseCluster')}</option>
            {props.clusters.map((cluster) => (
              <option key={cluster.key} value={cluster.key} selected={form.cluster === cluster.key}>
                {local(cluster.title, lang)}
              </option>
            ))}
          </select>
        </div>
        {(['from', 'to'] as const).map((field) => (
          <div class="field" key={field}>
            <label for={field}>{c(field)}</label>
            <p class="hint" id={`${field}-hint`}>
              {c('dateHint')}
            </p>
            {fieldError(field)}
            <input id={field} name={field} type="date" value={form[field]} {...described(field, true)} />
          </div>
        ))}
        <div class="field">
          <label for="total">{c('total')}</label>
          <p class="hint" id="total-hint">
            {c('totalHint')}
          </p>
          {fieldError('total')}
          <input
            id="total"
            name="total"
            type="text"
            inputMode="decimal"
            value={form.total}
            {...described('total', true)}
          />
        </div>
        <button type="submit">{c('show')}</button>
      </form>
      {result && (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{result.clusterTitle}</h2>
          <p>
            {c('formula', { formula: t(lang, FORMULA_LABEL[result.report.formula]) })}{' '}
            {c('agreement', {
              agreement: agreementTitle(lang, result.agreement),
              partnership: local(result.partnership.name, lang),
              from: formatDate(lang, result.agreement.starts_on),
              to: formatDate(lang, result.agreement.ends_on),
            })}
          </p>
          {result.report.split !== 'formula' && (
            <p class="notice notice-warning">{c(`split.${result.report.split}`)}</p>
          )}
          <table class="data-table">
            <caption>
              {c('caption', {
                total: formatMoney(lang, result.report.total_cents / 100),
                cluster: result.clusterTitle,
                from: formatDate(lang, form.from),
                to: formatDate(lang, form.to),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{c('party')}</th>
                <th scope="col">{c('role')}</th>
                <th scope="col" class="numeric">
                  {c('volume')}
                </th>
                <th scope="col" class="numeric">
                  {c('share')}
                </th>
                <th scope="col" class="numeric">
                  {c('amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.lines.map((line) => (
                <tr key={line.organization_id}>
                  <th scope="row">{names.get(line.organization_id) ?? line.organization_id}</th>
                  <td>
                    {isLabelled(PARTY_ROLE_LABEL, line.role)
                      ? t(lang, PARTY_ROLE_LABEL[line.role])
                      : line.role}
                  </td>
                  <td class="numeric">{number.format(line.volume)}</td>
                  <td class="numeric">{percent.format(line.fraction)}</td>
                  <td class="numeric">{formatMoney(lang, line.cents / 100)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {c('totalRow')}
                </th>
                <td class="numeric">
                  {number.format(result.lines.reduce((sum, line) => sum + line.volume, 0))}
                </td>
                <td class="numeric">
                  {percent.format(result.lines.reduce((sum, line) => sum + line.fraction, 0))}
                </td>
                <td class="numeric">
                  {formatMoney(lang, result.lines.reduce((sum, line) => sum + line.cents, 0) / 100)}
                </td>
              </tr>
            </tfoot>
          </table>
          <p class="hint">{c('volumeNote')}</p>
          <p>
            <a href={result.csvHref} download>
              {c('download')}
            </a>
          </p>
        </section>
      )}
    </>
  );
}
