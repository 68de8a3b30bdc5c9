import { describe, expect, it } from 'vitest';
import { firstWhere } from '../../../src/engine/first-where';

describe('firstWhere', () => {
  const sorted = [2, 3, 3, 5, 8];
  const atLeast = (key: number) => firstWhere(sorted.length, (k) => sorted[k]! >= key);

  it('finds the first index at or past a key, the first of equal ones', () => {
    expect(atLeast(3)).toBe(1);
    expect(atLeast(4)).toBe(3);
    expect(atLeast(8)).toBe(4);
  });

  it('gives 0 when every index holds and the length when none does', () => {
    expect(atLeast(-1)).toBe(0);
    expect(atLeast(9)).toBe(sorted.length);
    expect(firstWhere(0, () => true)).toBe(0);
  });
});
