import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { renderDocument } from '../../render.js';
import { examples } from './examples.js';
import { Pagination } from './Pagination.js';

describe('Pagination examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('link to the neighbouring pages only, keeping the query, inside a labelled navigation', () => {
    const first = rendered.get('first-of-three-en')!.html;
    expect(first).toContain('<nav class="pagination" aria-label="Pages">');
    expect(first).toContain('<a href="?q=pension&amp;page=2" rel="next">Next page</a>');
    expect(first).not.toContain('rel="prev"');
    const middle = rendered.get('middle-fr')!.html;
    expect(middle).toContain('rel="prev"');
    expect(middle).toContain('rel="next"');
    expect(middle).toContain('page=11');
    expect(middle).toContain('page=13');
    expect(middle).toContain('<span>Page 12 sur 1500</span>');
    const last = rendered.get('last-en')!.html;
    expect(last).toContain('Page 3 of 3');
    expect(last).not.toContain('rel="next"');
    expect(rendered.get('single-page-fr')!.html).toBe('');
  });
});

describe('Pagination', () => {
  it('links to the neighbouring pages only', () => {
    const first = renderDocument(<Pagination lang="en" page={1} pages={3} href={(p) => `?page=${p}`} />);
    expect(first).toContain('?page=2');
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('Page 1 of 3');
    expect(renderDocument(<Pagination lang="en" page={1} pages={1} href={(p) => `?page=${p}`} />)).toBe(
      '<!doctype html>',
    );
  });
});
