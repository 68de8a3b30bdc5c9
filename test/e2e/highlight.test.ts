import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/highlight/styles';
import { buildExtension, type Target } from '../../scripts/harness/build';
import {
  startSession,
  type BrowserName,
  type ExtensionSession,
} from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';
import {
  expectedTexts,
  lineBox,
  normalize,
  painted,
  paintedTexts,
  pixelsNear,
  scrollToPainted,
  sendToTab,
  until,
  welcomeTabOpened,
  withoutHighlights,
} from './highlight-page';

// Claims are painted in place with the CSS Custom Highlight API, in
// the page's document and in open shadow roots, follow re-rendering, and never
// get in the way of the page's links. The matching page is the demo article;
// test pages only rearrange it (pages/highlight-host.html).

const root = resolve(import.meta.dirname, '../..');
const targets: Record<BrowserName, Target> = { chromium: 'chrome', firefox: 'firefox' };
const hex = (c: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
const CASUALTY = hex(PALETTES.light.casualty);
const DENIAL = hex(PALETTES.light.denial);
// `UPDATE_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/highlight.test.ts` refreshes docs/screenshots.
const screenshotsDir = process.env.UPDATE_SCREENSHOTS ? `${root}/docs/screenshots` : null;

describe.each<BrowserName>(['chromium', 'firefox'])('highlights in %s', (name) => {
  let server: StaticServer;
  let session: ExtensionSession;
  let buildDir: string;
  let control: Page;

  beforeAll(async () => {
    buildDir = buildExtension(targets[name]);
    server = await serveStatic(
      resolve(import.meta.dirname, 'pages'),
      new Map([
        ['/article.html', `${root}/demo/article.html`],
        ['/demo.css', `${root}/demo/demo.css`],
      ]),
    );
    session = await startSession(name, buildDir);
    await welcomeTabOpened(session.browser);
    control = await session.openExtensionPage('popup.html?tab=-1');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (buildDir) rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  /** Opens a page and waits until what is painted is what the engine reported. */
  async function openPainted(path: string) {
    const url = `${server.origin}${path}`;
    const page = await session.open(url);
    await page.setViewport({ width: 1200, height: 900 });
    // In front of the welcome tab that installing opens: background tabs are not painted.
    await page.bringToFront();
    // Script-built pages report 'none' first, then again once their article is in.
    const found = await until(
      () => session.resultFor(url, 100),
      (r) => !!r && r.result.verdict !== 'none',
    );
    expect(found?.result.verdict).not.toBe('none');
    const expected = expectedTexts(found!.result.highlights);
    const now = await until(
      () => painted(page),
      (p) => JSON.stringify(paintedTexts(p)) === JSON.stringify(expected),
    );
    const toggle = () =>
      sendToTab(control, found!.tabId, { type: 'command', name: 'toggle-highlights' });
    return { page, found: found!, expected, now, toggle };
  }

  it('paints exactly the claims and denials the engine found on the demo article', async () => {
    const { page, expected, now } = await openPainted('/article.html');
    expect(expected.casualty.length).toBeGreaterThan(0);
    expect(expected.denial.length).toBeGreaterThan(0);
    expect(paintedTexts(now)).toEqual(expected);
    expect(now.empty).toBe(0);
    // Painting adds no element: the card's host comes with the first card.
    expect(await page.evaluate(() => document.querySelectorAll('crosscount-ui').length)).toBe(0);
    if (screenshotsDir) {
      mkdirSync(screenshotsDir, { recursive: true });
      await page.bringToFront();
      await page.screenshot({ path: `${screenshotsDir}/article.png` });
    }
    await page.close();
  });

  it('draws them on screen: underline colours appear only with the highlights', async () => {
    const { page, toggle } = await openPainted('/article.html');
    for (const [kind, colour] of [
      ['casualty', CASUALTY],
      ['denial', DENIAL],
    ] as const) {
      await scrollToPainted(page, kind, 0);
      const box = (await lineBox(page, kind, 0))!;
      const withPaint = await pixelsNear(page, box, colour);
      const without = await withoutHighlights(page, toggle, () => pixelsNear(page, box, colour));
      expect(withPaint, `${kind} underline pixels`).toBeGreaterThan(box.width / 2);
      expect(without).toBeLessThan(withPaint / 10);
    }
    await page.close();
  });

  it('paints an article that lives in an open shadow root, on screen too', async () => {
    const { page, now, toggle } = await openPainted('/highlight-host.html?mode=shadow');
    expect(now.inShadow).toBe(now.casualty.length + now.denial.length);
    await scrollToPainted(page, 'casualty', 0);
    const box = (await lineBox(page, 'casualty', 0))!;
    const withPaint = await pixelsNear(page, box, CASUALTY);
    const without = await withoutHighlights(page, toggle, () => pixelsNear(page, box, CASUALTY));
    expect(withPaint).toBeGreaterThan(box.width / 2);
    expect(without).toBeLessThan(withPaint / 10);
    await page.close();
  });

  it('works on localhost as on 127.0.0.1, with no extra step', async () => {
    const { now } = await openPainted('/article.html'); // served on 127.0.0.1
    const local = server.origin.replace('127.0.0.1', 'localhost');
    const page = await session.open(`${local}/article.html`);
    const there = await until(
      () => painted(page),
      (p) => p.casualty.length === now.casualty.length,
    );
    expect(paintedTexts(there)).toEqual(paintedTexts(now));
    await page.close();
  });

  it('adds nothing to a page that does not match', async () => {
    const url = `${server.origin}/plain.html`;
    const page = await session.open(url);
    const found = await session.resultFor(url);
    expect(found?.result.verdict).toBe('none');
    expect(
      await page.evaluate(() => ({
        highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
        sheets: document.adoptedStyleSheets.length,
        host: document.querySelector('crosscount-ui') !== null,
      })),
    ).toEqual({ highlights: [], sheets: 0, host: false });
    await page.close();
  });

  it('follows a page that re-renders its article: no duplicates, nothing stale', async () => {
    const { page, expected, found } = await openPainted('/highlight-host.html?mode=plain');
    const same = (p: Awaited<ReturnType<typeof painted>>) =>
      JSON.stringify(paintedTexts(p)) === JSON.stringify(expected) && p.empty === 0;
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
      const after = await until(() => painted(page), same);
      expect(paintedTexts(after)).toEqual(expected);
      expect(after.empty).toBe(0);
    }
    // Removed text drops its highlights.
    const gone = normalize(found.result.highlights.find((h) => h.kind === 'casualty')!.text);
    await page.evaluate(
      (text) =>
        (window as unknown as { dropParagraphWith(t: string): void }).dropParagraphWith(text),
      gone,
    );
    const dropped = await until(
      () => painted(page),
      (p) => !p.casualty.map(normalize).includes(gone) && p.empty === 0,
    );
    expect(dropped.casualty.map(normalize)).not.toContain(gone);
    expect(dropped.empty).toBe(0);
    expect(dropped.casualty.length).toBeGreaterThan(0);
    await page.close();
  });

  it('leaves links inside a highlight to the page: the click navigates, no card opens', async () => {
    const { page } = await openPainted('/highlight-host.html?mode=link');
    // A link that lies inside a painted claim.
    const at = await page.evaluate(() => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
        .highlights;
      const ranges = [...(reg.get('crosscount-casualty') ?? [])];
      const link = [...document.querySelectorAll('a[href="#followed"]')].find((a) =>
        ranges.some((r) => r.intersectsNode(a.firstChild!)),
      )!;
      link.scrollIntoView({ block: 'center' });
      const box = link.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    await until(
      () => page.evaluate(() => location.hash),
      (h) => h === '#followed',
    );
    expect(await page.evaluate(() => location.hash)).toBe('#followed');
    await new Promise((r) => setTimeout(r, 300));
    expect(await cardOpen(page)).toBe(false);
    await page.close();
  });

  it('logs no error', () => {
    expect(session.errors).toEqual([]);
  });
});

function cardOpen(page: Page) {
  return page.evaluate(
    () => !!document.querySelector('crosscount-ui')?.shadowRoot?.querySelector('.cc-card'),
  );
}
