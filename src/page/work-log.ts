import type { Timings } from '../contracts/page-result';

// What the content script's work costs on a page, as `npm run bench` reads
// it: time per stage summed over every check, the longest uninterrupted
// slice, and when the last and the first painting ended.

/**
 * The stage of a slice's time that none of its stages holds (the slicing's own bookkeeping,
 * its code's first calls, a step before any stage is named): counted, so the stages add up
 * to the busy time.
 */
export const UNSTAGED = 'unstaged';

export interface Stages {
  /** Runs `work`, adding its time to stage `name`. */
  <R>(name: string, work: () => R): R;
}

export interface WorkLog {
  /** Times one synchronous slice of work made of named stages; returns its result. */
  slice<T>(run: (stage: Stages, add: (name: string, ms: number) => void) => T): T;
  /** Counts `ms` the caller timed itself, in a task this log could not wrap, as one slice of `stage`. */
  record(stage: string, ms: number): void;
  /** Counts `ms` of work done for the page elsewhere (the background): not the page's main thread. */
  offThread(ms: number): void;
  /** Counts nodes extraction read one by one. */
  read(nodes: number): void;
  /** Notes that highlights are on screen now. */
  painted(): void;
  timings(): Timings;
}

export function createWorkLog(now: () => number = () => performance.now()): WorkLog {
  const started = now();
  const stagesMs: Record<string, number> = {};
  let busyMs = 0;
  let longestSliceMs = 0;
  let wallMs = 0;
  let firstHighlightMs: number | undefined;
  let offThreadMs: number | undefined;
  let nodesRead: number | undefined;
  /** Stage time added since the slice running began. */
  let staged = 0;
  const add = (name: string, ms: number) => {
    stagesMs[name] = (stagesMs[name] ?? 0) + ms;
    staged += ms;
  };
  const stage: Stages = (name, work) => {
    const startedAt = now();
    try {
      return work();
    } finally {
      add(name, now() - startedAt);
    }
  };
  return {
    slice(run) {
      staged = 0;
      const startedAt = now();
      try {
        return run(stage, add);
      } finally {
        const end = now();
        if (end - startedAt > staged) add(UNSTAGED, end - startedAt - staged);
        busyMs += end - startedAt;
        longestSliceMs = Math.max(longestSliceMs, end - startedAt);
        wallMs = end - started;
      }
    },
    record(name, ms) {
      add(name, ms);
      busyMs += ms;
      longestSliceMs = Math.max(longestSliceMs, ms);
      wallMs = now() - started;
    },
    offThread(ms) {
      offThreadMs = (offThreadMs ?? 0) + ms;
    },
    read(nodes) {
      nodesRead = (nodesRead ?? 0) + nodes;
    },
    painted() {
      firstHighlightMs ??= now() - started;
    },
    timings: () => ({
      stagesMs: { ...stagesMs },
      busyMs,
      longestSliceMs,
      wallMs,
      ...(firstHighlightMs !== undefined ? { firstHighlightMs } : {}),
      ...(offThreadMs !== undefined ? { offThreadMs } : {}),
      ...(nodesRead !== undefined ? { nodesRead } : {}),
    }),
  };
}
