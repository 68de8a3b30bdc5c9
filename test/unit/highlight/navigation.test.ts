import { describe, expect, it } from 'vitest';
import { stepClaim } from '../../../src/highlight/navigation';

describe('stepClaim', () => {
  const all = [true, true, true];
  it('starts at the first (next) or last (previous) claim', () => {
    expect(stepClaim(-1, all, 1)).toBe(0);
    expect(stepClaim(-1, all, -1)).toBe(2);
  });
  it('wraps around both ways', () => {
    expect(stepClaim(2, all, 1)).toBe(0);
    expect(stepClaim(0, all, -1)).toBe(2);
    expect(stepClaim(1, all, 1)).toBe(2);
  });
  it('skips claims that are not on the page', () => {
    expect(stepClaim(0, [true, false, true], 1)).toBe(2);
    expect(stepClaim(2, [true, false, true], -1)).toBe(0);
    expect(stepClaim(0, [true, false, false], 1)).toBe(0);
  });
  it('gives null when no claim is on the page, and restarts from a stale position', () => {
    expect(stepClaim(-1, [false, false], 1)).toBeNull();
    expect(stepClaim(-1, [], 1)).toBeNull();
    expect(stepClaim(7, all, 1)).toBe(0);
  });
});
