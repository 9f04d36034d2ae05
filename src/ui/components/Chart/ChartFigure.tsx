import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../../../platform/i18n/index.js';
import { INK, seriesStyle, type MarkerShape, type SeriesStyle } from './palette.js';

/** Where the data table sits: always shown under the chart, or folded in a « Show the data table ». */
export type DataTableDisplay = 'visible' | 'collapsed';

/** The data table's content, already written in the page's language. */
export interface ChartTable {
  /** The first column's header (what the rows are: channel, month), then one per column of figures. */
  headers: readonly string[];
  rows: readonly { label: string; cells: readonly string[] }[];
}

export interface ChartFigureProps {
  id: string;
  lang: Lang;
  title: string;
  /** The text summary: shown under the chart and given as the image's description. */
  summary: string;
  /** No figure to draw: a message instead of empty axes. */
  empty: boolean;
  /** Series names, in order; a legend is shown when there are several. */
  legend: readonly string[];
  legendKind: 'bar' | 'line';
  table: ChartTable;
  dataTable: DataTableDisplay;
  width: number;
  height: number;
  /** The drawing, inside the SVG. */
  children: ComponentChildren;
}

/** Every id a chart uses starts with its own, so two charts on one page never share one. */
export const chartIds = (id: string) => ({
  caption: `${id}-caption`,
  svgTitle: `${id}-svg-title`,
  svgDesc: `${id}-svg-desc`,
  pattern: (index: number) => `${id}-pattern-${index}`,
});

/**
 * What every chart shares: a figure captioned by its title; the SVG as one image named by that title and
 * described by the summary (its inner text is then not read piece by piece); a legend; the summary as a
 * paragraph anyone can read; and a table holding every figure drawn, for screen readers, for copying and
 * for anyone who would rather read numbers than compare heights.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { id, lang, title, summary, empty, table, dataTable } = props;
  const ids = chartIds(id);
  return (
    <figure class="chart" id={id}>
      <figcaption id={ids.caption} class="chart-title">
        {title}
      </figcaption>
      {empty ? (
        <p class="chart-empty">{t(lang, 'charts.empty')}</p>
      ) : (
        <>
          {/* Below 480 pixels the chart scrolls sideways rather than shrink its text: the keyboard reaches it too. */}
          <div class="chart-canvas" role="group" aria-labelledby={ids.caption} tabIndex={0}>
            <svg
              role="img"
              aria-labelledby={`${ids.svgTitle} ${ids.svgDesc}`}
              viewBox={`0 0 ${props.width} ${props.height}`}
              width="100%"
              preserveAspectRatio="xMidYMid meet"
              xmlns="http://www.w3.org/2000/svg"
            >
              <title id={ids.svgTitle}>{title}</title>
              <desc id={ids.svgDesc}>{summary}</desc>
              {props.legendKind === 'bar' && <BarPatterns id={id} count={props.legend.length} />}
              {props.children}
            </svg>
          </div>
          {props.legend.length > 1 && (
            <ul class="chart-legend" aria-label={t(lang, 'charts.legend')}>
              {props.legend.map((name, index) => (
                <li key={index}>
                  <LegendKey id={id} index={index} kind={props.legendKind} />
                  {name}
                </li>
              ))}
            </ul>
          )}
          <p class="chart-summary">{summary}</p>
          {dataTable === 'collapsed' ? (
            <details class="chart-data">
              <summary>{t(lang, 'charts.showTable')}</summary>
              <DataTable lang={lang} title={title} table={table} />
            </details>
          ) : (
            <DataTable lang={lang} title={title} table={table} />
          )}
        </>
      )}
    </figure>
  );
}

function DataTable({ lang, title, table }: { lang: Lang; title: string; table: ChartTable }) {
  const [first, ...columns] = table.headers;
  return (
    <table class="data-table">
      <caption>{t(lang, 'charts.tableCaption', { title })}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {columns.map((header, index) => (
            <th key={index} scope="col" class="numeric">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          <tr key={index}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, column) => (
              <td key={column} class="numeric">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The fill of the bar series at `index`: its colour, under its white pattern after the first. */
export const barFill = (id: string, index: number) =>
  seriesStyle(index).pattern === 'solid' ? seriesStyle(index).colour : `url(#${chartIds(id).pattern(index)})`;

const PATTERN_MARKS: Record<Exclude<SeriesStyle['pattern'], 'solid'>, string> = {
  diagonal: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  dots: '',
  horizontal: 'M0,4 h8',
  crosshatch: 'M0,0 l8,8 M8,0 l-8,8',
  vertical: 'M4,0 v8',
};

/** White patterns over the series' colours, so bars differ in more than colour. */
function BarPatterns({ id, count }: { id: string; count: number }) {
  if (count < 2) return null;
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => {
        const style = seriesStyle(index);
        if (style.pattern === 'solid') return null;
        return (
          <pattern
            key={index}
            id={chartIds(id).pattern(index)}
            patternUnits="userSpaceOnUse"
            width="8"
            height="8"
          >
            <rect width="8" height="8" fill={style.colour} />
            {style.pattern === 'dots' ? (
              <circle cx="4" cy="4" r="1.6" fill="#ffffff" />
            ) : (
              <path d={PATTERN_MARKS[style.pattern]} stroke="#ffffff" stroke-width="1.5" />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A marker centred on (x, y): each series has its own shape. */
export function Marker({
  shape,
  x,
  y,
  colour,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  colour: string;
}) {
  const s = 5;
  const common = { fill: colour, stroke: '#ffffff', 'stroke-width': 1.5 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={s} {...common} />;
    case 'square':
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} {...common} />;
    case 'triangle':
      return <path d={`M${x},${y - s - 1}L${x + s + 1},${y + s}L${x - s - 1},${y + s}Z`} {...common} />;
    case 'triangle-down':
      return <path d={`M${x},${y + s + 1}L${x + s + 1},${y - s}L${x - s - 1},${y - s}Z`} {...common} />;
    case 'diamond':
      return (
        <path d={`M${x},${y - s - 1}L${x + s + 1},${y}L${x},${y + s + 1}L${x - s - 1},${y}Z`} {...common} />
      );
    case 'cross':
      return (
        <path
          d={`M${x - s},${y - s}L${x + s},${y + s}M${x + s},${y - s}L${x - s},${y + s}`}
          stroke={colour}
          stroke-width="3"
        />
      );
  }
}

/** The legend's key for a series: a bar swatch, or a stretch of line with its dash and marker. */
function LegendKey({ id, index, kind }: { id: string; index: number; kind: 'bar' | 'line' }) {
  const style = seriesStyle(index);
  return (
    <svg
      class="chart-legend-key"
      width="36"
      height="18"
      viewBox="0 0 36 18"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'bar' ? (
        <rect x="1" y="1" width="34" height="16" fill={barFill(id, index)} stroke={INK} stroke-width="1" />
      ) : (
        <>
          <line
            x1="0"
            y1="9"
            x2="36"
            y2="9"
            stroke={style.colour}
            stroke-width="3"
            stroke-dasharray={style.dash || undefined}
          />
          <Marker shape={style.marker} x={18} y={9} colour={style.colour} />
        </>
      )}
    </svg>
  );
}
