// Long work on huge pages must not block the page's main thread. The engine's
// stages are generators: each `yield` is a point where the work may pause,
// and names the stage whose work follows. The content script runs them in
// slices between which the page gets the main thread back; tests and Node
// run them to completion in one go.

/**
 * Work that yields the stage name of what it does next, or something to wait for before it goes
 * on (rules still loading), and returns `T`.
 */
export type Steps<T> = Generator<string | Promise<unknown>, T, void>;

/** Runs `steps` to completion, adding each stage's time to `stagesMs` when given. */
export function runSteps<T>(
  steps: Steps<T>,
  stagesMs?: Record<string, number>,
  now: () => number = () => performance.now(),
): T {
  let stage = '';
  for (;;) {
    const startedAt = stagesMs ? now() : 0;
    const result = steps.next();
    if (stagesMs && stage) stagesMs[stage] = (stagesMs[stage] ?? 0) + now() - startedAt;
    if (result.done) return result.value;
    // Nothing waits here: whatever the work needs must be at hand.
    if (typeof result.value !== 'string')
      throw new Error('runSteps cannot wait for what work needs');
    stage = result.value;
  }
}

export interface SliceOptions {
  /** Work this long, then give the main thread back. */
  sliceMs: number;
  /** Resolves when the page has had its turn (scheduler.yield or a timer). */
  pause(): Promise<void>;
  /** False once the work is no longer wanted (page changed, extension stopped). */
  alive(): boolean;
  /** Runs one uninterrupted slice; `add` credits time to a stage. Lets a caller time slices. */
  slice<R>(run: (add: (stage: string, ms: number) => void) => R): R;
  now?: () => number;
}

/** How much of a large step's cost is still expected of the step after it. */
const EXPECTED_DECAY = 0.75;

/**
 * Runs `steps` in slices of at most about `sliceMs`, pausing at the generator's
 * yields: a slice ends before a step that would take it past `sliceMs` if it
 * cost what is expected (the step before it, or a larger one shortly before, its
 * cost decaying step by step), or when the work yields something to
 * wait for (then it waits for that instead of pausing).
 * Resolves with its result, or with `undefined` when `alive()` turned false
 * during a pause (the generator is then closed).
 */
export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions): Promise<T | undefined> {
  const now = opts.now ?? (() => performance.now());
  let stage = '';
  // What the next step may cost: the last step's cost, or more after a larger one. Steps
  // differ by a hundredfold (a read of a few elements, then one of thousands); a large
  // step is expected again for a few steps after it, across slices too.
  let expected = 0;
  for (;;) {
    const result = opts.slice((add) => {
      const start = now();
      for (;;) {
        const stepStart = now();
        const step = steps.next();
        const end = now();
        if (stage) add(stage, end - stepStart);
        if (step.done || typeof step.value !== 'string') return step;
        stage = step.value;
        expected = Math.max(end - stepStart, expected * EXPECTED_DECAY);
        // Stop once the next step, if it costs what is expected, would end past the budget.
        if (end - start + expected > opts.sliceMs) return step;
      }
    });
    if (result.done) return result.value;
    // The page has its turn while the work waits for what it needs.
    if (typeof result.value === 'string') await opts.pause();
    else await result.value.catch(() => undefined);
    if (!opts.alive()) {
      steps.return(undefined as T);
      return undefined;
    }
  }
}

/** Pauses yield every this many loop turns at most (checking time costs too). */
export const TURNS_PER_CHECKPOINT = 256;

/**
 * Characters of text one step of a pass over text works through at most: about a
 * millisecond of folding and splitting into words, far less of a pattern test.
 */
export const CHARS_PER_CHECKPOINT = 1 << 15;
