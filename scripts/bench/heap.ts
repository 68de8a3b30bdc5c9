import type { Browser, CDPSession, WebWorker } from 'puppeteer-core';
import { storedResults } from '../harness/extension';
import { articleOf, ordinaryArticle } from './generate-pages';
import { seededRandom } from './random';

// Retained memory after a page changes its article many times in place, as a
// single-page app does. The content script re-checks after every change;
// whatever it keeps per check (highlights, ranges, listeners, closures) shows
// up as heap growth between a warmed-up state and after all changes.

/**
 * A news page whose own script swaps its article (alternately the story's
 * article and an ordinary one) and pushes a new URL, like a single-page app.
 */
export function heapPage(demoHtml: string): string {
  const story = articleOf(demoHtml);
  const other = ordinaryArticle(seededRandom(3000));
  return (
    // An inline icon: Chrome fetches the favicon again after every pushState,
    // and each fetch would add to the heap what is neither page nor extension.
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    '<title>Direct — La Gazette du Soir</title></head>' +
    '<body><header><a href="#">La Gazette du Soir</a></header><main><article id="story">' +
    other +
    `</article></main><template id="t1">${story}</template><template id="t0">${other}</template>` +
    '<script>window.__change = (k) => {' +
    "const fresh = document.getElementById('t' + (k % 2)).content.cloneNode(true);" +
    "const note = document.createElement('p'); note.textContent = 'Mise à jour n° ' + k; fresh.prepend(note);" +
    "document.getElementById('story').replaceChildren(fresh);" +
    "history.pushState({ k }, '', '?change=' + k); };</script></body></html>"
  );
}

export interface HeapReading {
  /** The renderer's whole JS heap, compiled code included. */
  usedKB: number;
  /** The same without compiled code, which grows as hot functions get optimised (not a leak). */
  objectsKB: number;
  nodes: number;
  listeners: number;
}

export interface HeapResult {
  changes: number;
  /** Changes after which the content script reported for the new URL. */
  reported: number;
  before: HeapReading;
  after: HeapReading;
  growthKB: number;
  objectsGrowthKB: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const REPORT_TIMEOUT_MS = 1500;

/** Total self size of a heap snapshot's nodes, compiled code aside. */
export function objectBytes(snapshot: {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}): number {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (types[snapshot.nodes[i + type]!] !== 'code') bytes += snapshot.nodes[i + size]!;
  }
  return bytes;
}

async function reading(cdp: CDPSession): Promise<HeapReading> {
  // Several passes: objects freed by one collection can release others.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  let chunks = '';
  const collect = (e: { chunk: string }) => (chunks += e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return {
    usedKB: heap.usedSize / 1024,
    objectsKB: objectBytes(JSON.parse(chunks) as Parameters<typeof objectBytes>[0]) / 1024,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
  };
}

/**
 * Opens `url`, makes `warmup` changes, reads the heap, makes `changes` more
 * and reads it again. With `worker`, waits after each change until the
 * content script has reported for the new URL (up to 1.5 s; after one miss
 * it stops waiting) and `spacingMs` has passed, so its debounced re-check
 * runs too; without (the control run, no extension), only waits `spacingMs`.
 */
export async function heapGrowth(
  browser: Browser,
  worker: WebWorker | null,
  url: string,
  opts: { changes: number; warmup: number; spacingMs: number },
): Promise<HeapResult> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    let reported = 0;
    // Stop waiting for reports once one does not come: the rest are only spaced.
    let waitForReports = worker !== null;
    const change = async (k: number) => {
      const start = Date.now();
      await page.evaluate(
        (n) => (window as unknown as { __change(n: number): void }).__change(n),
        k,
      );
      const target = `${url}?change=${k}`;
      while (waitForReports && worker) {
        const results = [...(await storedResults(worker)).values()];
        if (results.some((r) => r.url === target)) {
          reported++;
          break;
        }
        if (Date.now() - start > REPORT_TIMEOUT_MS) waitForReports = false;
        else await sleep(25);
      }
      await sleep(Math.max(0, opts.spacingMs - (Date.now() - start)));
    };
    for (let k = 1; k <= opts.warmup; k++) await change(k);
    const before = await reading(cdp);
    reported = 0;
    for (let k = opts.warmup + 1; k <= opts.warmup + opts.changes; k++) await change(k);
    const after = await reading(cdp);
    return {
      changes: opts.changes,
      reported,
      before,
      after,
      growthKB: after.usedKB - before.usedKB,
      objectsGrowthKB: after.objectsKB - before.objectsKB,
    };
  } finally {
    await page.close();
  }
}
