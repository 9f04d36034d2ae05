import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

const rowOf = (html: string, day: string) =>
  html.match(new RegExp(`<th scope="row">${day}</th><td>([^<]*)</td>`))?.[1];

describe('HoursTable examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('give a captioned table with day and time headers, split hours in order on one row', () => {
    const en = rendered.get('split-hours-en')!.html;
    expect(en).toContain('<table class="hours"><caption class="meta">Opening hours</caption>');
    expect(en).toContain('<th scope="col">Day</th>');
    expect(rowOf(en, 'Monday')).toBe('8:30\u00a0a.m. to 12:00\u00a0p.m., 1:00\u00a0p.m. to 4:30\u00a0p.m.');
    expect(rowOf(en, 'Saturday')).toBe('9:00\u00a0a.m. to 12:00\u00a0p.m.');
    expect(rowOf(en, 'Sunday')).toBe('Closed');
  });

  it('write French times and closures the French way, and list only the coming closures', () => {
    const fr = rendered.get('split-hours-fr')!.html;
    expect(rowOf(fr, 'Lundi')).toBe('de 8\u00a0h\u00a030 à 12\u00a0h, de 13\u00a0h à 16\u00a0h\u00a030');
    expect(rowOf(fr, 'Dimanche')).toBe('Fermé');
    expect(fr).toContain('<li>Fermé le 26 décembre 2026\u00a0: Lendemain de Noël</li>');
    expect(fr).not.toContain('Fête du Canada');
  });

  it('show a closure alone without an empty table, in the other language while awaiting translation', () => {
    const html = rendered.get('closure-awaiting-translation-fr')!.html;
    expect(html).not.toContain('<table');
    expect(html).toBe('<ul><li>Fermé le 1er janvier 2027\u00a0: Winter storm</li></ul>');
    expect(rendered.get('no-hours-en')!.html).toBe('');
  });
});
