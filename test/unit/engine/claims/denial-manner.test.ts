import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Past denials summarised with how often, since when or how formally they were made, between the
// verb and what it denies. Every sentence here was written for this test.

const texts = (lang: string, line: string) => read(inStory(lang, line), lang);

describe('a denial summarised with a manner phrase', () => {
  it('reads phrases of repetition, of the past and of form, in several languages', () => {
    expect(texts('pt', 'Moscovo já negou por diversas vezes ter bombardeado hospitais.')).toEqual([
      ['Moscovo já negou por diversas vezes ter bombardeado hospitais', 'russia-mod'],
    ]);
    expect(texts('fr', 'Moscou a rejeté par le passé ces accusations.')).toEqual([
      ['Moscou a rejeté par le passé ces accusations', 'russia-mod'],
    ]);
    expect(texts('de', 'Moskau bestreitet in aller Form, Zivilisten getötet zu haben.')).toEqual([
      ['Moskau bestreitet in aller Form, Zivilisten getötet zu haben', 'russia-mod'],
    ]);
  });

  it('does not read a denial by another party or a negated one', () => {
    const lines = [
      'The Syrian army has on several occasions denied bombing the hospital.',
      'Russia did not deny on that occasion that cluster bombs were used.',
    ];
    expect(texts('en', lines.join('\n'))).toEqual([]);
  });
});
