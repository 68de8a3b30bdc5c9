import { describe, expect, it } from 'vitest';
import { foldCase, tokenize } from '../../../../src/engine/match/tokens';

describe('tokenize', () => {
  it('ignores case, accents, ligatures and punctuation', () => {
    expect(tokenize('Rússia, SÍRIA; Straße « Œuvre » l’ONG')).toEqual([
      'russia',
      'siria',
      'strasse',
      'oeuvre',
      'l',
      'ong',
    ]);
    expect(foldCase('Moscú')).toBe('moscu');
  });

  it('reads the same words from curly and straight quotes and apostrophes', () => {
    expect(tokenize('“rien de concret” l’armée')).toEqual(tokenize('"rien de concret" l\'armée'));
  });

  it('reads a number grouped by thousands as one number, whatever the separator', () => {
    for (const written of ['2 132', '2\u00a0132', '2\u202f132', '2,132', '2.132', '2132']) {
      expect(tokenize(`${written} morts`)).toEqual(['2132', 'morts']);
    }
    expect(tokenize('250 000 people')).toEqual(['250000', 'people']);
    expect(tokenize('1 234 567')).toEqual(['1234567']);
  });

  it('does not join numbers that are not one number', () => {
    expect(tokenize('magnitude 6,4')).toEqual(['magnitude', '6', '4']);
    expect(tokenize('en 2015 200 civils')).toEqual(['en', '2015', '200', 'civils']);
    expect(tokenize('le 23 12 2015')).toEqual(['le', '23', '12', '2015']);
  });
});
