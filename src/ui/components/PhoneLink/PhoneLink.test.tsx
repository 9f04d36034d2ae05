import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

describe('PhoneLink examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('dial the digits alone, the plus sign kept, and show the number as written or the given words', () => {
    expect(rendered.get('toll-free-en')!.html).toBe('<a href="tel:18006226232">1-800-622-6232</a>');
    expect(rendered.get('with-words-fr')!.html).toBe(
      '<a href="tel:18006226232">Composer le 1\u00a0800\u00a0622-6232</a>',
    );
    expect(rendered.get('international-en')!.html).toBe(
      '<a href="tel:+16135550100">Call +1 (613) 555-0100 from outside Canada</a>',
    );
  });
});
