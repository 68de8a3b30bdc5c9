import { describe, expect, it } from 'vitest';
import {
  GOALS,
  goalMet,
  median,
  pageRow,
  ratio,
  RESOLUTION_MS,
  summarize,
  type PageRow,
  type PageSpec,
  type RunSample,
} from '../../../../scripts/bench/stats';

const spec = (name: string, bytes = 4000): PageSpec => ({
  name,
  file: `/x/${name}`,
  group: 'corpus',
  bytes,
  expected: null,
  scripted: false,
});

const sample = (over: Partial<RunSample> = {}): RunSample => ({
  verdict: 'none',
  reports: 1,
  highlights: [],
  floorMs: 1,
  floorFirstMs: 3,
  floorContentWorldMs: 6,
  elements: 100,
  textChars: 5000,
  timings: null,
  readabilityMs: 10,
  readabilityFirstMs: 20,
  markjs: null,
  ...over,
});

const timings = (busyMs: number, longestSliceMs: number, stagesMs: Record<string, number>) => ({
  busyMs,
  longestSliceMs,
  wallMs: busyMs * 2,
  stagesMs,
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('ratio', () => {
  it('never divides by less than the timer resolution', () => {
    expect(ratio(10, 2)).toBe(5);
    expect(ratio(1, 0)).toBe(1 / RESOLUTION_MS);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, null)).toBeNull();
  });
});

describe('pageRow', () => {
  it('takes medians over runs, the worst slice, and the most frequent verdict', () => {
    const row = pageRow(
      spec('p.html'),
      [
        sample({
          verdict: 'copy',
          reports: 2,
          floorMs: 1,
          timings: timings(3, 2, { extract: 1, paint: 0.5 }),
        }),
        sample({
          verdict: 'copy',
          reports: 2,
          floorMs: 3,
          timings: { ...timings(5, 9, { extract: 2, paint: 0.7 }), offThreadMs: 20 },
        }),
        sample({ verdict: 'none', floorMs: 2, timings: timings(4, 1, { extract: 3 }) }),
      ],
      null,
    );
    expect(row.verdict).toBe('copy');
    expect(row.verdictsSeen.sort()).toEqual(['copy', 'none']);
    expect(row.floorMs).toBe(2);
    expect(row.checks).toBe(2);
    expect(row.crosscountMs).toBe(4);
    // The background's work is apart from the page's, over the runs that reported it.
    expect(row.offThreadMs).toBe(20);
    expect(row.longestSliceMs).toBe(2);
    expect(row.longestSliceMaxMs).toBe(9);
    // A stage missing from a run counted as no time in that run.
    expect(row.stagesMs).toEqual({ extract: 2, paint: 0.5 });
  });

  it('leaves what the content script did not report as null', () => {
    const row = pageRow(
      spec('q.html'),
      [sample(), sample({ readabilityMs: null })],
      'no highlights',
    );
    expect(row.crosscountMs).toBeNull();
    expect(row.offThreadMs).toBeNull();
    expect(row.stagesMs).toBeNull();
    expect(row.longestSliceMaxMs).toBeNull();
    expect(row.readabilityMs).toBe(10);
    expect(row.markjsMs).toBeNull();
    expect(row.markjsSkipped).toBe('no highlights');
    expect(row.verdictsSeen).toEqual([]);
  });
});

describe('summarize', () => {
  const row = (name: string, verdict: string, over: Partial<PageRow> = {}): PageRow => ({
    ...pageRow(spec(name), [sample({ verdict })], null),
    ...over,
  });

  it('gives medians of per-page ratios, split by the verdict the extension gave', () => {
    const rows = [
      row('a', 'none', {
        crosscountMs: 1,
        floorMs: 1,
        floorFirstMs: 2,
        floorContentWorldMs: 4,
        readabilityMs: 30,
      }),
      row('b', 'none', {
        crosscountMs: 3,
        floorMs: 1,
        floorFirstMs: 2,
        floorContentWorldMs: 4,
        readabilityMs: 30,
      }),
      row('c', 'none', {
        crosscountMs: 2,
        floorMs: 1,
        floorFirstMs: 2,
        floorContentWorldMs: 4,
        readabilityMs: 20,
      }),
      row('d', 'copy', {
        crosscountMs: 4,
        floorMs: 2,
        floorFirstMs: 4,
        floorContentWorldMs: 8,
        readabilityMs: 40,
        readabilityFirstMs: 8,
        markjsMs: 8,
        stagesMs: { paint: 1 },
        longestSliceMs: 9,
        firstHighlightMs: 30,
      }),
      row('e', 'same-story', {
        crosscountMs: 6,
        floorMs: 1,
        floorFirstMs: 2,
        floorContentWorldMs: 4,
        readabilityMs: 6,
        readabilityFirstMs: 18,
        longestSliceMs: 14,
        firstHighlightMs: 50,
      }),
      row('f', 'copy', { bytes: 5_000_000, longestSliceMaxMs: 42 }),
      row('g', 'none', { bytes: 5_000_000, longestSliceMaxMs: 61 }),
    ];
    const summary = summarize(rows, 12, (r) => r.bytes >= 4_000_000);
    expect(summary.nonMatchingVsFloor).toBe(2);
    expect(summary.matchingVsFloor).toBe(4);
    // Pages without Crosscount timings have no ratio and do not count.
    expect(summary.readabilityVsCrosscount).toBe(10);
    expect(summary.markjsVsCrosscountPaint).toBe(8);
    expect(summary.longestTaskMs5MB).toBe(61);
    expect(summary.heapGrowthAfter100RechecksKB).toBe(12);
    expect(summary.nonMatchingVsFirstFloor).toBe(1);
    expect(summary.matchingVsFirstFloor).toBe(2);
    expect(summary.nonMatchingVsContentWorldFloor).toBe(0.5);
    expect(summary.matchingVsContentWorldFloor).toBe(1);
    // The worst page's median longest slice; matching pages' cold Readability ÷ busy time.
    expect(summary.longestSliceMsMax).toBe(14);
    expect(summary.readabilityVsCrosscountMatching).toBe(2.5);
    expect(summary.firstHighlightMsMedian).toBe(40);
  });

  it('says null where nothing was measured', () => {
    const summary = summarize([row('a', 'none')], null, () => false);
    expect(Object.values(summary).every((v) => v === null)).toBe(true);
  });
});

describe('goals', () => {
  it('read upper and lower bounds, and unknown values as not measured', () => {
    const byKey = new Map(GOALS.map((g) => [g.key, g]));
    expect(goalMet(byKey.get('nonMatchingVsFloor')!, 1.5)).toBe(true);
    expect(goalMet(byKey.get('nonMatchingVsFloor')!, 1.6)).toBe(false);
    expect(goalMet(byKey.get('readabilityVsCrosscount')!, 4.9)).toBe(false);
    expect(goalMet(byKey.get('readabilityVsCrosscount')!, 5)).toBe(true);
    expect(goalMet(byKey.get('longestTaskMs5MB')!, null)).toBeNull();
  });
});
