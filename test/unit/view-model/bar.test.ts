import { describe, expect, it } from 'vitest';
import { barOf, countTop } from '../../../src/view-model/bar';

describe('chart bars', () => {
  it('draws a value from zero, an "at least" as an open floor, a range as a range', () => {
    expect(barOf({ value: 50 }, 200)).toEqual({ start: 0, end: 25, shape: 'value' });
    expect(barOf({ value: 50, min: 50 }, 200)).toEqual({ start: 0, end: 25, shape: 'at-least' });
    expect(barOf({ min: 50 }, 200)).toEqual({ start: 0, end: 25, shape: 'at-least' });
    expect(barOf({ min: 100, max: 200 }, 200)).toEqual({ start: 50, end: 100, shape: 'range' });
  });
  it('has no bar for a figure without a number', () => {
    expect(barOf({}, 200)).toBeNull();
    expect(barOf({ value: 5 }, 0)).toBeNull();
  });
  it('scales the axis to the highest number any row can mean', () => {
    expect(countTop({ min: 100, max: 300 })).toBe(300);
    expect(countTop({ value: 40 })).toBe(40);
    expect(countTop({ min: 7 })).toBe(7);
    expect(countTop({})).toBe(0);
  });
});
