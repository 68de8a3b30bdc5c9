import { describe, expect, it } from 'vitest';
import { createWorkLog } from '../../../src/page/work-log';

describe('the content script’s work log', () => {
  it('sums stages over slices and keeps the longest slice and the paint times', () => {
    let clock = 100;
    const log = createWorkLog(() => clock);
    log.slice((stage, add) => {
      clock += 1; // outside any stage: busy, and counted as such
      clock += 2; // timed by the caller
      add('extract', 2);
      stage('paint', () => (clock += 3));
    });
    log.painted();
    clock += 50; // idle between checks
    const result = log.slice((stage) => stage('paint', () => ((clock += 5), 'done')));
    expect(result).toBe('done');
    expect(log.timings()).toEqual({
      stagesMs: { extract: 2, paint: 8, unstaged: 1 },
      busyMs: 11,
      longestSliceMs: 6,
      wallMs: 61,
      firstHighlightMs: 6,
    });
  });

  it('names the time of a slice that no stage holds, so the stages add up to the busy time', () => {
    let clock = 0;
    const log = createWorkLog(() => clock);
    log.slice((stage) => {
      clock += 0.25; // before the first stage (the slicing's own work)
      stage('gate', () => (clock += 2));
      clock += 0.5;
    });
    // A slice wholly held by its stages adds nothing unstaged.
    log.slice((stage) => stage('paint', () => (clock += 3)));
    const { stagesMs, busyMs } = log.timings();
    expect(stagesMs).toEqual({ gate: 2, paint: 3, unstaged: 0.75 });
    expect(Object.values(stagesMs).reduce((a, b) => a + b, 0)).toBe(busyMs);
  });

  it('counts work the caller timed itself as one slice of its stage', () => {
    let clock = 0;
    const log = createWorkLog(() => clock);
    log.slice(() => (clock += 4));
    clock += 30;
    log.record('load', 12);
    expect(log.timings()).toEqual({
      stagesMs: { unstaged: 4, load: 12 },
      busyMs: 16,
      longestSliceMs: 12,
      wallMs: 34,
    });
  });

  it("keeps the background's work for the page apart from the page's own", () => {
    let clock = 0;
    const log = createWorkLog(() => clock);
    log.slice((stage) => stage('message', () => (clock += 1)));
    log.offThread(20);
    log.offThread(5);
    expect(log.timings()).toMatchObject({ busyMs: 1, longestSliceMs: 1, offThreadMs: 25 });
    expect(createWorkLog(() => 0).timings()).not.toHaveProperty('offThreadMs');
  });

  it('sums the nodes extraction read over every check, and has none before a read', () => {
    const log = createWorkLog(() => 0);
    expect(log.timings()).not.toHaveProperty('nodesRead');
    log.read(1200);
    log.read(300);
    expect(log.timings().nodesRead).toBe(1500);
  });

  it('has no first-highlight time where nothing was painted', () => {
    const log = createWorkLog(() => 0);
    log.slice(() => undefined);
    expect(log.timings()).not.toHaveProperty('firstHighlightMs');
  });
});
