import { describe, expect, it } from 'vitest';
import { negotiateLang } from './lang.js';

describe('negotiateLang', () => {
  it.each([
    [undefined, 'en'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-CA,en;q=0.9,fr;q=0.8', 'en'],
    ['de-DE,fr;q=0.5', 'fr'],
    ['fr;q=0, en;q=0.1', 'en'],
    ['es', 'en'],
    ['en;q=0.2, fr;q=0.8', 'fr'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLang(header)).toBe(expected);
  });
});
