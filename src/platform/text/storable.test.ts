import { describe, expect, it } from 'vitest';
import { firstUnstorable, isStorableText, unstorableFields, withoutUnstorable } from './storable.js';

describe('text the database can keep', () => {
  it('is any Unicode text without NUL and without half a surrogate pair', () => {
    expect(isStorableText('Prestations d’assurance-emploi 👶')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('half \ud83d only')).toBe(false);
    expect(isStorableText('\udc76 trailing half')).toBe(false);
  });

  it('is found wherever it hides in a parsed value, by its path', () => {
    expect(firstUnstorable({ name: { en: 'ok', fr: 'pas\u0000ok' } })).toBe('name.fr');
    expect(firstUnstorable({ phones: [{ number: '613' }, { number: '\ud800' }] })).toBe('phones[1].number');
    expect(firstUnstorable({ fine: ['a', 'b'], n: 3, none: null })).toBeUndefined();
    expect(firstUnstorable('\u0000')).toBe('value');
  });

  it('lists every place and says which kind of problem each is, up to a limit', () => {
    const value = { a: 'x\u0000', b: ['ok', '\udfff'], ['k\u0000']: 'fine', c: { d: '\u0000' } };
    expect(unstorableFields(value)).toEqual([
      { path: 'a', kind: 'nul' },
      { path: 'b[1]', kind: 'lone-surrogate' },
      { path: '?', kind: 'nul' },
      { path: 'c.d', kind: 'nul' },
    ]);
    expect(unstorableFields(value, 2)).toHaveLength(2);
  });

  it('can be read past by dropping only what cannot be kept', () => {
    expect(withoutUnstorable('a\u0000b\ud800c 👶')).toBe('abc 👶');
  });
});
