import type { Browser, Page } from 'puppeteer-core';
import type { HighlightInfo } from '../../src/contracts/page-result';

// Reading Crosscount's highlights from a page in a real browser. The page's
// own world shares the document's CSS.highlights registry with the content
// script, so tests see exactly what is painted.

export const NAMES = { casualty: 'crosscount-casualty', denial: 'crosscount-denial' } as const;

/** Whitespace as the engine's page text writes it. */
export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface Painted {
  casualty: string[];
  denial: string[];
  /** Ranges inside a shadow root. */
  inShadow: number;
  /** Ranges that no longer cover text (left behind by removed nodes). */
  empty: number;
}

export function painted(page: Page): Promise<Painted> {
  return page.evaluate((names) => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
      .highlights;
    const all = (name: string) => [...(reg.get(name) ?? [])];
    const ranges = [...all(names.casualty), ...all(names.denial)];
    return {
      casualty: all(names.casualty).map((r) => r.toString()),
      denial: all(names.denial).map((r) => r.toString()),
      inShadow: ranges.filter((r) => r.startContainer.getRootNode() !== document).length,
      empty: ranges.filter((r) => r.collapsed || !r.startContainer.isConnected).length,
    };
  }, NAMES);
}

/**
 * How many claims are painted, counted with loops only: on hostile pages the
 * page's Array methods and promises may throw.
 */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate((names) => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
      .highlights;
    let n = 0;
    for (const name of [names.casualty, names.denial]) {
      const set = reg.get(name);
      if (set) for (const r of set) if (!r.collapsed) n++;
    }
    return n;
  }, NAMES);
}

/** The texts the engine reported, by kind, in the form `painted` gives them. */
export const expectedTexts = (highlights: HighlightInfo[]) => ({
  casualty: highlights
    .filter((h) => h.kind === 'casualty')
    .map((h) => normalize(h.text))
    .sort(),
  denial: highlights
    .filter((h) => h.kind === 'denial')
    .map((h) => normalize(h.text))
    .sort(),
});

export const paintedTexts = (p: Painted) => ({
  casualty: p.casualty.map(normalize).sort(),
  denial: p.denial.map(normalize).sort(),
});

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first line box of the `nth` painted range of a kind, in viewport coordinates. */
export function lineBox(page: Page, kind: keyof typeof NAMES, nth: number): Promise<Rect | null> {
  return page.evaluate(
    (name, nth) => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
        .highlights;
      const range = [...(reg.get(name) ?? [])][nth];
      const r = range?.getClientRects()[0];
      return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
    },
    NAMES[kind],
    nth,
  );
}

/** Scrolls the `nth` painted range of a kind into the middle of the viewport. */
export function scrollToPainted(page: Page, kind: keyof typeof NAMES, nth: number) {
  return page.evaluate(
    (name, nth) => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
        .highlights;
      const r = [...(reg.get(name) ?? [])][nth]!.getBoundingClientRect();
      window.scrollBy(0, r.top - innerHeight / 2);
    },
    NAMES[kind],
    nth,
  );
}

/**
 * How many pixels of `rect` (plus a margin below, where underlines are drawn)
 * are within a small distance of `rgb` on screen.
 */
export async function pixelsNear(page: Page, rect: Rect, rgb: [number, number, number]) {
  const clip = {
    x: Math.max(0, rect.x),
    y: Math.max(0, rect.y),
    width: rect.width,
    height: rect.height + 6,
  };
  await page.bringToFront();
  const png = await page.screenshot({ clip, encoding: 'base64' });
  return page.evaluate(
    async (png, rgb) => {
      const blob = await (await fetch(`data:image/png;base64,${png}`)).blob();
      const img = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        const dist =
          Math.abs(d[i]! - rgb[0]) + Math.abs(d[i + 1]! - rgb[1]) + Math.abs(d[i + 2]! - rgb[2]);
        if (dist < 60) n++;
      }
      return n;
    },
    png,
    rgb,
  );
}

/**
 * Installing the extension opens its welcome tab, which may come up over a
 * test's page after a while; background tabs are not painted (screenshots
 * wait forever). Waits for it, briefly, so that it is already there.
 */
export async function welcomeTabOpened(browser: Browser): Promise<void> {
  await browser
    .waitForTarget((t) => t.url().endsWith('/welcome.html'), { timeout: 3000 })
    .catch(() => {});
}

/** Resolves once the page has rendered a new frame. */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Sends a message to a tab's content script from an extension page, as the background does. */
export function sendToTab(control: Page, tabId: number, message: unknown): Promise<void> {
  return control.evaluate(
    (tabId, message) => {
      const g = globalThis as unknown as Record<
        'browser' | 'chrome',
        { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } }
      >;
      return (g.browser ?? g.chrome).tabs.sendMessage(tabId, message).then(() => undefined);
    },
    tabId,
    message,
  );
}

const registered = (page: Page) =>
  page.evaluate(() => [
    ...(
      globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }
    ).CSS.highlights.keys(),
  ]);

/**
 * Runs `fn` with Crosscount's highlights hidden by its own toggle command (the
 * content script keeps them hidden across re-checks), then shows them again.
 */
export async function withoutHighlights<T>(
  page: Page,
  toggle: () => Promise<void>,
  fn: () => Promise<T>,
): Promise<T> {
  await toggle();
  await until(
    () => registered(page),
    (names) => !names.includes(NAMES.casualty),
  );
  try {
    await nextFrame(page);
    return await fn();
  } finally {
    await toggle();
    await until(
      () => registered(page),
      (names) => names.includes(NAMES.casualty),
    );
  }
}

/** Waits until `read` returns what `ok` accepts; returns the last value seen either way. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 6000) {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
