import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

describe('FeedbackForm examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('ask the question as the legend of two buttons, posting the page without JavaScript', () => {
    const en = rendered.get('question-en')!.html;
    expect(en).toContain('<section class="feedback" aria-labelledby="feedback-heading" id="feedback">');
    expect(en).toContain('<form method="post" action="/en/feedback">');
    expect(en).toContain('<input type="hidden" name="page" value="/en/situations/having-a-baby"/>');
    expect(en).toContain('<legend id="feedback-heading">Was this page useful?</legend>');
    expect(en).toContain('<button type="submit" name="useful" value="yes">Yes</button>');
    expect(en).toContain('<button type="submit" name="useful" value="no">No</button>');
    expect(rendered.get('question-fr')!.html).toContain(
      '<legend id="feedback-heading">Cette page vous a-t-elle été utile\u00a0?</legend>',
    );
  });

  it('thank the visitor in a status message that still names the section', () => {
    const thanked = rendered.get('thanked-fr')!.html;
    expect(thanked).toContain('<p role="status" id="feedback-heading">Merci.');
    expect(thanked).not.toContain('<form');
  });

  it('offer the satisfaction survey about the page, before and after an answer', () => {
    expect(rendered.get('question-en')!.html).toContain(
      '<a href="/en/satisfaction?page=%2Fen%2Fsituations%2Fhaving-a-baby">Tell us about your experience</a>',
    );
    expect(rendered.get('thanked-fr')!.html).toContain(
      '<a href="/fr/satisfaction?page=%2Ffr%2Fsituations%2Favoir-un-bebe">Parlez-nous de votre expérience</a>',
    );
    expect(rendered.get('question-fr')!.html).not.toContain('satisfaction');
  });
});
