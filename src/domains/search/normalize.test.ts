import { describe, expect, it } from 'vitest';
import { fold, normaliseTerm, phrases, queryWords } from './normalize.js';

describe('search normalisation', () => {
  it('folds accents, case and ligatures', () => {
    expect(fold('Décès de mon ŒIL, Çà')).toBe('deces de mon oeil, ca');
  });

  it('splits French elisions and punctuation, keeps numbers', () => {
    expect(queryWords("J'ai perdu l’emploi — à 65 ans!")).toEqual(['ai', 'perdu', 'emploi', '65', 'ans']);
  });

  it('bounds hostile input before any work', () => {
    expect(queryWords('x'.repeat(10_000))).toEqual([]);
    expect(
      queryWords('a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(5).replace(/ /g, 'a ')).length,
    ).toBeLessThanOrEqual(12);
    expect(queryWords("'; DROP TABLE service; --\u0000<script>")).toEqual([
      'drop',
      'table',
      'service',
      'script',
    ]);
  });

  it('stores terms the way queries are read', () => {
    expect(normaliseTerm('  Baby-Bonus ')).toBe('baby bonus');
    expect(phrases(['lost', 'my', 'job'], 2)).toEqual(['lost', 'lost my', 'my', 'my job', 'job']);
  });
});
