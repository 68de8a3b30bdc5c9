import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../../src/data/numbers-in-text';

const reads = (text: string, n: number) => numbersIn(text).has(n);

describe('numbersIn', () => {
  it('reads digits with any thousands separator', () => {
    expect(reads('a toll of 48,372 by June', 48372)).toBe(true);
    expect(reads('soit 48 372 morts', 48372)).toBe(true);
    expect(reads('soit 48\u202f372 morts', 48372)).toBe(true);
    expect(reads('sono 48.372 i morti', 48372)).toBe(true);
  });

  it('also reads adjacent numbers on their own', () => {
    const found = numbersIn('The Report of March 2019 93 Amongst them');
    expect(found.has(2019)).toBe(true);
    expect(found.has(93)).toBe(true);
  });

  it('reads number words, alone or before a scale word', () => {
    expect(reads('Seven bridges were closed', 7)).toBe(true);
    expect(reads('about a dozen boats', 12)).toBe(true);
    expect(reads('une dizaine de blessés', 10)).toBe(true);
    expect(reads("plus d'un millier de maisons", 1000)).toBe(true);
    expect(reads('trois enfants', 3)).toBe(true);
  });

  it('reads decimals and digits before a scale word', () => {
    expect(reads('cerca de 2,7 mil casas', 2700)).toBe(true);
    expect(reads('mais de 8 mil visitantes', 8000)).toBe(true);
    expect(reads('1.5 million visitors', 1_500_000)).toBe(true);
    expect(reads('hafa 40 þúsund gestir', 40_000)).toBe(true);
  });

  it('reads plural magnitude words as the least they mean', () => {
    expect(reads('des centaines de maisons', 200)).toBe(true);
    expect(reads('thousands of visitors', 2000)).toBe(true);
    expect(reads('de nombreux blessés', 2)).toBe(true);
  });

  it('does not invent numbers', () => {
    expect(reads('Seven bridges were closed', 8)).toBe(false);
    expect(reads('48,372 by June', 48)).toBe(true);
    expect(reads('48,372 by June', 48373)).toBe(false);
    expect(reads('a quiet day on the lake', 1)).toBe(false);
  });
});
