import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

describe('LanguageToggle examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('name the other language in that language, so a screen reader pronounces it right', () => {
    expect(rendered.get('to-french')!.html).toBe(
      '<a class="lang-toggle" href="/fr/services?q=passeport" lang="fr-CA" hreflang="fr">Français</a>',
    );
    expect(rendered.get('to-english')!.html).toBe(
      '<a class="lang-toggle" href="/en/services?q=passport" lang="en-CA" hreflang="en">English</a>',
    );
  });
});
