import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../../src/engine/claims/lexicon';
import { tokenize } from '../../../../src/engine/claims/tokens';

const first = (lex: Lexicon, text: string) => {
  const toks = tokenize(text);
  const m = lex.findIn(toks, 0, toks.length);
  return m && text.slice(toks[m.start]!.start, toks[m.end - 1]!.end);
};

describe('Lexicon', () => {
  it('matches plain words and phrases ignoring case, and accents only for text in capitals', () => {
    const lex = Lexicon.of(['démenti', 'au plus']);
    expect(first(lex, 'Un Démenti formel')).toBe('Démenti');
    expect(first(lex, 'UN DEMENTI FORMEL')).toBe('DEMENTI');
    expect(first(lex, 'un dementi formel')).toBeNull();
    expect(first(lex, 'Il y en a AU PLUS trois')).toBe('AU PLUS');
  });

  it('keeps short capital words as acronyms', () => {
    const lex = Lexicon.of(['UN agency']);
    expect(first(lex, 'the UN agency said')).toBe('UN agency');
    expect(first(lex, 'an un agency')).toBeNull();
  });

  it('reads wildcards, elided words, hyphens and gaps', () => {
    expect(first(Lexicon.of(['sans fond*']), 'des accusations sans fondement')).toBe(
      'sans fondement',
    );
    expect(first(Lexicon.of(["l' ONG"]), "selon l'ONG basée à Londres")).toBe("l'ONG");
    expect(first(Lexicon.of(['porte-parole']), 'un porte-parole a dit')).toBe('porte-parole');
    expect(first(Lexicon.of(['wies ... zurück']), 'Moskau wies die Vorwürfe zurück')).toBe(
      'wies die Vorwürfe zurück',
    );
  });

  it('prefers the longest phrase and counts its phrases', () => {
    const lex = Lexicon.of(['au moins', 'au', '', 'au moins cent']);
    expect(lex.size).toBe(3);
    expect(first(lex, 'au moins cent morts')).toBe('au moins cent');
  });
});
