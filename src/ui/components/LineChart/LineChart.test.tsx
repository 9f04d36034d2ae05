import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { duplicateIdsIn, problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';
import { LineChart, runsOf } from './LineChart.js';

const cells = (html: string) => [...html.matchAll(/<td class="numeric">([^<]*)<\/td>/g)].map((m) => m[1]);
const rowHeaders = (html: string) => [...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
const valueTicks = (html: string) =>
  [...html.matchAll(/<text x="[^"]*" y="[^"]*" text-anchor="end">([^<]*)<\/text>/g)].map((m) => m[1]);
/** Each series' drawn lines, as the number of points in each. */
const linesOf = (html: string) =>
  [...html.matchAll(/<g class="chart-series">(.*?)<\/g>/g)].map((series) =>
    [...series[1]!.matchAll(/<path d="([^"]*)" fill="none"/g)].map(
      (path) => path[1]!.split(/[ML]/).length - 1,
    ),
  );
const markers = (html: string) =>
  [...html.matchAll(/<g class="chart-series">(.*?)<\/g>/g)].map(
    (series) => [...series[1]!.matchAll(/stroke="#ffffff" stroke-width="1.5"/g)].length,
  );

describe('runsOf', () => {
  it('ends a run at each missing figure instead of counting it as zero', () => {
    expect(runsOf([1, 2, null, 4, null, null, 7, 8])).toEqual([
      [
        { at: 0, value: 1 },
        { at: 1, value: 2 },
      ],
      [{ at: 3, value: 4 }],
      [
        { at: 6, value: 7 },
        { at: 7, value: 8 },
      ],
    ]);
    expect(runsOf([null, 0, 0])).toEqual([
      [
        { at: 1, value: 0 },
        { at: 2, value: 0 },
      ],
    ]);
  });
});

describe('LineChart examples', () => {
  const rendered = renderExamples(examples);
  const html = (name: string) => rendered.get(name)!.html;

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('are a captioned figure whose image is named by its title and described by its summary', () => {
    const indicator = html('indicator-against-target-en');
    expect(indicator).toMatch(
      /^<figure class="chart" id="indicator-clients-served"><figcaption id="indicator-clients-served-caption" class="chart-title">Clients served through the cluster, by quarter<\/figcaption>/,
    );
    expect(indicator).toContain(
      'role="img" aria-labelledby="indicator-clients-served-svg-title indicator-clients-served-svg-desc"',
    );
    const summary =
      'Clients served: highest 17,260 (Q3 2024-25), lowest 14,500 (Q1 2023-24). Target: 18,000. Baseline: 14,500.';
    expect(indicator).toContain(`<desc id="indicator-clients-served-svg-desc">${summary}</desc>`);
    expect(indicator).toContain(`<p class="chart-summary">${summary}</p>`);
  });

  it('put every figure and every reference level in the table, a row per period', () => {
    const indicator = html('indicator-against-target-en');
    expect(indicator).toContain(
      '<th scope="col">Quarter</th><th scope="col" class="numeric">Clients served</th><th scope="col" class="numeric">Target</th><th scope="col" class="numeric">Baseline</th>',
    );
    expect(rowHeaders(indicator)).toHaveLength(7);
    expect(cells(indicator).slice(0, 6)).toEqual([
      '14,500',
      '18,000',
      '14,500',
      '14,880',
      '18,000',
      '14,500',
    ]);
    expect(cells(indicator).filter((_, i) => i % 3 === 0)).toEqual([
      '14,500',
      '14,880',
      '15,320',
      '15,910',
      '16,240',
      '16,850',
      '17,260',
    ]);
  });

  it('draw reference levels labelled on the chart, the axis spanning them in round steps', () => {
    const indicator = html('indicator-against-target-en');
    expect(valueTicks(indicator).filter((label) => /^\d/.test(label!))).toEqual([
      '14,000',
      '15,000',
      '16,000',
      '17,000',
      '18,000',
    ]);
    expect(indicator).toContain('>Target: 18,000</text>');
    expect(indicator).toContain('>Baseline: 14,500</text>');
    expect([...indicator.matchAll(/<g class="chart-reference">/g)]).toHaveLength(2);
  });

  it('break the line at a missing month and mark every figure, in French', () => {
    const satisfaction = html('satisfaction-with-gaps-fr');
    // July, then December and January have no survey: three runs of 3, 4 and 2 months per channel.
    expect(linesOf(satisfaction)).toEqual([
      [3, 4, 2],
      [3, 4, 2],
    ]);
    expect(markers(satisfaction)).toEqual([9, 9]);
    expect(rowHeaders(satisfaction).slice(2, 4)).toEqual(['juin 2024', 'juill. 2024']);
    expect(cells(satisfaction).slice(4, 8)).toEqual([
      '4,0 sur 5',
      '3,7 sur 5',
      'Aucune donnée',
      'Aucune donnée',
    ]);
    expect(valueTicks(satisfaction)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(satisfaction).toContain(
      'En ligne\u00a0: maximum de 4,5 sur 5 (févr. 2025), minimum de 4,0 sur 5 (juin 2024).',
    );
  });

  it('write shares the French way and give each series its own dash in the legend', () => {
    const share = html('online-share-target-fr');
    expect(cells(share).slice(0, 2)).toEqual(['58,9\u00a0%', '75\u00a0%']);
    expect(share).toContain('>Cible\u00a0: 75\u00a0%</text>');
    expect(valueTicks(share).at(-1)).toBe('75\u00a0%');
    const shift = html('channel-shift-en');
    expect(shift).toContain('<ul class="chart-legend" aria-label="Legend">');
    expect(shift).toContain('stroke-dasharray="10 5"');
    expect(shift).toContain('stroke-dasharray="3 4"');
    expect(shift).toContain('<details class="chart-data"><summary>Show the data table</summary>');
    expect(cells(shift)).toHaveLength(12 * 4);
    expect(valueTicks(shift)[0]).toBe('0');
  });

  it('label only as many periods as fit, the table naming them all', () => {
    const shift = html('channel-shift-en');
    expect(shift).toContain('>Apr 2024</text>');
    expect(shift).toContain('>Jun 2024</text>');
    expect(shift).not.toContain('>May 2024</text>');
    expect(rowHeaders(shift)).toContain('May 2024');
  });

  it('show a message instead of empty axes when there is no figure', () => {
    const empty = html('no-responses-en');
    expect(empty).toContain('<p class="chart-empty">There are no figures to show for this chart yet.</p>');
    expect(empty).not.toContain('<svg');
    expect(empty).not.toContain('<table');
  });

  it('keep two charts on one page apart: every id starts with the chart’s own', () => {
    const props = examples.examples[0]!.props;
    const page = renderToString(
      <>
        <LineChart {...props} id="shift-a" />
        <LineChart {...props} id="shift-b" />
      </>,
    );
    expect(duplicateIdsIn(page)).toEqual([]);
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => !id.startsWith('shift-a') && !id.startsWith('shift-b'))).toEqual([]);
  });

  it('reach the values the page asks the axis to include, such as a whole 0 to 100 % scale', () => {
    const page = renderToString(
      <LineChart
        id="share"
        lang="en"
        title="Share of applications made online"
        periodLabel="Year"
        periods={['2023-2024', '2024-2025']}
        series={[{ name: 'Online', values: [0.58, 0.66] }]}
        format="percent"
        axisIncludes={[0, 1]}
      />,
    );
    expect(valueTicks(page)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });
});
