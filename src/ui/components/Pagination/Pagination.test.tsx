import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../render.js';
import { Pagination } from './Pagination.js';

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
