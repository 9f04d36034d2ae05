import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

describe('FieldError examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('carry the id the field points to and a hidden prefix in the page’s language', () => {
    expect(rendered.get('required-en')!.html).toBe(
      '<p class="field-error" id="email-error"><span class="visually-hidden">Error: </span>Enter an email address</p>',
    );
    expect(rendered.get('format-fr')!.html).toBe(
      '<p class="field-error" id="near-error"><span class="visually-hidden">Erreur\u00a0: </span>' +
        'Entrez un code postal comme «\u00a0K1A 0B1\u00a0» ou le nom d’un lieu</p>',
    );
  });
});
