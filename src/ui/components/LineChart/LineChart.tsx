import { t, type Lang } from '../../../platform/i18n/index.js';
import { ChartFigure, Marker, type DataTableDisplay } from '../Chart/ChartFigure.js';
import { formatTick, formatValue, valueTicks, type ValueFormat } from '../Chart/format.js';
import { FONT_SIZE, linear, r, textWidth, WIDTH } from '../Chart/geometry.js';
import { GRID, INK, REFERENCE, seriesStyle } from '../Chart/palette.js';
import { summariseSeries, type ChartSeries } from '../Chart/summary.js';

/** A level drawn across the chart with its label: a target, a baseline. */
export interface ChartReference {
  label: string;
  value: number;
}

export interface LineChartProps {
  /** Unique on the page: the figure's id and the start of every id inside it. */
  id: string;
  lang: Lang;
  /** The figure's caption and the image's name. */
  title: string;
  /** What the periods are (`Month`): the data table's first header. */
  periodLabel: string;
  /** Ordered periods, oldest first, as the page writes them (`Apr 2024`). */
  periods: readonly string[];
  /** One or more series, each with a value per period; null where there is no figure breaks the line. */
  series: readonly ChartSeries[];
  format?: ValueFormat;
  /** Levels drawn across the chart, labelled on it and given a column in the table. */
  references?: readonly ChartReference[];
  /** Start the value axis at zero; otherwise it spans the figures (and references), so a change shows. */
  startAtZero?: boolean;
  /** Values the axis must reach whatever the figures, e.g. `[0, 1]` for shares on a 0 to 100 % scale. */
  axisIncludes?: readonly number[];
  /** The text summary, when the page has worked one out; otherwise each series' highest and lowest. */
  summary?: string;
  dataTable?: DataTableDisplay;
}

/** The runs of consecutive figures: a missing one ends a run, so the line breaks instead of falling to zero. */
export function runsOf(values: readonly (number | null)[]): { at: number; value: number }[][] {
  const runs: { at: number; value: number }[][] = [];
  let current: { at: number; value: number }[] = [];
  values.forEach((value, at) => {
    if (value === null || !Number.isFinite(value)) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push({ at, value });
  });
  if (current.length) runs.push(current);
  return runs;
}

const TOP = 16;
const PLOT_HEIGHT = 260;
const BOTTOM = 40;

/**
 * One or more series over ordered periods, each point marked, with optional reference levels, drawn on
 * the server as SVG, with the figures in a table beside it (ChartFigure).
 */
export function LineChart(props: LineChartProps) {
  const { id, lang, title, periods, series } = props;
  const format = props.format ?? 'count';
  const references = props.references ?? [];
  const figure = (value: number | null) =>
    value === null ? t(lang, 'charts.noValue') : formatValue(lang, format, value);
  const table = {
    headers: [
      props.periodLabel,
      ...series.map((one) => one.name),
      ...references.map((reference) => reference.label),
    ],
    rows: periods.map((label, at) => ({
      label,
      cells: [
        ...series.map((one) => figure(one.values[at] ?? null)),
        ...references.map((reference) => figure(reference.value)),
      ],
    })),
  };
  const summary =
    props.summary ??
    [
      summariseSeries(lang, format, periods, series),
      ...references.map((reference) =>
        t(lang, 'charts.summary.reference', {
          label: reference.label,
          value: formatValue(lang, format, reference.value),
        }),
      ),
    ].join(' ');

  const values = series.flatMap((one) =>
    one.values
      .slice(0, periods.length)
      .filter((value): value is number => value !== null && Number.isFinite(value)),
  );
  const scale = [
    ...values,
    ...references.map((reference) => reference.value),
    ...(props.startAtZero ? [0] : []),
    ...(props.axisIncludes ?? []),
  ];
  const ticks = valueTicks(format, Math.min(...scale), Math.max(...scale));
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const tickLabels = ticks.map((tick) => formatTick(lang, format, tick, step));

  const left = Math.max(...tickLabels.map((label) => textWidth(label))) + 14;
  const right = 12;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const y = linear(ticks[0]!, ticks.at(-1)!, TOP + PLOT_HEIGHT, TOP);
  const widest = Math.max(0, ...periods.map((period) => textWidth(period)));
  // Room at each end, so the first and last markers and period labels stay inside.
  const inset = Math.max(16, widest / 2 + 4 - right);
  const x = (at: number) =>
    periods.length === 1
      ? (left + WIDTH - right) / 2
      : linear(0, periods.length - 1, left + inset, WIDTH - right - inset)(at);
  // Label every period if they fit, else every second, third…: the table names them all.
  const spacing = periods.length > 1 ? (WIDTH - right - left - 2 * inset) / (periods.length - 1) : WIDTH;
  const every = Math.max(1, Math.ceil((widest + 12) / spacing));

  return (
    <ChartFigure
      id={id}
      lang={lang}
      title={title}
      summary={summary}
      empty={values.length === 0}
      legend={series.map((one) => one.name)}
      legendKind="line"
      table={table}
      dataTable={props.dataTable ?? 'visible'}
      width={WIDTH}
      height={height}
    >
      <g font-size={FONT_SIZE} fill={INK}>
        {ticks.map((tick, index) => (
          <g key={index}>
            <line x1={r(left)} x2={WIDTH - right} y1={r(y(tick))} y2={r(y(tick))} stroke={GRID} />
            <text x={r(left - 8)} y={r(y(tick) + 5)} text-anchor="end">
              {tickLabels[index]}
            </text>
          </g>
        ))}
        <line
          x1={r(left)}
          x2={WIDTH - right}
          y1={TOP + PLOT_HEIGHT}
          y2={TOP + PLOT_HEIGHT}
          stroke={INK}
          stroke-width="2"
        />
        {periods.map((period, at) =>
          at % every === 0 ? (
            <g key={at}>
              <line
                x1={r(x(at))}
                x2={r(x(at))}
                y1={TOP + PLOT_HEIGHT}
                y2={TOP + PLOT_HEIGHT + 6}
                stroke={INK}
              />
              <text x={r(x(at))} y={TOP + PLOT_HEIGHT + 26} text-anchor="middle">
                {period}
              </text>
            </g>
          ) : null,
        )}
      </g>
      {references.map((reference, index) => (
        <g key={index} class="chart-reference">
          <line
            x1={r(left)}
            x2={WIDTH - right}
            y1={r(y(reference.value))}
            y2={r(y(reference.value))}
            stroke={REFERENCE}
            stroke-width="2"
            stroke-dasharray="8 3 2 3"
          />
          {/* Above its line at the right (below it at the top), haloed in white so a series crossing it does not hide it. */}
          <text
            x={WIDTH - right - 4}
            y={r(y(reference.value) - 7 < TOP + 8 ? y(reference.value) + 20 : y(reference.value) - 7)}
            text-anchor="end"
            font-size={FONT_SIZE}
            fill={INK}
            stroke="#ffffff"
            stroke-width="4"
            paint-order="stroke"
          >
            {t(lang, 'charts.referenceLabel', {
              label: reference.label,
              value: formatValue(lang, format, reference.value),
            })}
          </text>
        </g>
      ))}
      {series.map((one, index) => {
        const style = seriesStyle(index);
        const runs = runsOf(one.values.slice(0, periods.length));
        return (
          <g key={index} class="chart-series">
            {runs
              .filter((run) => run.length > 1)
              .map((run, part) => (
                <path
                  key={part}
                  d={run.map((point, i) => `${i ? 'L' : 'M'}${r(x(point.at))},${r(y(point.value))}`).join('')}
                  fill="none"
                  stroke={style.colour}
                  stroke-width="3"
                  stroke-linejoin="round"
                  stroke-dasharray={style.dash || undefined}
                />
              ))}
            {runs.flat().map((point) => (
              <Marker
                key={point.at}
                shape={style.marker}
                x={r(x(point.at))}
                y={r(y(point.value))}
                colour={style.colour}
              />
            ))}
          </g>
        );
      })}
    </ChartFigure>
  );
}
