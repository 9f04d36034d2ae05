import { t, type Lang } from '../../../platform/i18n/index.js';
import { barFill, ChartFigure, type DataTableDisplay } from '../Chart/ChartFigure.js';
import { formatTick, formatValue, valueTicks, type ValueFormat } from '../Chart/format.js';
import { FONT_SIZE, linear, r, textWidth, WIDTH, wrapLabel } from '../Chart/geometry.js';
import { GRID, INK } from '../Chart/palette.js';
import { summariseSeries, summariseTotals, type ChartSeries } from '../Chart/summary.js';

export interface BarChartProps {
  /** Unique on the page: the figure's id and the start of every id inside it. */
  id: string;
  lang: Lang;
  /** The figure's caption and the image's name. */
  title: string;
  /** What the categories are (`Channel`): the data table's first header. */
  categoryLabel: string;
  categories: readonly string[];
  /** One or more series, each with a value per category; grouped side by side unless `stacked`. */
  series: readonly ChartSeries[];
  format?: ValueFormat;
  /** Vertical bars (the default) or horizontal ones, better for long category names. */
  orientation?: 'vertical' | 'horizontal';
  /** Stack the series into one bar per category; the table then adds each category's total. */
  stacked?: boolean;
  /** Values the axis must reach whatever the figures, e.g. `[1]` for shares on a 0 to 100 % scale. */
  axisIncludes?: readonly number[];
  /** The text summary, when the page has worked one out; otherwise the highest and lowest figures. */
  summary?: string;
  dataTable?: DataTableDisplay;
}

interface Bar {
  category: number;
  series: number;
  /** Where the bar starts and ends on the value axis. */
  from: number;
  to: number;
}

const sum = (values: readonly (number | null)[]) =>
  values.every((value) => value === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** Each bar's span: from zero when grouped, on top of the ones before when stacked (negatives below zero). */
function barsOf(categories: readonly string[], series: readonly ChartSeries[], stacked: boolean): Bar[] {
  const bars: Bar[] = [];
  categories.forEach((_, category) => {
    let above = 0;
    let below = 0;
    series.forEach((one, index) => {
      const value = one.values[category] ?? null;
      if (value === null || !Number.isFinite(value)) return;
      if (!stacked) bars.push({ category, series: index, from: 0, to: value });
      else if (value >= 0) bars.push({ category, series: index, from: above, to: (above += value) });
      else bars.push({ category, series: index, from: below, to: (below += value) });
    });
  });
  return bars;
}

/**
 * Bars per category for one or more series, grouped or stacked, vertical or horizontal, drawn on the
 * server as SVG, with the figures in a table beside it (ChartFigure).
 */
export function BarChart(props: BarChartProps) {
  const { id, lang, title, categories, series } = props;
  const format = props.format ?? 'count';
  const stacked = props.stacked ?? false;
  const horizontal = props.orientation === 'horizontal';
  const bars = barsOf(categories, series, stacked);
  const totals = categories.map((_, category) => sum(series.map((one) => one.values[category] ?? null)));
  const figure = (value: number | null) =>
    value === null ? t(lang, 'charts.noValue') : formatValue(lang, format, value);
  const withTotal = stacked && series.length > 1;
  const table = {
    headers: [
      props.categoryLabel,
      ...series.map((one) => one.name),
      ...(withTotal ? [t(lang, 'charts.total')] : []),
    ],
    rows: categories.map((label, category) => ({
      label,
      cells: [
        ...series.map((one) => figure(one.values[category] ?? null)),
        ...(withTotal ? [figure(totals[category] ?? null)] : []),
      ],
    })),
  };
  const summary =
    props.summary ??
    (stacked
      ? summariseTotals(lang, format, categories, totals)
      : summariseSeries(lang, format, categories, series));

  // Bars always start at zero: a bar's length is its value.
  const ends = [...bars.flatMap((bar) => [bar.from, bar.to]), ...(props.axisIncludes ?? [])];
  const ticks = valueTicks(format, Math.min(0, ...ends), Math.max(0, ...ends));
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const tickLabels = ticks.map((tick) => formatTick(lang, format, tick, step));
  const groupSize = stacked ? 1 : series.length;
  const slot = (bar: Bar) => (stacked ? 0 : bar.series);
  const missing = categories.flatMap((_, category) =>
    stacked
      ? totals[category] === null
        ? [{ category, slot: 0 }]
        : []
      : series.flatMap((one, index) =>
          (one.values[category] ?? null) === null ? [{ category, slot: index }] : [],
        ),
  );
  const layout = horizontal
    ? horizontalLayout(categories, groupSize, ticks, tickLabels)
    : verticalLayout(categories, groupSize, ticks, tickLabels);

  return (
    <ChartFigure
      id={id}
      lang={lang}
      title={title}
      summary={summary}
      empty={bars.length === 0}
      legend={series.map((one) => one.name)}
      legendKind="bar"
      table={table}
      dataTable={props.dataTable ?? 'visible'}
      width={WIDTH}
      height={layout.height}
    >
      <g font-size={FONT_SIZE} fill={INK}>
        {layout.grid}
      </g>
      <g stroke={INK} stroke-width="1">
        {bars.map((bar, index) => (
          <rect
            key={index}
            fill={barFill(id, bar.series)}
            {...layout.bar(bar.category, slot(bar), bar.from, bar.to)}
          />
        ))}
      </g>
      {layout.baseline}
      {/* A missing figure is said to be missing, so an absent bar is not read as zero. */}
      <g font-size={FONT_SIZE} fill={INK}>
        {missing.map(({ category, slot }) => {
          const place = layout.missing(category, slot);
          return place ? (
            <text key={`${category}-${slot}`} {...place} class="chart-missing">
              {t(lang, 'charts.noValue')}
            </text>
          ) : null;
        })}
      </g>
    </ChartFigure>
  );
}

const LINE_HEIGHT = 20;

/** Categories along the bottom (names wrapped to their band), values up the left. */
function verticalLayout(
  categories: readonly string[],
  groupSize: number,
  ticks: number[],
  tickLabels: string[],
) {
  const left = Math.max(...tickLabels.map((label) => textWidth(label))) + 14;
  const right = 12;
  const top = 14;
  const plotHeight = 260;
  const band = (WIDTH - left - right) / Math.max(1, categories.length);
  const perLine = Math.max(4, Math.floor(band / (FONT_SIZE * 0.56)));
  const labels = categories.map((category) => wrapLabel(category, perLine));
  const lines = Math.max(1, ...labels.map((label) => label.length));
  const bottom = 14 + lines * LINE_HEIGHT;
  const y = linear(ticks[0]!, ticks.at(-1)!, top + plotHeight, top);
  const groupWidth = band * (groupSize > 1 ? 0.8 : 0.6);
  const barWidth = groupWidth / groupSize;
  return {
    height: top + plotHeight + bottom,
    grid: (
      <>
        {ticks.map((tick, index) => (
          <g key={index}>
            <line x1={r(left)} x2={WIDTH - right} y1={r(y(tick))} y2={r(y(tick))} stroke={GRID} />
            <text x={r(left - 8)} y={r(y(tick) + 5)} text-anchor="end">
              {tickLabels[index]}
            </text>
          </g>
        ))}
        {labels.map((label, category) => (
          <text
            key={category}
            x={r(left + band * (category + 0.5))}
            y={top + plotHeight + 6}
            text-anchor="middle"
          >
            {label.map((line, index) => (
              <tspan key={index} x={r(left + band * (category + 0.5))} dy={LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </>
    ),
    baseline: (
      <line x1={r(left)} x2={WIDTH - right} y1={r(y(0))} y2={r(y(0))} stroke={INK} stroke-width="2" />
    ),
    bar: (category: number, slot: number, from: number, to: number) => ({
      x: r(left + band * category + (band - groupWidth) / 2 + slot * barWidth),
      width: r(barWidth),
      y: r(Math.min(y(from), y(to))),
      height: r(Math.abs(y(to) - y(from))),
    }),
    /** Where a missing figure's « No data » goes: up from the baseline, if its slot is wide enough. */
    missing: (category: number, slot: number) => {
      if (barWidth < FONT_SIZE + 2) return null;
      const cx = r(left + band * category + (band - groupWidth) / 2 + (slot + 0.5) * barWidth + 5);
      const cy = r(y(0) - 6);
      return { x: cx, y: cy, transform: `rotate(-90 ${cx} ${cy})` };
    },
  };
}

/** Categories down the left (names wrapped to at most 220 units), values along the bottom. */
function horizontalLayout(
  categories: readonly string[],
  groupSize: number,
  ticks: number[],
  tickLabels: string[],
) {
  const labels = categories.map((category) => wrapLabel(category, Math.floor(220 / (FONT_SIZE * 0.56))));
  const lines = Math.max(1, ...labels.map((label) => label.length));
  const left = Math.max(...labels.flat().map((line) => textWidth(line))) + 14;
  const right = textWidth(tickLabels.at(-1)!) / 2 + 8;
  const top = 8;
  const band = Math.max(groupSize * 22 + 16, lines * LINE_HEIGHT + 12);
  const plotHeight = band * Math.max(1, categories.length);
  const bottom = 34;
  const x = linear(ticks[0]!, ticks.at(-1)!, left, WIDTH - right);
  const groupHeight = band - 16;
  const barHeight = groupHeight / groupSize;
  return {
    height: top + plotHeight + bottom,
    grid: (
      <>
        {ticks.map((tick, index) => (
          <g key={index}>
            <line x1={r(x(tick))} x2={r(x(tick))} y1={top} y2={top + plotHeight} stroke={GRID} />
            <text x={r(x(tick))} y={top + plotHeight + 24} text-anchor="middle">
              {tickLabels[index]}
            </text>
          </g>
        ))}
        {labels.map((label, category) => {
          const middle = top + band * (category + 0.5);
          return (
            <text
              key={category}
              x={r(left - 8)}
              y={r(middle - ((label.length - 1) * LINE_HEIGHT) / 2 + 5)}
              text-anchor="end"
            >
              {label.map((line, index) => (
                <tspan key={index} x={r(left - 8)} dy={index === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </>
    ),
    baseline: <line x1={r(x(0))} x2={r(x(0))} y1={top} y2={top + plotHeight} stroke={INK} stroke-width="2" />,
    bar: (category: number, slot: number, from: number, to: number) => ({
      x: r(Math.min(x(from), x(to))),
      width: r(Math.abs(x(to) - x(from))),
      y: r(top + band * category + 8 + slot * barHeight),
      height: r(barHeight),
    }),
    /** Where a missing figure's « No data » goes: just past the baseline, in its bar's place. */
    missing: (category: number, slot: number) => ({
      x: r(x(0) + 6),
      y: r(top + band * category + 8 + (slot + 0.5) * barHeight + 5),
    }),
  };
}
