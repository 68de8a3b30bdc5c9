import { describe, expect, it } from 'vitest';
import { foldCase, matchWords } from '../../../../src/engine/match/words';

describe('matchWords', () => {
  it('ignores case, accents, ligatures and punctuation', () => {
    expect(matchWords('Rússia, SÍRIA; Straße « Œuvre » l’ONG')).toEqual([
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
    expect(matchWords('“rien de concret” l’armée')).toEqual(
      matchWords('"rien de concret" l\'armée'),
    );
  });

  it('reads a number grouped by thousands as one number, whatever the separator', () => {
    for (const written of ['2 132', '2\u00a0132', '2\u202f132', '2,132', '2.132', '2132']) {
      expect(matchWords(`${written} morts`)).toEqual(['2132', 'morts']);
    }
    expect(matchWords('250 000 people')).toEqual(['250000', 'people']);
    expect(matchWords('1 234 567')).toEqual(['1234567']);
  });

  it('does not join numbers that are not one number', () => {
    expect(matchWords('magnitude 6,4')).toEqual(['magnitude', '6', '4']);
    expect(matchWords('en 2015 200 civils')).toEqual(['en', '2015', '200', 'civils']);
    expect(matchWords('le 23 12 2015')).toEqual(['le', '23', '12', '2015']);
  });
});
