import { describe, expect, it } from 'vitest';
import type { DocumentInput } from '../repository.js';
import { vocabulary } from './rebuildSearchIndex.js';

const document = (lang: 'en' | 'fr', a: string, b = ''): DocumentInput => ({
  kind: 'service',
  ref: 'ref',
  lang,
  title: a,
  summary: '',
  slug: null,
  clusters: [],
  a,
  b,
  c: '',
});

describe('vocabulary', () => {
  it('offers words of three letters or more, once per language with their documents, never a bare number', () => {
    const rows = vocabulary([
      document('en', 'Passport office 2024', 'Form T4A 1-800-555-0199'),
      document('en', 'Passport renewal 2025 passport'),
      document('fr', 'Bureau des passeports 2024'),
    ]);
    const en = rows.filter((row) => row.lang === 'en').map((row) => row.word);
    const fr = rows.filter((row) => row.lang === 'fr').map((row) => row.word);
    expect(en).toContain('passport');
    expect(en).toContain('t4a');
    expect(en.filter((word) => word === 'passport')).toHaveLength(1);
    expect(rows.find((row) => row.word === 'passport')?.documents).toBe(2);
    expect(rows.find((row) => row.word === 'renewal')?.documents).toBe(1);
    expect(en.some((word) => /^\d+$/.test(word))).toBe(false);
    expect(fr).toContain('passeports');
    expect(fr.some((word) => /^\d+$/.test(word))).toBe(false);
  });
});
