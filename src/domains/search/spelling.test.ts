import { describe, expect, it } from 'vitest';
import { chooseCorrections, editDistance, nearVariants } from './spelling.js';

describe('editDistance', () => {
  it.each([
    ['husbnad', 'husband', 1],
    ['dide', 'died', 1],
    ['pasport', 'passport', 1],
    ['enployment', 'employment', 1],
    ['matternity', 'maternity', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('nearVariants', () => {
  it('drops each letter and swaps each pair of neighbours', () => {
    expect(nearVariants('dide')).toEqual(
      expect.arrayContaining(['ide', 'dde', 'die', 'did', 'idde', 'ddie', 'died']),
    );
    expect(nearVariants('husbnad')).toContain('husband');
  });
});

describe('chooseCorrections', () => {
  it('prefers fewer edits, then the commoner word, and keeps two equally close readings', () => {
    const candidates = [
      { word: 'died', documents: 5, similarity: 0.25 },
      { word: 'aide', documents: 40, similarity: 0.4 },
      { word: 'guide', documents: 90, similarity: 0.3 },
    ];
    expect(chooseCorrections('dide', candidates)).toEqual(['died']);
    const passport = [
      { word: 'passport', documents: 4, similarity: 0.6, sameLanguage: false },
      { word: 'passeport', documents: 9, similarity: 0.5, sameLanguage: true },
    ];
    expect(chooseCorrections('pasport', passport)).toEqual(['passeport', 'passport']);
    expect(chooseCorrections('pasport', passport, 1)).toEqual(['passeport']);
  });

  it('keeps nothing too far away, and never the word itself', () => {
    expect(
      chooseCorrections('reconnaissance', [{ word: 'naissance', documents: 9, similarity: 0.4 }]),
    ).toEqual([]);
    expect(chooseCorrections('passport', [{ word: 'passport', documents: 9, similarity: 1 }])).toEqual([]);
  });

  it('reads a short word with one letter changed as itself: it is likely a real word the index lacks', () => {
    expect(chooseCorrections('mill', [{ word: 'bill', documents: 9, similarity: 0.3 }])).toEqual([]);
    expect(chooseCorrections('night', [{ word: 'right', documents: 9, similarity: 0.4 }])).toEqual([]);
    expect(chooseCorrections('benfit', [{ word: 'benefit', documents: 9, similarity: 0.4 }])).toEqual([
      'benefit',
    ]);
    expect(chooseCorrections('enployment', [{ word: 'employment', documents: 9, similarity: 0.5 }])).toEqual([
      'employment',
    ]);
  });

  it('corrects nothing shorter than four letters', () => {
    expect(chooseCorrections('sin', [{ word: 'sun', documents: 9, similarity: 0.2 }])).toEqual([]);
  });
});
