import { describe, expect, it } from 'vitest';
import { runSliced, runSteps, type Steps } from '../../../src/engine/steps';

/** A fake clock that work advances: each step of `work` takes `ms`. */
function clocked() {
  let t = 0;
  return { now: () => t, spend: (ms: number) => (t += ms) };
}

function* counted(clock: ReturnType<typeof clocked>, log: string[]): Steps<number> {
  yield 'a';
  for (let k = 0; k < 3; k++) {
    clock.spend(5);
    log.push(`a${k}`);
    yield 'a';
  }
  yield 'b';
  clock.spend(7);
  log.push('b');
  return 42;
}

describe('runSteps', () => {
  it('runs the work to its end and credits each stage with its own time', () => {
    const clock = clocked();
    const stagesMs: Record<string, number> = {};
    const log: string[] = [];
    expect(runSteps(counted(clock, log), stagesMs, clock.now)).toBe(42);
    expect(log).toEqual(['a0', 'a1', 'a2', 'b']);
    expect(stagesMs).toEqual({ a: 15, b: 7 });
  });
});

describe('runSliced', () => {
  const options = (clock: ReturnType<typeof clocked>, events: string[], alive = () => true) => {
    const slices: number[] = [];
    const stagesMs: Record<string, number> = {};
    return {
      slices,
      stagesMs,
      opts: {
        sliceMs: 10,
        now: clock.now,
        alive,
        pause: () => {
          events.push('pause');
          return Promise.resolve();
        },
        slice<R>(run: (add: (stage: string, ms: number) => void) => R): R {
          const t = clock.now();
          const r = run((stage, ms) => (stagesMs[stage] = (stagesMs[stage] ?? 0) + ms));
          slices.push(clock.now() - t);
          return r;
        },
      },
    };
  };

  it('gives the main thread back once a slice has run its time, and finishes the work', async () => {
    const clock = clocked();
    const events: string[] = [];
    const { slices, stagesMs, opts } = options(clock, events);
    expect(await runSliced(counted(clock, events), opts)).toBe(42);
    // 5 + 5 ms make a slice; the third step starts the next one.
    expect(events).toEqual(['a0', 'a1', 'pause', 'a2', 'b']);
    expect(slices).toEqual([10, 12]);
    expect(stagesMs).toEqual({ a: 15, b: 7 });
  });

  it('abandons the work when it is no longer wanted, closing the generator', async () => {
    const clock = clocked();
    const events: string[] = [];
    // Unwanted as soon as the page had its turn (e.g. the extension was stopped meanwhile).
    const { opts } = options(clock, events, () => !events.includes('pause'));
    let closed = false;
    function* work(): Steps<string> {
      try {
        for (;;) {
          clock.spend(6);
          events.push('step');
          yield 'x';
        }
      } finally {
        closed = true;
      }
    }
    expect(await runSliced(work(), opts)).toBeUndefined();
    expect(closed).toBe(true);
    // A second 6 ms step would take the slice past its 10 ms: it pauses after one.
    expect(events).toEqual(['step', 'pause']);
  });

  it('ends a slice before a step that would take it past its budget', async () => {
    const clock = clocked();
    const events: string[] = [];
    const { slices, opts } = options(clock, events);
    function* work(): Steps<number> {
      for (let k = 0; k < 12; k++) {
        yield 'x';
        clock.spend(k < 6 ? 3 : 4);
      }
      return 12;
    }
    expect(await runSliced(work(), opts)).toBe(12);
    expect(Math.max(...slices)).toBeLessThanOrEqual(10);
  });

  it('expects a large step again shortly after one, when small and large steps alternate', async () => {
    const clock = clocked();
    const events: string[] = [];
    const { slices, opts } = options(clock, events);
    // Reads of a few elements, then one of thousands: four 2 ms steps, then a 7 ms one.
    function* work(): Steps<number> {
      for (let k = 0; k < 25; k++) {
        yield 'x';
        clock.spend(k % 5 === 4 ? 7 : 2);
      }
      return 25;
    }
    expect(await runSliced(work(), opts)).toBe(25);
    // Judged by the 2 ms step before it alone, the 7 ms step would end slices at 15 ms.
    expect(slices.slice(1).every((ms) => ms <= 10)).toBe(true);
  });

  it('ends the slice to wait for what the work needs, and goes on once it is there', async () => {
    const clock = clocked();
    const events: string[] = [];
    const { opts } = options(clock, events);
    let loaded = false;
    function* work(): Steps<boolean> {
      yield 'x';
      events.push('ask');
      yield Promise.resolve().then(() => {
        events.push('loaded');
        loaded = true;
      });
      events.push('go on');
      return loaded;
    }
    expect(await runSliced(work(), opts)).toBe(true);
    // Waiting is the page's turn already: no pause on top of it.
    expect(events).toEqual(['ask', 'loaded', 'go on']);
    // Run in one go, work cannot wait: it must have what it needs at hand.
    expect(() => runSteps(work())).toThrow();
  });
});
