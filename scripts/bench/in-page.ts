// Baselines that run in the page's own world (puppeteer serialises each
// function, so each is self-contained). Short operations repeat until
// `minTotalMs` has passed and report the mean: browser timers are coarse.

export interface Repeated {
  /** Mean milliseconds per call. */
  ms: number;
  reps: number;
}

declare class Readability {
  constructor(doc: Document);
  parse(): { textContent?: string | null } | null;
}
declare class Mark {
  constructor(root: Element);
  mark(
    keywords: string[],
    options: {
      separateWordSearch: boolean;
      acrossElements: boolean;
      diacritics: boolean;
      done: (marks: number) => void;
    },
  ): void;
}

/**
 * The least any highlighter must do: read every text node of the page once.
 * `firstMs` is the first pass alone, with code and caches as cold as the
 * content script finds them; `ms` the mean over the repetitions.
 */
export function floorInPage(
  minTotalMs: number,
  maxReps: number,
): Repeated & { firstMs: number; chars: number; elements: number } {
  const pass = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (w.nextNode()) n += (w.currentNode as Text).data.length;
    return n;
  };
  const first = performance.now();
  const chars = pass();
  const firstMs = performance.now() - first;
  let reps = 0;
  const start = performance.now();
  let now = start;
  do {
    pass();
    reps++;
    now = performance.now();
  } while (now - start < minTotalMs && reps < maxReps);
  return {
    ms: (now - start) / reps,
    reps,
    firstMs,
    chars,
    elements: document.getElementsByTagName('*').length,
  };
}

/** Article extraction as many extensions do it (Readability must be loaded in the page). */
export function readabilityInPage(
  minTotalMs: number,
  maxReps: number,
): Repeated & { articleChars: number } {
  let articleChars = 0;
  let reps = 0;
  const start = performance.now();
  let now = start;
  do {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    articleChars = article?.textContent?.length ?? 0;
    reps++;
    now = performance.now();
  } while (now - start < minTotalMs && reps < maxReps);
  return { ms: (now - start) / reps, reps, articleChars };
}

/**
 * mark.js wrapping `texts` in `<mark>` elements on a fresh, rendered copy of
 * the page each time (mark.js must be loaded in the page). `ms` counts the
 * marking and the re-layout it forces (wrapping changes the DOM, which the
 * browser must lay out again before it can paint); `scriptMs` only the
 * marking itself.
 */
export function markjsInPage(
  texts: string[],
  minTotalMs: number,
  maxReps: number,
): Repeated & { scriptMs: number; marks: number } {
  let total = 0;
  let script = 0;
  let reps = 0;
  let marks = 0;
  const original = document.body;
  do {
    const copy = original.cloneNode(true) as HTMLElement;
    document.body.replaceWith(copy);
    // Laying out the fresh copy is not mark.js's cost.
    void copy.offsetHeight;
    const start = performance.now();
    new Mark(copy).mark(texts, {
      separateWordSearch: false,
      acrossElements: true,
      diacritics: false,
      done: (n) => (marks = n),
    });
    const marked = performance.now();
    void copy.offsetHeight;
    const laidOut = performance.now();
    script += marked - start;
    total += laidOut - start;
    reps++;
  } while (total < minTotalMs && reps < maxReps);
  return { ms: total / reps, scriptMs: script / reps, reps, marks };
}

/** Records when the page's DOM last changed (read by `domQuietMsInPage`). */
export function watchDomInPage(): void {
  const w = window as unknown as { __benchLastChange: number };
  w.__benchLastChange = performance.now();
  new MutationObserver(() => (w.__benchLastChange = performance.now())).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}

export function domQuietMsInPage(): number {
  return performance.now() - (window as unknown as { __benchLastChange: number }).__benchLastChange;
}
