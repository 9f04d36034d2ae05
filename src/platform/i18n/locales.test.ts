import { describe, expect, it } from 'vitest';
import { loadMessages } from './translate.js';

describe('locales', () => {
  const en = loadMessages('en');
  const fr = loadMessages('fr');

  it('has the same keys in English and French', () => {
    const missingInFrench = Object.keys(en).filter((key) => !(key in fr));
    const missingInEnglish = Object.keys(fr).filter((key) => !(key in en));
    expect({ missingInFrench, missingInEnglish }).toEqual({ missingInFrench: [], missingInEnglish: [] });
  });

  it('has no empty message', () => {
    const empty = [...Object.entries(en), ...Object.entries(fr)].filter(([, value]) => !value.trim());
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(en).filter(
      (key) => fr[key] !== undefined && placeholders(en[key]!).join() !== placeholders(fr[key]!).join(),
    );
    expect(differing).toEqual([]);
  });
});

describe('French typography in UI strings', () => {
  const fr = loadMessages('fr');

  it('uses the typographic apostrophe', () => {
    expect(Object.entries(fr).filter(([, text]) => text.includes("'"))).toEqual([]);
  });

  it('puts a non-breaking space, never a plain one or none, before ; : ? !', () => {
    const wrong = Object.entries(fr).filter(([, text]) => / [;:?!]|[^\s\u00a0\u202f][;?!]/.test(text));
    expect(wrong).toEqual([]);
  });
});
