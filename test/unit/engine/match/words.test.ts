import { describe, expect, it } from 'vitest';
import { CHARS_PER_CHECKPOINT } from '../../../../src/engine/steps';
import { foldCase, matchWords, matchWordsSteps } from '../../../../src/engine/match/words';

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

describe('matchWordsSteps', () => {
  it('reads a long text in pieces with pauses, and finds the words of the whole text', () => {
    // Folding a long text in one step took more than a frame. Pieces end after a line break
    // or after a space that follows a letter: no grouped number, word or case rule spans them.
    const line =
      'Les frappes ont tué 2 132 civils, selon l’ONG ; ΟΔΟΣ Σ 1.234.567 Straße « Œuvre » 250 000 morts';
    const lines = Array.from({ length: 1200 }, (_, k) => `${line} ${k}`);
    for (const text of [lines.join('\n'), lines.join(' ')]) {
      const steps = matchWordsSteps(text, 'match');
      let pauses = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) pauses++;
      expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / CHARS_PER_CHECKPOINT));
      expect(r.value).toEqual(matchWords(text));
    }
  });
});
