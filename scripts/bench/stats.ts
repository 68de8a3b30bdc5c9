import type { Timings } from '../../src/contracts/page-result';

// From repeated runs to one row per page, and from rows to the summary the
// issue asks for: medians of per-page ratios against baselines measured in
// the same run.

export type PageGroup = 'corpus' | 'demo' | 'generated';

export interface PageSpec {
  name: string;
  file: string;
  group: PageGroup;
  bytes: number;
  /** What the page is labelled as, when known (corpus labels, demo, generated pages). */
  expected: string | null;
  /** Whether the page runs scripts of its own (and may build its article late). */
  scripted: boolean;
}

/** What one fresh navigation measured. */
export interface RunSample {
  verdict: string | null;
  /** Distinct reports seen (the content script reports after each check). */
  reports: number;
  highlights: string[];
  floorMs: number;
  floorFirstMs: number;
  /** The floor's first pass in a fresh isolated world, the kind a content script runs in. */
  floorContentWorldMs: number;
  elements: number;
  textChars: number;
  timings: Timings | null;
  readabilityMs: number | null;
  /** Readability's first, cold parse in a fresh isolated world. */
  readabilityFirstMs: number | null;
  markjs: { ms: number; scriptMs: number; marks: number } | null;
}

export interface PageRow {
  page: string;
  group: PageGroup;
  bytes: number;
  elements: number;
  textChars: number;
  verdict: string | null;
  expected: string | null;
  /** Every verdict seen over the runs, when they differ. */
  verdictsSeen: string[];
  highlights: number;
  /** Checks the content script ran on the page (the median of distinct reports seen). */
  checks: number;
  floorMs: number | null;
  /** The floor's first pass in a fresh page (cold code, as the content script runs). */
  floorFirstMs: number | null;
  /** The floor's first pass in an isolated world, where DOM reads cost more (wrappers per world). */
  floorContentWorldMs: number | null;
  /** The content script's whole work on the page (its reported busy time). */
  crosscountMs: number | null;
  /** Work done for the page in the extension's background (the claims): not the page's thread. */
  offThreadMs: number | null;
  wallMs: number | null;
  firstHighlightMs: number | null;
  longestSliceMs: number | null;
  /** Nodes extraction read one by one (wrappers made in the content script's world). */
  nodesRead: number | null;
  /** The longest slice over all runs (not the median). */
  longestSliceMaxMs: number | null;
  stagesMs: Record<string, number> | null;
  readabilityMs: number | null;
  /** Readability's first, cold parse in a fresh isolated world (as the content script's work is cold). */
  readabilityFirstMs: number | null;
  markjsMs: number | null;
  markjsScriptMs: number | null;
  markjsMarks: number | null;
  /** Why mark.js was not run, when it was not. */
  markjsSkipped: string | null;
  runs: number;
}

export interface Summary {
  nonMatchingVsFloor: number | null;
  matchingVsFloor: number | null;
  readabilityVsCrosscount: number | null;
  markjsVsCrosscountPaint: number | null;
  longestTaskMs5MB: number | null;
  heapGrowthAfter100RechecksKB: number | null;
  /** The same two ratios against the floor's first, cold pass. */
  nonMatchingVsFirstFloor: number | null;
  matchingVsFirstFloor: number | null;
  /** And against the floor's first pass in an isolated world, as a content script runs it. */
  nonMatchingVsContentWorldFloor: number | null;
  matchingVsContentWorldFloor: number | null;
  /** The worst page's median longest slice of work. */
  longestSliceMsMax: number | null;
  /** On matching pages: Readability's first, cold parse ÷ Crosscount's busy time (median). */
  readabilityVsCrosscountMatching: number | null;
  /** On matching pages: median of the pages' median first highlight. */
  firstHighlightMsMedian: number | null;
}

/** The stage whose time is the content script's painting of highlights. */
export const PAINT_STAGE = 'paint';
/** Timer resolution in a cross-origin isolated page: smaller readings are not zero but unknown. */
export const RESOLUTION_MS = 0.005;
const MATCHING = new Set(['copy', 'same-story']);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const defined = <T>(values: readonly (T | null | undefined)[]): T[] =>
  values.filter((v): v is T => v !== null && v !== undefined);

const medianOf = (values: readonly (number | null | undefined)[]) => median(defined(values));

/** The most frequent value (first seen wins a tie). */
function mode<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/** `a / b`, with b no smaller than the timer's resolution; null when either is unknown. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return a / Math.max(b, RESOLUTION_MS);
}

export function pageRow(
  spec: PageSpec,
  runs: readonly RunSample[],
  markjsSkipped: string | null,
): PageRow {
  const timings = defined(runs.map((r) => r.timings));
  const stageNames = [...new Set(timings.flatMap((t) => Object.keys(t.stagesMs)))];
  const markjs = defined(runs.map((r) => r.markjs));
  const verdicts = defined(runs.map((r) => r.verdict));
  return {
    page: spec.name,
    group: spec.group,
    bytes: spec.bytes,
    elements: medianOf(runs.map((r) => r.elements)) ?? 0,
    textChars: medianOf(runs.map((r) => r.textChars)) ?? 0,
    verdict: mode(verdicts),
    expected: spec.expected,
    verdictsSeen: new Set(verdicts).size > 1 ? [...new Set(verdicts)] : [],
    highlights: medianOf(runs.map((r) => r.highlights.length)) ?? 0,
    checks: medianOf(runs.map((r) => r.reports)) ?? 0,
    floorMs: medianOf(runs.map((r) => r.floorMs)),
    floorFirstMs: medianOf(runs.map((r) => r.floorFirstMs)),
    floorContentWorldMs: medianOf(runs.map((r) => r.floorContentWorldMs)),
    crosscountMs: medianOf(timings.map((t) => t.busyMs)),
    offThreadMs: medianOf(timings.map((t) => t.offThreadMs)),
    wallMs: medianOf(timings.map((t) => t.wallMs)),
    firstHighlightMs: medianOf(timings.map((t) => t.firstHighlightMs)),
    longestSliceMs: medianOf(timings.map((t) => t.longestSliceMs)),
    nodesRead: medianOf(timings.map((t) => t.nodesRead)),
    longestSliceMaxMs: timings.length ? Math.max(...timings.map((t) => t.longestSliceMs)) : null,
    stagesMs: timings.length
      ? Object.fromEntries(
          stageNames.map((s) => [s, medianOf(timings.map((t) => t.stagesMs[s] ?? 0)) ?? 0]),
        )
      : null,
    readabilityMs: medianOf(runs.map((r) => r.readabilityMs)),
    readabilityFirstMs: medianOf(runs.map((r) => r.readabilityFirstMs)),
    markjsMs: medianOf(markjs.map((m) => m.ms)),
    markjsScriptMs: medianOf(markjs.map((m) => m.scriptMs)),
    markjsMarks: medianOf(markjs.map((m) => m.marks)),
    markjsSkipped,
    runs: runs.length,
  };
}

const paintMs = (row: PageRow) => row.stagesMs?.[PAINT_STAGE] ?? null;

export function summarize(
  rows: readonly PageRow[],
  heapGrowthKB: number | null,
  isHuge: (row: PageRow) => boolean,
): Summary {
  const vsFloor = (keep: (row: PageRow) => boolean, floor = (r: PageRow) => r.floorMs) =>
    medianOf(rows.filter(keep).map((r) => ratio(r.crosscountMs, floor(r))));
  const none = (r: PageRow) => r.verdict === 'none';
  const matching = (r: PageRow) => r.verdict !== null && MATCHING.has(r.verdict);
  const first = (r: PageRow) => r.floorFirstMs;
  const world = (r: PageRow) => r.floorContentWorldMs;
  const huge = defined(rows.filter(isHuge).map((r) => r.longestSliceMaxMs));
  const slices = defined(rows.map((r) => r.longestSliceMs));
  return {
    nonMatchingVsFloor: vsFloor(none),
    matchingVsFloor: vsFloor(matching),
    readabilityVsCrosscount: medianOf(rows.map((r) => ratio(r.readabilityMs, r.crosscountMs))),
    markjsVsCrosscountPaint: medianOf(
      rows.filter((r) => r.markjsMs !== null).map((r) => ratio(r.markjsMs, paintMs(r))),
    ),
    longestTaskMs5MB: huge.length ? Math.max(...huge) : null,
    heapGrowthAfter100RechecksKB: heapGrowthKB,
    nonMatchingVsFirstFloor: vsFloor(none, first),
    matchingVsFirstFloor: vsFloor(matching, first),
    nonMatchingVsContentWorldFloor: vsFloor(none, world),
    matchingVsContentWorldFloor: vsFloor(matching, world),
    longestSliceMsMax: slices.length ? Math.max(...slices) : null,
    readabilityVsCrosscountMatching: medianOf(
      rows.filter(matching).map((r) => ratio(r.readabilityFirstMs, r.crosscountMs)),
    ),
    firstHighlightMsMedian: medianOf(rows.filter(matching).map((r) => r.firstHighlightMs)),
  };
}

export interface Goal {
  key: keyof Summary;
  label: string;
  /** Met when the value is at most (`max`) or at least (`min`) the bound. */
  max?: number;
  min?: number;
}

/** The goals; heap growth "≈ 0" is read as under 100 KB. */
export const GOALS: Goal[] = [
  {
    key: 'longestSliceMsMax',
    label: 'longest slice of work, worst page (ms, median over runs)',
    max: 16,
  },
  {
    key: 'readabilityVsCrosscountMatching',
    label: "matching pages, Readability's first cold parse ÷ Crosscount",
    min: 1,
  },
  {
    key: 'nonMatchingVsContentWorldFloor',
    label: 'non-matching pages, Crosscount ÷ first floor pass in a content world',
    max: 1.5,
  },
  { key: 'nonMatchingVsFloor', label: 'non-matching pages, Crosscount ÷ floor', max: 1.5 },
  { key: 'matchingVsFloor', label: 'matching pages (incl. painting), Crosscount ÷ floor', max: 3 },
  { key: 'readabilityVsCrosscount', label: 'Readability ÷ Crosscount', min: 5 },
  { key: 'markjsVsCrosscountPaint', label: 'mark.js ÷ Crosscount painting', min: 3 },
  { key: 'longestTaskMs5MB', label: 'longest slice of work on 5 MB pages (ms)', max: 50 },
  {
    key: 'heapGrowthAfter100RechecksKB',
    label: 'heap objects retained after 100 re-checks (KB)',
    max: 100,
  },
];

export function goalMet(goal: Goal, value: number | null): boolean | null {
  if (value === null) return null;
  if (goal.max !== undefined) return value <= goal.max;
  return value >= goal.min!;
}
