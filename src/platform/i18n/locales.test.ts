import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './localized.js';
import { MESSAGE_NAMESPACES } from './messageKeys.js';
import { loadMessages, LOCALES_DIR } from './translate.js';

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

  // MessageKey is typed from the files messageKeys.ts imports: a file it leaves out has keys t() refuses.
  it('types the keys of every file of locales/en', () => {
    const files = readdirSync(join(LOCALES_DIR, 'en'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect([...MESSAGE_NAMESPACES].sort()).toEqual(files.sort());
  });

  // The key type follows objects down to string leaves, as loadMessages does; anything else would be lost.
  it('holds only text, grouped in objects', () => {
    const strays: string[] = [];
    const walk = (path: string, value: unknown) => {
      if (typeof value === 'string') return;
      if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [key, child] of Object.entries(value)) walk(`${path}.${key}`, child);
      else strays.push(path);
    };
    for (const lang of LANGUAGES)
      for (const file of readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.json')))
        walk(`${lang}/${file}`, JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')));
    expect(strays).toEqual([]);
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
