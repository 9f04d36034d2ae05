import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { duplicateIdsIn, problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { BarChart } from './BarChart.js';
import { examples } from './examples.js';

const cells = (html: string) => [...html.matchAll(/<td class="numeric">([^<]*)<\/td>/g)].map((m) => m[1]);
const rowHeaders = (html: string) => [...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
/** The value axis's labels: vertical charts right-align them left of the plot, horizontal ones centre them below. */
const tickLabels = (html: string, anchor: 'end' | 'middle') =>
  [...html.matchAll(new RegExp(`<text x="[^"]*" y="[^"]*" text-anchor="${anchor}">([^<]*)</text>`, 'g'))].map(
    (m) => m[1],
  );
const bars = (html: string) => [...html.matchAll(/<rect fill="[^"]*" x=/g)].length;

describe('BarChart examples', () => {
  const rendered = renderExamples(examples);
  const html = (name: string) => rendered.get(name)!.html;

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('are a captioned figure whose image is named by its title and described by its summary', () => {
    const volume = html('volume-by-channel-en');
    expect(volume).toMatch(
      /^<figure class="chart" id="volume-by-channel"><figcaption id="volume-by-channel-caption" class="chart-title">Applications by channel, 2024-2025<\/figcaption>/,
    );
    expect(volume).toContain(
      '<svg role="img" aria-labelledby="volume-by-channel-svg-title volume-by-channel-svg-desc" viewBox="0 0 640 ',
    );
    expect(volume).toContain(
      '<title id="volume-by-channel-svg-title">Applications by channel, 2024-2025</title>',
    );
    const summary = 'Applications: highest 137,310 (Online), lowest 6,520 (Mail).';
    expect(volume).toContain(`<desc id="volume-by-channel-svg-desc">${summary}</desc>`);
    expect(volume).toContain(`<p class="chart-summary">${summary}</p>`);
  });

  it('put every figure drawn in the table, right-aligned under scoped headers', () => {
    const volume = html('volume-by-channel-en');
    expect(volume).toContain('<caption>Data table: Applications by channel, 2024-2025</caption>');
    expect(volume).toContain('<th scope="col">Channel</th><th scope="col" class="numeric">Applications</th>');
    expect(rowHeaders(volume)).toEqual(['Online', 'Telephone', 'In person', 'Mail']);
    expect(cells(volume)).toEqual(['137,310', '43,990', '20,100', '6,520']);
    expect(bars(volume)).toBe(4);
  });

  it('start the value axis at zero and step it by round numbers', () => {
    expect(tickLabels(html('volume-by-channel-en'), 'middle')).toEqual(['0', '50,000', '100,000', '150,000']);
    expect(tickLabels(html('monthly-stacked-en'), 'end')).toEqual([
      '0',
      '5,000',
      '10,000',
      '15,000',
      '20,000',
    ]);
    expect(tickLabels(html('satisfaction-by-channel-fr'), 'middle')).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('stack the series, the table adding each category’s total, folded behind a summary', () => {
    const monthly = html('monthly-stacked-en');
    expect(bars(monthly)).toBe(48);
    expect(monthly).toContain('<details class="chart-data"><summary>Show the data table</summary><table');
    expect(monthly).toContain(
      '<th scope="col" class="numeric">Mail</th><th scope="col" class="numeric">Total</th>',
    );
    // April: 9,820 online, 4,210 by telephone, 1,930 in person, 710 by mail.
    expect(cells(monthly).slice(0, 5)).toEqual(['9,820', '4,210', '1,930', '710', '16,670']);
    expect(cells(monthly)).toHaveLength(12 * 5);
    expect(monthly).toContain('Highest total 18,400 (Mar 2025), lowest total 16,540 (Jul 2024).');
    // Patterns tell the stacked series apart without colour; their ids are the chart's own.
    expect(monthly).toContain('<pattern id="monthly-applications-pattern-1"');
    expect(monthly).toContain('fill="url(#monthly-applications-pattern-1)"');
  });

  it('group two series with a legend, in French: « 62 % », the caller’s summary', () => {
    const grouped = html('preference-vs-transacted-fr');
    expect(bars(grouped)).toBe(8);
    expect(grouped).toContain('<ul class="chart-legend" aria-label="Légende"><li>');
    expect(grouped).toContain('Mode préféré</li><li>');
    expect(cells(grouped)).toEqual([
      '62\u00a0%',
      '48\u00a0%',
      '21\u00a0%',
      '30\u00a0%',
      '14\u00a0%',
      '17\u00a0%',
      '3\u00a0%',
      '5\u00a0%',
    ]);
    expect(tickLabels(grouped, 'end')).toEqual([
      '0\u00a0%',
      '20\u00a0%',
      '40\u00a0%',
      '60\u00a0%',
      '80\u00a0%',
    ]);
    expect(grouped).toContain('<p class="chart-summary">Six clients sur dix préfèrent le service en ligne');
    expect(grouped).toContain(
      '<caption>Tableau de données\u00a0: Mode de prestation préféré et mode utilisé, 2024-2025</caption>',
    );
  });

  it('say a missing figure is missing, draw no bar for it and no legend for one series', () => {
    const satisfaction = html('satisfaction-by-channel-fr');
    expect(cells(satisfaction)).toEqual(['4,3 sur 5', '3,6 sur 5', '4,1 sur 5', 'Aucune donnée']);
    expect(bars(satisfaction)).toBe(3);
    expect([...satisfaction.matchAll(/class="chart-missing">Aucune donnée<\/text>/g)]).toHaveLength(1);
    expect(satisfaction).not.toContain('chart-legend"');
  });

  it('show a message instead of empty axes when there is no figure', () => {
    expect(html('no-figures-fr')).toBe(
      '<figure class="chart" id="no-figures"><figcaption id="no-figures-caption" class="chart-title">Demandes par mode de prestation, 2025-2026</figcaption><p class="chart-empty">Il n’y a encore aucune donnée à afficher dans ce graphique.</p></figure>',
    );
  });

  it('keep two charts on one page apart: every id starts with the chart’s own', () => {
    const props = examples.examples[2]!.props;
    const page = renderToString(
      <>
        <BarChart {...props} id="chart-a" />
        <BarChart {...props} id="chart-b" />
      </>,
    );
    expect(duplicateIdsIn(page)).toEqual([]);
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => !id.startsWith('chart-a') && !id.startsWith('chart-b'))).toEqual([]);
    expect(ids.length).toBeGreaterThan(6);
  });

  it('write « No data » in a missing bar’s place when grouped bars leave room for it', () => {
    const page = renderToString(
      <BarChart
        id="calls"
        lang="en"
        title="Calls answered"
        categoryLabel="Office"
        categories={['Halifax', 'Moncton']}
        series={[
          { name: '2023-2024', values: [12_000, null] },
          { name: '2024-2025', values: [13_500, 9_800] },
        ]}
      />,
    );
    expect(bars(page)).toBe(3);
    expect(page).toMatch(
      /<text x="[^"]*" y="[^"]*" transform="rotate\(-90 [^"]*\)" class="chart-missing">No data<\/text>/,
    );
    expect(cells(page)).toEqual(['12,000', '13,500', 'No data', '9,800']);
  });

  it('reach the values the page asks the axis to include', () => {
    const page = renderToString(
      <BarChart
        id="shares"
        lang="fr"
        title="Part des demandes faites en ligne"
        categoryLabel="Exercice"
        categories={['2023-2024', '2024-2025']}
        series={[{ name: 'En ligne', values: [0.58, 0.66] }]}
        format="percent"
        axisIncludes={[1]}
      />,
    );
    expect(tickLabels(page, 'end')).toEqual([
      '0\u00a0%',
      '25\u00a0%',
      '50\u00a0%',
      '75\u00a0%',
      '100\u00a0%',
    ]);
  });
});
