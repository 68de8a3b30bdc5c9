// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day numbers, so periods given
// to different precisions can be compared.

const DAY_MS = 86_400_000;

/** Day number of the first day a partial date can mean. */
export function firstDay(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y!, m - 1, d) / DAY_MS;
}

/** Day number of the last day a partial date can mean. */
export function lastDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return Date.UTC(y!, m! - 1, d) / DAY_MS;
  // Day 0 of the next month (or year) is the last day of this one.
  return m === undefined ? Date.UTC(y! + 1, 0, 0) / DAY_MS : Date.UTC(y!, m, 0) / DAY_MS;
}

export interface DayRange {
  start: number;
  end: number;
}

/** The days a period covers, or null when its start or end is not known. */
export function dayRange(from: string | undefined, to: string | undefined): DayRange | null {
  return from && to ? { start: firstDay(from), end: lastDay(to) } : null;
}

/** Days shared over days covered by either: 1 for equal ranges, 0 for disjoint ones. */
export function overlapRatio(a: DayRange, b: DayRange): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  const covered = Math.max(a.end, b.end) - Math.min(a.start, b.start) + 1;
  return Math.max(0, shared) / covered;
}
