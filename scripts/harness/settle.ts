import type { Browser, Page } from 'puppeteer-core';
import type { PageResult } from '../../src/contracts/page-result';

// Reading what the extension ends up showing on a page, as soon as that is
// known: `npm run analyze` scores ~100 pages this way, and the e2e tests
// compare browsers with it.
//
// A page has settled when both sides have:
// - the page has nothing left that could change its text: no timer due before
//   the deadline, no interval running, no CSS animation or transition ending
//   before the deadline, and no DOM change or animation end for QUIET_MS (what
//   the page does in chains of frames or messages, which are not tracked);
// - the extension has nothing left to do: its content script says it is idle
//   (no check running or waiting on a debounced change, its last report stored)
//   and a result for the page is stored.
// Corpus pages have their final text within 3 s of load (corpus FORMAT.md), so
// what is pending later than 5 s after load is not waited for; past that
// deadline only the extension's own last check is waited for, a while.

/** No DOM change or animation end for this long, with nothing pending. */
const QUIET_MS = 200;
/** Time between looks at the page and the extension. */
const POLL_MS = 100;

/** What a tool can ask the extension about its tabs. */
export interface ExtensionProbe {
  /** Every per-tab result the background holds, keyed by tab id. */
  results(): Promise<Map<number, PageResult>>;
  /** Whether the content script in `tabId` says its last result is final for now. */
  idle(tabId: number): Promise<boolean>;
}

export interface SettleOptions {
  /** Past this long after load, what the page still has pending is not waited for. */
  maxMs?: number;
  /** How long past `maxMs` the extension's last check is waited for. */
  graceMs?: number;
}

/** The page's side, as the tracker below records it (page world). */
interface PageState {
  /** Milliseconds since the last DOM change or animation end. */
  quietMs: number;
  /** Timers due and animations ending within `withinMs`, and running intervals. */
  pending: number;
}

/**
 * Installs, before any script of the page runs, a record of what the page has
 * pending (timers, intervals, idle callbacks) and of when its DOM last
 * changed. Runs in the page's own world; the page's own wrappers of these
 * functions wrap ours.
 */
export async function trackPage(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    type Fn = (...args: unknown[]) => unknown;
    const w = window as unknown as Record<string, unknown> & typeof window;
    if (w.__ccSettle) return;
    const now = () => performance.now();
    const state = {
      last: now(),
      timers: new Map<number, number>(),
      intervals: new Set<number>(),
      idle: new Set<number>(),
    };
    Object.defineProperty(w, '__ccSettle', { value: state });
    const touch = () => (state.last = now());
    const call = (fn: unknown, self: unknown, args: unknown[]) =>
      typeof fn === 'function' ? (fn as Fn).apply(self, args) : (0, eval)(String(fn));

    const setTimeout0 = w.setTimeout;
    const clearTimeout0 = w.clearTimeout;
    w.setTimeout = function (fn: unknown, ms?: number, ...args: unknown[]) {
      const id = (setTimeout0 as Fn).call(
        w,
        function (this: unknown) {
          state.timers.delete(id);
          return call(fn, this, args);
        },
        ms,
      ) as number;
      state.timers.set(id, now() + Math.max(0, Number(ms) || 0));
      return id;
    } as typeof w.setTimeout;
    w.clearTimeout = function (id?: number) {
      if (id !== undefined) state.timers.delete(id);
      return clearTimeout0.call(w, id);
    } as typeof w.clearTimeout;

    const setInterval0 = w.setInterval;
    const clearInterval0 = w.clearInterval;
    w.setInterval = function (fn: unknown, ms?: number, ...args: unknown[]) {
      const id = (setInterval0 as Fn).call(
        w,
        function (this: unknown) {
          return call(fn, this, args);
        },
        ms,
      ) as number;
      state.intervals.add(id);
      return id;
    } as typeof w.setInterval;
    w.clearInterval = function (id?: number) {
      if (id !== undefined) state.intervals.delete(id);
      return clearInterval0.call(w, id);
    } as typeof w.clearInterval;

    const ric = w.requestIdleCallback;
    const cic = w.cancelIdleCallback;
    if (ric && cic) {
      w.requestIdleCallback = function (fn: IdleRequestCallback, opts?: IdleRequestOptions) {
        const id: number = ric.call(
          w,
          function (this: unknown, deadline: IdleDeadline) {
            state.idle.delete(id);
            return fn.call(this, deadline);
          },
          opts,
        );
        state.idle.add(id);
        return id;
      } as typeof w.requestIdleCallback;
      w.cancelIdleCallback = function (id: number) {
        state.idle.delete(id);
        return cic.call(w, id);
      } as typeof w.cancelIdleCallback;
    }

    new MutationObserver(touch).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    for (const type of ['animationend', 'animationcancel', 'transitionend', 'transitioncancel']) {
      document.addEventListener(type, touch, { capture: true, passive: true });
    }
  });
}

function pageState(page: Page, withinMs: number): Promise<PageState> {
  return page.evaluate((withinMs) => {
    const state = (window as unknown as Record<string, unknown>).__ccSettle as
      | {
          last: number;
          timers: Map<number, number>;
          intervals: Set<number>;
          idle: Set<number>;
        }
      | undefined;
    const t = performance.now();
    if (!state) return { quietMs: Infinity, pending: 0 };
    let pending = state.intervals.size + state.idle.size;
    for (const due of state.timers.values()) if (due - t <= withinMs) pending++;
    // CSS animations and transitions that will end before the deadline (an AMP
    // boilerplate's reveal, a fade-in); infinite ones never end.
    for (const a of document.getAnimations()) {
      if (a.playState !== 'running' && a.playState !== 'paused') continue;
      if (a.playState === 'paused' || !a.effect) continue;
      const timing = a.effect.getComputedTiming();
      const end = Number(timing.endTime);
      const at = Number(timing.localTime ?? 0);
      const rate = Math.abs(a.playbackRate) || 1;
      const left = (end - at) / rate;
      if (Number.isFinite(left) && left > 0 && left <= withinMs) pending++;
    }
    return { quietMs: t - state.last, pending };
  }, withinMs);
}

/** The stored result for `url` and its tab, if any. */
async function resultFor(probe: ExtensionProbe, url: string) {
  for (const [tabId, result] of await probe.results()) {
    if (result.url === url) return { tabId, result };
  }
  return null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits, after `page` has loaded `url`, until the page and the extension have
 * settled (see the top of this file), and returns the extension's result then,
 * or null when it stored none. `loadedAt` is when the load event was seen.
 */
export async function settledResult(
  page: Page,
  url: string,
  probe: ExtensionProbe,
  loadedAt: number,
  opts: SettleOptions = {},
): Promise<PageResult | null> {
  const deadline = loadedAt + (opts.maxMs ?? 5000);
  const giveUp = deadline + (opts.graceMs ?? 2000);
  let settledBefore = false;
  for (;;) {
    const now = Date.now();
    const page_ = await pageState(page, Math.max(0, deadline - now));
    const pageSettled = now >= deadline || (page_.pending === 0 && page_.quietMs >= QUIET_MS);
    const found = pageSettled ? await resultFor(probe, url) : null;
    const settled = !!found && (await probe.idle(found.tabId));
    // Twice in a row: a change the page made between the two looks shows in the second.
    if (settled && settledBefore) return (await resultFor(probe, url))?.result ?? null;
    settledBefore = settled;
    if (Date.now() >= giveUp) return (await resultFor(probe, url))?.result ?? null;
    await sleep(POLL_MS);
  }
}

export interface PageReading<T> {
  url: string;
  result: PageResult | null;
  /** What `inspect` read from the settled page. */
  seen?: T;
  error?: string;
}

/**
 * Opens every URL in its own window (a background tab runs no CSS animation
 * in Chromium, so an AMP body would never show), `parallel` at a time, and
 * reads what the extension ended up with on each; `inspect` may read the
 * settled page before it closes.
 */
export async function readPages<T = never>(
  browser: Browser,
  probe: ExtensionProbe,
  urls: string[],
  opts: SettleOptions & {
    parallel?: number;
    inspect?: (page: Page, result: PageResult | null) => Promise<T>;
  } = {},
): Promise<PageReading<T>[]> {
  // Installing the extension opens its welcome tab, in whichever window is
  // in front then: it would push a page of ours into the background.
  await browser
    .waitForTarget((t) => t.url().endsWith('/welcome.html'), { timeout: 3000 })
    .then((t) => t.asPage())
    .then((p) => p.close())
    .catch(() => {});
  const out: PageReading<T>[] = urls.map((url) => ({ url, result: null }));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const i = next++;
      const url = urls[i]!;
      const page = await browser.newPage({ type: 'window' });
      try {
        await trackPage(page);
        await page.bringToFront();
        await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
        const result = await settledResult(page, url, probe, Date.now(), opts);
        out[i] = { url, result };
        if (opts.inspect) out[i]!.seen = await opts.inspect(page, result);
      } catch (error) {
        out[i] = { url, result: null, error: String((error as Error).message) };
      } finally {
        await page.close().catch(() => {});
      }
    }
  };
  await Promise.all(Array.from({ length: opts.parallel ?? 3 }, worker));
  return out;
}
