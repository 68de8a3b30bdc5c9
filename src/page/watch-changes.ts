export interface WatchOptions {
  /** Quiet time after the last change before re-checking. */
  debounceMs: number;
  /** Upper bound on waiting while a page keeps changing (bounds work per second). */
  maxWaitMs: number;
  /** Nodes whose own changes are not the page's (the extension's UI host). */
  ignore: (node: Node) => boolean;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export interface Watcher {
  /** Observes one more root (an open shadow root found later). */
  observe(root: Node): void;
  /** Counts as a change of the page's content (a signal the observer cannot see). */
  changed(): void;
  /** True while a change waits for its debounced call. */
  pending(): boolean;
  stop(): void;
}

/**
 * Calls `onChange` after the page's content changes: debounced, and at most
 * once per `maxWaitMs` on pages that never stop mutating.
 */
export function watchChanges(roots: Node[], onChange: () => void, opts: WatchOptions): Watcher {
  let timer: number | undefined;
  let firstPending = 0;
  const fire = () => {
    timer = undefined;
    firstPending = 0;
    onChange();
  };
  const changed = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) opts.clearTimeout(timer);
    const wait = Math.min(opts.debounceMs, Math.max(0, firstPending + opts.maxWaitMs - now));
    timer = opts.setTimeout(fire, wait);
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => opts.ignore(r.target))) return;
    changed();
  });
  const observed = new WeakSet<Node>();
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  roots.forEach(observe);
  return {
    observe,
    changed,
    pending: () => timer !== undefined,
    stop() {
      observer.disconnect();
      if (timer !== undefined) opts.clearTimeout(timer);
    },
  };
}
