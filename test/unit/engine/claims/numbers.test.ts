import { describe, expect, it } from 'vitest';
import { languageSteps } from '../../../../src/engine/claims/compiled';
import { runSteps } from '../../../../src/engine/steps';
import { digitValue } from '../../../../src/engine/claims/numbers';
import { tokenize } from '../../../../src/engine/claims/tokens';

const words = (lang: string, text: string) => {
  const toks = tokenize(text);
  return runSteps(languageSteps(lang))!.numbers.read(toks, 0, toks.length)?.value;
};

describe('digitValue', () => {
  it('reads thousands grouped by space, no-break spaces, dots, commas and apostrophes', () => {
    for (const text of ['4817', '4 817', '4\u00a0817', '4\u202f817', '4.817', '4,817', "4'817"]) {
      expect(digitValue(text)).toBe(4817);
    }
    expect(digitValue('380 000')).toBe(380000);
    expect(digitValue('1.234.567')).toBe(1234567);
  });

  it('reads a decimal comma or point when no group of three follows', () => {
    expect(digitValue('6,4')).toBe(6.4);
    expect(digitValue('1.5')).toBe(1.5);
    expect(digitValue('1.234,5')).toBe(1234.5);
  });
});

describe('number words', () => {
  it.each([
    ['fr', 'deux cents', 200],
    ['fr', 'deux cent dix', 210],
    ['fr', 'quarante-neuf', 49],
    ['fr', 'quatre-vingt-dix', 90],
    ['fr', 'vingt et un', 21],
    ['fr', 'deux mille', 2000],
    ['en', 'two hundred', 200],
    ['en', 'forty-nine', 49],
    ['en', 'one hundred and sixty-one', 161],
    ['en', 'a hundred', 100],
    ['en', 'two million', 2000000],
    ['it', 'duecento', 200],
    ['it', 'quarantanove', 49],
    ['it', 'ventuno', 21],
    ['it', 'duemilacentoquarantasette', 2147],
    ['es', 'doscientos', 200],
    ['es', 'cuarenta y nueve', 49],
    ['es', 'veintinueve', 29],
    ['es', 'dos mil ciento cuarenta y siete', 2147],
    ['pt', 'duzentos', 200],
    ['pt', 'cento e sessenta e um', 161],
    ['pt', 'quarenta e nove', 49],
    ['de', 'zweihundert', 200],
    ['de', 'neunundvierzig', 49],
    ['de', 'zweitausendeinhundertsiebenundvierzig', 2147],
    ['de', 'siebzehn', 17],
  ])('%s: "%s" is %d', (lang, text, value) => {
    expect(words(lang, text)).toBe(value);
  });

  it('does not read articles, single ones or words that only begin like numbers', () => {
    expect(words('fr', 'un rapport')).toBeUndefined();
    expect(words('en', 'a report')).toBeUndefined();
    expect(words('it', 'settembre')).toBeUndefined();
    expect(words('it', 'ottobre')).toBeUndefined();
    expect(words('de', 'Achtung')).toBeUndefined();
    expect(words('es', 'uno de ellos')).toBeUndefined();
  });

  it('stops before a trailing "and", and reads "and fifty" as part of the number', () => {
    const toks = tokenize('two hundred and the rest');
    expect(runSteps(languageSteps('en'))!.numbers.read(toks, 0, toks.length)).toEqual({
      end: 2,
      value: 200,
    });
    expect(words('en', 'two hundred and fifty')).toBe(250);
  });
});
