import type { Browser, Page, WebWorker } from 'puppeteer-core';
import type { PageResult } from '../../src/contracts/page-result';
import { storedResults } from '../harness/extension';
import {
  domQuietMsInPage,
  floorInPage,
  markjsInPage,
  readabilityInPage,
  watchDomInPage,
} from './in-page';
import { startProfile, stopProfile, type CpuProfile } from './profile';
import type { PageSpec, RunSample } from './stats';

export interface MeasureContext {
  browser: Browser;
  /** The extension's background, which holds what the content script reported per tab. */
  worker: WebWorker;
  readabilitySource: string;
  markjsSource: string;
  /**
   * Quiet time (no report change, no DOM change) after which the content
   * script is done, plus 1 ms per 10 KB of page; longer on pages with scripts.
   */
  settleMs: number;
  scriptedSettleMs: number;
  /** Longest wait for the content script to finish. */
  maxWaitMs: number;
  /** Each baseline repeats until this much time has passed (timers are coarse). */
  minTotalMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Evaluates `expression` in a new isolated world of the page (as content scripts run). */
async function evaluateInIsolatedWorld(
  page: Page,
  worldName: string,
  expression: string,
): Promise<unknown> {
  const cdp = await page.createCDPSession();
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName,
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in an isolated world: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Runs a self-contained function in a new isolated world of the page. */
async function inIsolatedWorld<A extends unknown[], R>(
  page: Page,
  fn: (...args: A) => R,
  ...args: A
): Promise<R> {
  const expression = `(${fn.toString()})(...${JSON.stringify(args)})`;
  return (await evaluateInIsolatedWorld(page, 'crosscount-bench', expression)) as R;
}

/**
 * Readability's first parse of the page in a fresh isolated world: its code as
 * cold as the content script's own (loaded, never run), and DOM reads paying
 * for the world's own wrappers. One parse, no repetition.
 */
async function readabilityFirstInWorld(page: Page, source: string): Promise<number> {
  const parse =
    '(() => { const t = performance.now(); new Readability(document.cloneNode(true)).parse(); ' +
    'return performance.now() - t; })()';
  const ms = await evaluateInIsolatedWorld(
    page,
    'crosscount-bench-readability',
    `${source}\n;${parse}`,
  );
  return ms as number;
}

/**
 * Waits until the content script has reported for `url` and neither its
 * report nor the page's DOM has changed for `settleMs` (scripted pages build
 * their article late, and every change triggers a re-check). Also counts the
 * distinct reports seen: the content script reports after every check.
 */
async function settledReport(
  ctx: MeasureContext,
  page: Page,
  url: string,
  settleMs: number,
): Promise<{ result: PageResult | null; reports: number }> {
  await page.evaluate(watchDomInPage);
  const start = Date.now();
  let last = '';
  let changedAt = start;
  let reports = 0;
  let result: PageResult | undefined;
  while (Date.now() - start < ctx.maxWaitMs) {
    result = [...(await storedResults(ctx.worker)).values()].find((r) => r.url === url);
    const serialized = result ? JSON.stringify(result) : '';
    if (serialized !== last) {
      last = serialized;
      changedAt = Date.now();
      reports++;
    }
    const domQuietMs = await page.evaluate(domQuietMsInPage);
    if (result && Date.now() - changedAt >= settleMs && domQuietMs >= settleMs) break;
    await sleep(50);
  }
  return { result: result ?? null, reports };
}

/**
 * One fresh navigation to `url` in a new tab (its own renderer, nothing
 * cached: the server says no-store and every run's URL is unique): what the
 * content script reported, then the baselines in the page's own world.
 */
export async function measureRun(
  ctx: MeasureContext,
  url: string,
  spec: PageSpec,
  opts: { markjs: boolean; readability: boolean; profile: boolean },
): Promise<{ sample: RunSample; profile: CpuProfile | null }> {
  const page = await ctx.browser.newPage();
  try {
    const profiler = opts.profile ? await startProfile(page) : null;
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Pages with scripts may build their article a while after loading, and
    // bigger pages take the content script longer to re-check after a change.
    const settleMs =
      (spec.scripted ? ctx.scriptedSettleMs : ctx.settleMs) + Math.round(spec.bytes / 10_000);
    const { result, reports } = await settledReport(ctx, page, url, settleMs);
    const profile = profiler && (await stopProfile(profiler));
    const highlights = result?.highlights.map((h) => h.text) ?? [];

    // First in an isolated world of its own, like the content script's, cold: a single pass.
    const world = await inIsolatedWorld(page, floorInPage, 0, 1);
    const floor = await page.evaluate(floorInPage, ctx.minTotalMs, 100_000);
    let readabilityMs: number | null = null;
    let readabilityFirstMs: number | null = null;
    if (opts.readability) {
      // Before the page's own world has run Readability (a separate world shares no code anyway).
      readabilityFirstMs = await readabilityFirstInWorld(page, ctx.readabilitySource);
      await page.evaluate(ctx.readabilitySource);
      readabilityMs = (await page.evaluate(readabilityInPage, ctx.minTotalMs, 1000)).ms;
    }
    let markjs: RunSample['markjs'] = null;
    if (opts.markjs && highlights.length > 0) {
      await page.evaluate(ctx.markjsSource);
      markjs = await page.evaluate(markjsInPage, [...new Set(highlights)], ctx.minTotalMs, 50);
    }
    const sample: RunSample = {
      verdict: result?.verdict ?? null,
      reports,
      highlights,
      floorMs: floor.ms,
      floorFirstMs: floor.firstMs,
      floorContentWorldMs: world.firstMs,
      elements: floor.elements,
      textChars: floor.chars,
      timings: result?.timings ?? null,
      readabilityMs,
      readabilityFirstMs,
      markjs: markjs && { ms: markjs.ms, scriptMs: markjs.scriptMs, marks: markjs.marks },
    };
    return { sample, profile };
  } finally {
    await page.close();
  }
}
