import { describe, expect, it } from 'vitest';
import { findQuotes, splitSentences } from '../../../../src/engine/claims/segment';
import { fold, tokenize } from '../../../../src/engine/claims/tokens';

const forms = (text: string) => tokenize(text).map((t) => t.folded);

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'L’Observatoire a recensé 2\u202f132 morts à Alep';
    for (const t of tokenize(text))
      expect(text.slice(t.start, t.end).toLowerCase().replace('’', "'")).toBe(t.folded);
    expect(fold(text)).toHaveLength(text.length);
  });

  it('splits elided words, possessives, negations and hyphenated clitics', () => {
    expect(forms("l'ONG qu'elle d’après")).toEqual(["l'", 'ong', "qu'", 'elle', "d'", 'après']);
    expect(forms("Russia's jets didn't")).toEqual(['russia', "'s", 'jets', 'did', "n't"]);
    expect(forms('Moscovo negou-o')).toEqual(['moscovo', 'negou', 'o']);
    expect(forms('sous-munitions forty-nine')).toEqual(['sous-munitions', 'forty-nine']);
  });

  it('keeps accents, so that a verb is not its noun', () => {
    expect(forms('documentó documento à a')).toEqual(['documentó', 'documento', 'à', 'a']);
  });

  it('reads grouped digits as one number', () => {
    expect(
      tokenize('4 817 et 380 000 en 2011 380 000')
        .filter((t) => t.kind === 'num')
        .map((t) => t.folded),
    ).toEqual(['4 817', '380 000', '2011', '380 000']);
  });

  it('tells single quotation marks from apostrophes', () => {
    const kinds = tokenize('the ‘so-called data’ and the Russians’ claims').map((t) => t.kind);
    expect(kinds.filter((k) => k === 'quote')).toHaveLength(3);
    expect(findQuotes(tokenize('the ‘so-called data’ and the Russians’ claims'))).toHaveLength(1);
  });
});

describe('quotations and sentences', () => {
  it('finds the outermost of nested guillemets', () => {
    const toks = tokenize('Il a demandé « de publier ses « preuves » » hier.');
    const [q] = findQuotes(toks);
    expect(toks[q!.open]!.folded).toBe('«');
    expect(q!.close).toBe(toks.length - 3);
  });

  it('does not end a sentence inside a quotation or after an abbreviation', () => {
    const text =
      'He said: “It is false. It is old.” Raids began on Sept. 30, killing 40. Then it stopped.';
    const toks = tokenize(text);
    const sentences = splitSentences(toks, findQuotes(toks), new Set(['sept']));
    expect(sentences.map((s) => text.slice(toks[s.start]!.start, toks[s.end - 1]!.end))).toEqual([
      'He said: “It is false. It is old.”',
      'Raids began on Sept. 30, killing 40.',
      'Then it stopped.',
    ]);
  });
});
