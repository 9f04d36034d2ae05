import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

describe('ErrorSummary examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('announce themselves, take the focus and are labelled by their heading', () => {
    for (const name of ['one-problem-en', 'several-problems-fr', 'long-text-en']) {
      const html = rendered.get(name)!.html;
      expect(html, name).toMatch(
        /^<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">/,
      );
    }
    expect(rendered.get('one-problem-en')!.html).toContain(
      '<li><a href="#near">Enter a postal code or the name of a place</a></li>',
    );
  });

  it('link each problem to its field, and leave a problem without a field as text', () => {
    const fr = rendered.get('several-problems-fr')!.html;
    expect(fr).toContain(
      '<h2 id="error-summary-title">Il y a un problème</h2><p>La fiche n’a pas été enregistrée.',
    );
    expect(fr).toContain('<a href="#name-fr">Nom (français)\u00a0: le nom est obligatoire</a>');
    expect(fr).toContain('<a href="#email">');
    expect(fr).toContain('<li>Quelqu’un d’autre a modifié cette fiche\u00a0; rechargez-la');
    expect(fr.match(/<li>/g)).toHaveLength(3);
  });

  it('render nothing without a problem', () => {
    expect(rendered.get('no-problem-en')!.html).toBe('');
  });
});
