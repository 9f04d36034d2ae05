import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatTime, languageName } from './format.js';

describe('format', () => {
  it.each([
    ['en', '08:30:00', '8:30\u00a0a.m.'],
    ['en', '12:00', '12:00\u00a0p.m.'],
    ['en', '00:15', '12:15\u00a0a.m.'],
    ['en', '16:30:00', '4:30\u00a0p.m.'],
    ['fr', '08:30:00', '8\u00a0h\u00a030'],
    ['fr', '16:00', '16\u00a0h'],
  ] as const)('time %s %s → %s', (lang, time, expected) => {
    expect(formatTime(lang, time)).toBe(expected);
  });

  it('writes dates in words without shifting the day', () => {
    expect(formatDate('en', '2026-12-25')).toBe('December 25, 2026');
    expect(formatDate('fr', '2027-01-01')).toBe('1er janvier 2027');
  });

  it('writes money the way each language does', () => {
    expect(formatMoney('en', 160)).toBe('$160.00');
    expect(formatMoney('fr', 160)).toMatch(/^160,00\s\$$/);
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('en', 'fr')).toBe('French');
    expect(languageName('fr', 'en')).toBe('anglais');
  });

  it('writes the first of the month as an ordinal in French', () => {
    expect(formatDate('fr', '2027-01-01')).toBe('1er janvier 2027');
    expect(formatDate('fr', '2027-01-11')).toBe('11 janvier 2027');
    expect(formatDate('en', '2027-01-01')).toBe('January 1, 2027');
  });
});
