/**
 * The first index in [0, length) whose `holds(index)` is true, or `length`,
 * for a test that is false up to some index and true from there on (a sorted
 * list asked "is this at or past my key?"): a binary search.
 */
export function firstWhere(length: number, holds: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
