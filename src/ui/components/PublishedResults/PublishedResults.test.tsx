import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

const cells = (html: string) => [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

describe('PublishedResults examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('puts every figure in a captioned table, the channels adding up to their total', () => {
    const html = rendered.get('two-years-en')!.html;
    expect(html).toContain('<caption>Applications by channel, 2023-2024</caption>');
    expect(html).toContain('<caption>Applications by channel, 2022-2023</caption>');
    expect(cells(html).slice(0, 8)).toEqual(['41,250', '3,100', '900', '750', '0', '0', '0', '46,000']);
    expect(html).toContain('89.7%');
    expect(html).toContain('128,400');
    expect(cells(html).slice(8, 14)).toEqual(['80%', '74%', 'No', '90%', '97%', 'Yes']);
    expect(html).toContain('<th scope="row">Receive the decision</th><td>No</td>');
    expect(html).toContain('<th scope="row">Give feedback or resolve a problem</th><td>Not published</td>');
  });

  it('says a figure was not published rather than showing zero, in French', () => {
    const html = rendered.get('nothing-counted-fr')!.html;
    expect(html).toContain('Aucune donnée sur les demandes n’a été publiée pour cet exercice.');
    expect(html).not.toContain('Demandes par mode de prestation');
    expect(html).toContain('<dt>Part des demandes faites en ligne</dt><dd>Non publié</dd>');
    expect(html).toContain('<dt>Demandes de renseignements par téléphone</dt><dd>Non publié</dd>');
    expect(cells(html).slice(0, 3)).toEqual(['90\u00a0%', 'Non publié', 'Non publié']);
  });
});
