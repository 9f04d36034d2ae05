import type {
  IndicatorClusterLine,
  IndicatorScreen,
  IndicatorUnit,
  IndicatorView,
} from '../../../../../domains/insights/index.js';
import { INDICATOR_DIRECTIONS, INDICATOR_UNITS } from '../../../../../domains/insights/index.js';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKeyUnder } from '../../../../../platform/i18n/index.js';
import { ErrorSummary } from '../../../../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../../../../ui/components/FieldError/FieldError.js';
import { formatDate, formatMoney } from '../../../../../ui/format.js';
import { CLUSTER_STATUS_LABEL, isLabelled } from '../../../../labels.js';
import { local } from '../../../views/text.js';
import { linkedProblems } from '../../views/agreementText.js';
import { CsrfField } from '../../shell.js';
import type { DefineForm, RecordForm } from './schema.js';

type Key = MessageKeyUnder<'results.indicators'>;
const say = (lang: Lang) => (key: Key, params?: Record<string, unknown>) =>
  t(lang, `results.indicators.${key}`, params);

const DONE = [
  'created',
  'updated',
  'unchanged',
  'recorded',
  'replaced',
  'valueUnchanged',
  'removed',
  'valueRemoved',
] as const;
export type Done = (typeof DONE)[number];
export const isDone = (value: string | undefined): value is Done => DONE.includes(value as Done);

/** An indicator's figure in its unit, as the language writes it. */
export function formatFigure(lang: Lang, unit: IndicatorUnit, value: number): string {
  const locale = lang === 'en' ? 'en-CA' : 'fr-CA';
  if (unit === 'dollars') return formatMoney(lang, value);
  if (unit === 'percent')
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return unit === 'days' ? say(lang)('daysValue', { value: number }) : number;
}

export function IndicatorListPage(props: {
  lang: Lang;
  lines: IndicatorClusterLine[];
  hrefOf(key: string): string;
}) {
  const { lang, lines } = props;
  const s = say(lang);
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA');
  return (
    <>
      <h1>{s('listTitle')}</h1>
      <p>{s('listIntro')}</p>
      {lines.length === 0 ? (
        <p>{s('noCluster')}</p>
      ) : (
        <table class="data-table">
          <caption>{s('listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{s('clusterColumn')}</th>
              <th scope="col">{s('statusColumn')}</th>
              <th scope="col" class="numeric">
                {s('countColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">
                  <a href={props.hrefOf(line.key)}>{local(line.title, lang)}</a>
                </th>
                <td>
                  {isLabelled(CLUSTER_STATUS_LABEL, line.status)
                    ? t(lang, CLUSTER_STATUS_LABEL[line.status])
                    : line.status}
                </td>
                <td class="numeric">{number.format(line.indicators)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export interface IndicatorPageProps {
  lang: Lang;
  token: string;
  screen: IndicatorScreen;
  done?: Done | undefined;
  /** The indicator being edited (`?edit=`), if any. */
  editing?: IndicatorView | undefined;
  define: { form: DefineForm; problems: FieldProblem[] };
  record: { form: RecordForm; problems: FieldProblem[] };
  paths: {
    define: string;
    record: string;
    edit(key: string): string;
    remove(key: string, day?: string): string;
    page: string;
  };
}

/** A field's label, hint, error and the attributes that tie them to the control. */
function fieldHelpers(lang: Lang, problems: FieldProblem[]) {
  const problem = (id: string) => problems.find((p) => p.path === id);
  return {
    attrs(id: string, hint: boolean) {
      const ids = [hint ? `${id}-hint` : '', problem(id) ? `${id}-error` : ''].filter(Boolean).join(' ');
      return {
        id,
        name: id,
        ...(ids ? { 'aria-describedby': ids } : {}),
        ...(problem(id) ? { 'aria-invalid': true as const } : {}),
      };
    },
    error(id: string) {
      const found = problem(id);
      return found ? <FieldError lang={lang} id={`${id}-error`} message={found.message} /> : null;
    },
  };
}

function IndicatorSection(props: {
  lang: Lang;
  indicator: IndicatorView;
  mayWrite: boolean;
  paths: IndicatorPageProps['paths'];
}) {
  const { lang, indicator, paths } = props;
  const s = say(lang);
  const name = local(indicator.name, lang);
  const figure = (value: number) => formatFigure(lang, indicator.unit, value);
  const latest = indicator.values.at(-1);
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const headingId = `indicator-${indicator.key}`;
  return (
    <section aria-labelledby={headingId} class="indicator">
      <h2 id={headingId}>{name}</h2>
      {indicator.description && <p>{local(indicator.description, lang)}</p>}
      <p>
        {s('unitOf', {
          unit: s(`units.${indicator.unit}`),
          direction: s(`directions.${indicator.direction}`),
        })}
      </p>
      <dl class="summary-list">
        <div>
          <dt>{s('baseline')}</dt>
          <dd>
            {s('valueOn', {
              value: figure(indicator.baseline.value),
              date: formatDate(lang, indicator.baseline.on),
            })}
          </dd>
        </div>
        <div>
          <dt>{s('target')}</dt>
          <dd>
            {s('valueOn', {
              value: figure(indicator.target.value),
              date: formatDate(lang, indicator.target.on),
            })}
          </dd>
        </div>
        <div>
          <dt>{s('progress')}</dt>
          <dd>
            {indicator.progress === null || !latest ? (
              s('progressNone')
            ) : (
              <>
                {/* The bar shows 0–100 %; the sentence says the real share, below zero or beyond the target too. */}
                <progress
                  max={100}
                  value={Math.round(Math.min(Math.max(indicator.progress, 0), 1) * 100)}
                  aria-label={s('progressLabel', { name })}
                />{' '}
                {s('progressText', {
                  percent: percent.format(indicator.progress),
                  value: figure(latest.value),
                  date: formatDate(lang, latest.on),
                })}
              </>
            )}
          </dd>
        </div>
      </dl>
      {indicator.values.length === 0 ? (
        <p>{s('noValues')}</p>
      ) : (
        <table class="data-table">
          <caption>{s('valuesCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{s('day')}</th>
              <th scope="col" class="numeric">
                {s('value')}
              </th>
              <th scope="col">{s('note')}</th>
              {props.mayWrite && <th scope="col">{s('actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {indicator.values.map((value) => (
              <tr key={value.on}>
                <th scope="row">{formatDate(lang, value.on)}</th>
                <td class="numeric">{figure(value.value)}</td>
                <td>{value.note ? local(value.note, lang) : ''}</td>
                {props.mayWrite && (
                  <td>
                    <a href={paths.remove(indicator.key, value.on)}>
                      {s('removeValue', { date: formatDate(lang, value.on) })}
                    </a>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.mayWrite && (
        <p class="actions">
          <a href={paths.edit(indicator.key)}>{s('edit', { name })}</a>{' '}
          <a href={paths.remove(indicator.key)}>{s('remove', { name })}</a>
        </p>
      )}
    </section>
  );
}

function RecordValueForm(props: IndicatorPageProps) {
  const { lang, record } = props;
  const s = say(lang);
  const { attrs, error } = fieldHelpers(lang, record.problems);
  return (
    <form method="post" action={props.paths.record} aria-labelledby="record-heading" novalidate>
      <h2 id="record-heading">{s('record.heading')}</h2>
      <p>{s('record.hint')}</p>
      <CsrfField token={props.token} />
      <div class="field">
        <label for="indicator">{s('record.indicator')}</label>
        {error('indicator')}
        <select {...attrs('indicator', false)}>
          {props.screen.indicators.map((indicator) => (
            <option
              key={indicator.key}
              value={indicator.key}
              selected={record.form.indicator === indicator.key}
            >
              {local(indicator.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="measured_on">{s('record.measuredOn')}</label>
        <p class="hint" id="measured_on-hint">
          {s('define.dateHint')}
        </p>
        {error('measured_on')}
        <input type="date" value={record.form.measured_on} {...attrs('measured_on', true)} />
      </div>
      <div class="field">
        <label for="value">{s('record.value')}</label>
        <p class="hint" id="value-hint">
          {s('record.valueHint')}
        </p>
        {error('value')}
        <input type="text" inputMode="decimal" value={record.form.value} {...attrs('value', true)} />
      </div>
      {(['note_en', 'note_fr'] as const).map((id) => (
        <div class="field" key={id}>
          <label for={id}>{s(id === 'note_en' ? 'record.noteEn' : 'record.noteFr')}</label>
          {error(id)}
          <textarea rows={2} lang={id === 'note_en' ? 'en' : 'fr'} {...attrs(id, false)}>
            {record.form[id]}
          </textarea>
        </div>
      ))}
      <button type="submit">{s('record.submit')}</button>
    </form>
  );
}

function DefineIndicatorForm(props: IndicatorPageProps) {
  const { lang, define, editing } = props;
  const s = say(lang);
  const { attrs, error } = fieldHelpers(lang, define.problems);
  const form = define.form;
  const text = (
    id: keyof DefineForm,
    label: Key,
    options: { hint?: Key; lang?: Lang; long?: boolean } = {},
  ) => (
    <div class="field" key={id}>
      <label for={id}>{s(label)}</label>
      {options.hint && (
        <p class="hint" id={`${id}-hint`}>
          {s(options.hint)}
        </p>
      )}
      {error(id)}
      {options.long ? (
        <textarea rows={3} lang={options.lang} {...attrs(id, !!options.hint)}>
          {form[id]}
        </textarea>
      ) : (
        <input type="text" lang={options.lang} value={form[id]} {...attrs(id, !!options.hint)} />
      )}
    </div>
  );
  const number = (id: keyof DefineForm, label: Key) => (
    <div class="field" key={id}>
      <label for={id}>{s(label)}</label>
      <p class="hint" id={`${id}-hint`}>
        {s('define.numberHint')}
      </p>
      {error(id)}
      <input type="text" inputMode="decimal" value={form[id]} {...attrs(id, true)} />
    </div>
  );
  const day = (id: keyof DefineForm, label: Key) => (
    <div class="field" key={id}>
      <label for={id}>{s(label)}</label>
      <p class="hint" id={`${id}-hint`}>
        {s('define.dateHint')}
      </p>
      {error(id)}
      <input type="date" value={form[id]} {...attrs(id, true)} />
    </div>
  );
  return (
    <form method="post" action={props.paths.define} aria-labelledby="define-heading" novalidate id="define">
      <h2 id="define-heading">
        {editing ? s('define.editHeading', { name: local(editing.name, lang) }) : s('define.heading')}
      </h2>
      {editing && (
        <p>
          <a href={props.paths.page}>{s('define.cancel')}</a>
        </p>
      )}
      <CsrfField token={props.token} />
      {text('key', 'define.key', { hint: 'define.keyHint' })}
      {text('name_en', 'define.nameEn', { lang: 'en' })}
      {text('name_fr', 'define.nameFr', { lang: 'fr' })}
      {text('description_en', 'define.descriptionEn', { lang: 'en', long: true })}
      {text('description_fr', 'define.descriptionFr', { lang: 'fr', long: true })}
      <div class="field">
        <label for="unit">{s('define.unit')}</label>
        {error('unit')}
        <select {...attrs('unit', false)}>
          {INDICATOR_UNITS.map((unit) => (
            <option key={unit} value={unit} selected={form.unit === unit}>
              {s(`units.${unit}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="direction">{s('define.direction')}</label>
        {error('direction')}
        <select {...attrs('direction', false)}>
          {INDICATOR_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction} selected={form.direction === direction}>
              {s(`directions.${direction}`)}
            </option>
          ))}
        </select>
      </div>
      {number('baseline_value', 'define.baselineValue')}
      {day('baseline_on', 'define.baselineOn')}
      {number('target_value', 'define.targetValue')}
      {day('target_on', 'define.targetOn')}
      <button type="submit">{s('define.submit')}</button>
    </form>
  );
}

export function IndicatorPage(props: IndicatorPageProps) {
  const { lang, screen } = props;
  const s = say(lang);
  const problems = [...props.record.problems, ...props.define.problems];
  return (
    <>
      <h1>{s('title', { cluster: local(screen.cluster.title, lang) })}</h1>
      {props.done && (
        <div class="notice notice-success" role="status">
          <p>{s(`done.${props.done}`)}</p>
        </div>
      )}
      <ErrorSummary heading={s('errorsHeading')} problems={linkedProblems(problems)} />
      <p>{s('intro')}</p>
      {!screen.mayWrite && <p class="notice">{s('readOnly')}</p>}
      {screen.indicators.length === 0 && <p>{s('none')}</p>}
      {screen.indicators.map((indicator) => (
        <IndicatorSection
          key={indicator.key}
          lang={lang}
          indicator={indicator}
          mayWrite={screen.mayWrite}
          paths={props.paths}
        />
      ))}
      {screen.mayWrite && screen.indicators.length > 0 && <RecordValueForm {...props} />}
      {screen.mayWrite && <DefineIndicatorForm {...props} />}
    </>
  );
}

/** The confirmation step of a removal: a plain form, so it works without JavaScript. */
export function RemovePage(props: {
  lang: Lang;
  token: string;
  indicator: IndicatorView;
  value?: IndicatorView['values'][number] | undefined;
  action: string;
  backHref: string;
}) {
  const { lang, indicator, value } = props;
  const s = say(lang);
  const name = local(indicator.name, lang);
  return (
    <>
      <h1>
        {value
          ? s('confirm.valueTitle', { date: formatDate(lang, value.on) })
          : s('confirm.indicatorTitle', { name })}
      </h1>
      <p>
        {value
          ? s('confirm.valueText', {
              value: formatFigure(lang, indicator.unit, value.value),
              name,
              date: formatDate(lang, value.on),
            })
          : indicator.values.length === 0
            ? s('confirm.indicatorTextNone')
            : s('confirm.indicatorText', { count: indicator.values.length })}
      </p>
      <form method="post" action={props.action}>
        <CsrfField token={props.token} />
        <input type="hidden" name="indicator" value={indicator.key} />
        {value && <input type="hidden" name="day" value={value.on} />}
        <button type="submit" class="button-warning">
          {s('confirm.submit')}
        </button>{' '}
        <a href={props.backHref}>{s('confirm.cancel')}</a>
      </form>
    </>
  );
}
