// Gives the main thread back to the page between slices of long work.

type Scheduler = { yield?: () => Promise<void> };

/**
 * Resolves once the page has had its turn: `scheduler.yield()` where the
 * browser has it (the work then resumes ahead of other queued tasks, so
 * highlights are not late), else a zero-delay timer.
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    try {
      return scheduler.yield();
    } catch {
      // Some contexts expose the API but refuse it: fall back to a timer.
    }
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
