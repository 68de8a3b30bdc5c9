import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { HighlightInfo } from '../../src/contracts/page-result';
import { buildClaimView } from '../../src/view-model/claim-view';
import { buildExtension, type Target } from '../../scripts/harness/build';
import {
  startSession,
  type BrowserName,
  type ExtensionSession,
} from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';
import {
  expectedTexts,
  normalize,
  painted,
  paintedTexts,
  sendToTab,
  until,
  welcomeTabOpened,
} from './highlight-page';

// A click on a highlighted claim opens the card (its source, the
// competing figures), which stays next to the claim and closes on Escape, on
// an outside click and when the claim scrolls away; the keyboard commands and
// the popup's "show on page" reach every claim and announce it.

const root = resolve(import.meta.dirname, '../..');
const targets: Record<BrowserName, Target> = { chromium: 'chrome', firefox: 'firefox' };
const screenshotsDir = process.env.UPDATE_SCREENSHOTS ? `${root}/docs/screenshots` : null;

interface CardInfo {
  status: string | null;
  title: string;
  text: string;
  /** The overview's rows: who counted what for the claim's metric. */
  rows: { kind: string | null; row: string | null; label: string }[];
  caption: string;
  /** The claims marked as this card's. */
  current: string[];
  links: string[];
  rect: { top: number; bottom: number; left: number; right: number };
  focused: boolean;
}

/** What the card shows, read through Crosscount's open shadow root; null when closed. */
function card(page: Page): Promise<CardInfo | null> {
  return page.evaluate(() => {
    const shadow = document.querySelector('crosscount-ui')?.shadowRoot;
    const c = shadow?.querySelector<HTMLElement>('.cc-card');
    if (!shadow || !c) return null;
    const r = c.getBoundingClientRect();
    return {
      status: c.getAttribute('data-status'),
      title: c.querySelector('#cc-card-title')?.textContent ?? '',
      text: c.textContent ?? '',
      caption: c.querySelector('.cc-ov-table caption')?.textContent ?? '',
      current: [...c.querySelectorAll('.cc-ov-claim[data-current]')].map(
        (m) => m.getAttribute('data-claim-index') ?? '',
      ),
      rows: [...c.querySelectorAll('.cc-ov-table tr.cc-ov-row')].map((row) => ({
        kind: row.getAttribute('data-kind'),
        row: row.getAttribute('data-row'),
        label: row.querySelector('th[scope="row"]')?.textContent ?? '',
      })),
      links: [...c.querySelectorAll('a')].map((a) => a.href),
      rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      focused: document.activeElement?.localName === 'crosscount-ui' && shadow.activeElement === c,
    };
  });
}

const liveRegion = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('crosscount-ui')?.shadowRoot?.querySelector('[aria-live]')
        ?.textContent ?? '',
  );

/** The viewport box of the painted range whose text is `text`. */
function boxOf(page: Page, text: string) {
  return page.evaluate((text) => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
      .highlights;
    const ranges = [
      ...(reg.get('crosscount-casualty') ?? []),
      ...(reg.get('crosscount-denial') ?? []),
    ];
    const range = ranges.find((r) => r.toString().replace(/\s+/g, ' ').trim() === text)!;
    const r = range.getClientRects()[0]!;
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, text);
}

/** Scrolls the claim to `at` (a fraction of the viewport's height) and returns its box. */
async function scrollTo(page: Page, text: string, at = 0.5) {
  const box = await boxOf(page, text);
  await page.evaluate((y, at) => window.scrollBy(0, y - innerHeight * at), box.y, at);
  return boxOf(page, text);
}

describe.each<BrowserName>(['chromium', 'firefox'])('the card in %s', (name) => {
  let server: StaticServer;
  let session: ExtensionSession;
  let buildDir: string;
  let page: Page;
  let tabId: number;
  let highlights: HighlightInfo[];
  let control: Page;

  /** Sends a message to the article's content script, as the background and popup do. */
  const toTab = (message: unknown) => sendToTab(control, tabId, message);

  beforeAll(async () => {
    buildDir = buildExtension(targets[name]);
    server = await serveStatic(`${root}/demo`);
    session = await startSession(name, buildDir);
    await welcomeTabOpened(session.browser);
    const url = `${server.origin}/article.html`;
    page = await session.open(url);
    await page.setViewport({ width: 1200, height: 900 });
    const found = await session.resultFor(url);
    if (!found || found.result.verdict === 'none')
      throw new Error('the demo article did not match');
    ({ tabId } = found);
    highlights = found.result.highlights;
    const expected = expectedTexts(highlights);
    await until(
      () => painted(page),
      (p) => JSON.stringify(paintedTexts(p)) === JSON.stringify(expected),
    );
    control = await session.openExtensionPage('popup.html?tab=-1');
    await page.bringToFront();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (buildDir) rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  /** A casualty claim with a number and at least two competing figures in the dataset. */
  const wellSourced = () => {
    const competing = (i: number) =>
      buildClaimView(highlights, i, dataset)?.figures.filter((f) => f.role === 'other').length ?? 0;
    const ok = (h: HighlightInfo, i: number) => h.kind === 'casualty' && competing(i) >= 2;
    const precise = highlights.findIndex((h, i) => ok(h, i) && h.value !== undefined);
    return precise >= 0 ? precise : highlights.findIndex(ok);
  };

  it('opens on a click on a claim: who made it, with links, next to competing figures', async () => {
    const index = wellSourced();
    expect(index).toBeGreaterThanOrEqual(0);
    const claim = highlights[index]!;
    // Near the top, as a reader clicks what they are reading: room for the whole card below.
    const box = await scrollTo(page, normalize(claim.text), 0.2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const shown = await until(
      () => card(page),
      (c) => c?.status === 'ready',
    );
    expect(shown?.status).toBe('ready');
    expect(normalize(shown!.title)).toContain(normalize(claim.text));
    const source = dataset.sources.find((s) => s.id === claim.source)!;
    expect(shown!.text).toContain(source.name);
    // Who counted what for the claim's metric: each counter once, this claim marked.
    expect(shown!.caption).not.toBe('');
    const counters = shown!.rows.filter((r) => r.kind === 'counter');
    expect(new Set(counters.map((r) => r.row)).size).toBe(counters.length);
    const competing = counters.filter((r) => r.row !== claim.source);
    expect(competing.length).toBeGreaterThanOrEqual(2);
    expect(competing.every((r) => r.label.length > 0)).toBe(true);
    expect(shown!.current).toEqual([String(index)]);
    expect(shown!.links.some((l) => l.startsWith('https://web.archive.org/web/'))).toBe(true);
    // Keyboard focus is in the card, which sits next to the claim, inside the viewport.
    expect(shown!.focused).toBe(true);
    const near = shown!.rect.top >= box.y + box.height - 1 || shown!.rect.bottom <= box.y + 1;
    expect(near).toBe(true);
    expect(shown!.rect.top).toBeGreaterThanOrEqual(0);
    expect(shown!.rect.bottom).toBeLessThanOrEqual(900);
    if (screenshotsDir) {
      mkdirSync(screenshotsDir, { recursive: true });
      await page.bringToFront();
      await page.screenshot({ path: `${screenshotsDir}/card.png` });
    }
  });

  it('copies a figure as a citation (or shows it selected where copying is blocked)', async () => {
    // The card may scroll within itself: bring the button into view, then click it as a reader does.
    const at = await page.evaluate(() => {
      const button = document
        .querySelector('crosscount-ui')!
        .shadowRoot!.querySelector<HTMLElement>('.cc-copy')!;
      button.scrollIntoView({ block: 'nearest' });
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    const outcome = await until(
      () =>
        page.evaluate(() => {
          const shadow = document.querySelector('crosscount-ui')!.shadowRoot!;
          return {
            button: shadow.querySelector('.cc-copy')?.textContent ?? '',
            blocked: shadow.querySelector('textarea')?.value ?? null,
          };
        }),
      (o) => o.button === 'Citation copied' || o.blocked !== null,
    );
    if (outcome.blocked !== null) expect(outcome.blocked).toMatch(/“.+”[\s\S]*https?:\/\//);
    else expect(outcome.button).toBe('Citation copied');
  });

  it('closes on Escape and gives focus back', async () => {
    await page.keyboard.press('Escape');
    expect(
      await until(
        () => card(page),
        (c) => c === null,
      ),
    ).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('crosscount-ui');
  });

  it('closes on a click outside it, and when its claim scrolls away', async () => {
    const text = normalize(highlights[wellSourced()]!.text);
    let box = await scrollTo(page, text);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await until(
      () => card(page),
      (c) => c !== null,
    );
    await page.mouse.click(5, 5);
    expect(
      await until(
        () => card(page),
        (c) => c === null,
      ),
    ).toBeNull();

    box = await scrollTo(page, text);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await until(
      () => card(page),
      (c) => c !== null,
    );
    await page.evaluate(() => window.scrollBy(0, innerHeight * 3));
    expect(
      await until(
        () => card(page),
        (c) => c === null,
      ),
    ).toBeNull();
  });

  it('leaves text selection to the page: dragging across a claim selects, no card', async () => {
    const box = await scrollTo(page, normalize(highlights[wellSourced()]!.text));
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected.length).toBeGreaterThan(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(await card(page)).toBeNull();
    await page.evaluate(() => getSelection()?.removeAllRanges());
  });

  it('steps through every claim from the keyboard command, announcing each', async () => {
    // From the last claim, "next" wraps around to the first.
    await toTab({ type: 'reveal-claim', index: highlights.length - 1 });
    for (const [i, claim] of highlights.entries()) {
      await toTab({ type: 'command', name: 'next-claim' });
      const shown = await until(
        () => card(page),
        (c) => !!c && normalize(c.title).includes(normalize(claim.text)),
      );
      expect(normalize(shown!.title)).toContain(normalize(claim.text));
      expect(shown!.focused).toBe(true);
      const box = await boxOf(page, normalize(claim.text));
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900);
      const said = await until(
        () => liveRegion(page),
        (s) => s.startsWith(`Claim ${i + 1} of ${highlights.length}`),
      );
      expect(said).toContain(normalize(claim.text).slice(0, 20));
    }
    await toTab({ type: 'command', name: 'previous-claim' });
    const back = highlights[highlights.length - 2]!;
    const shown = await until(
      () => card(page),
      (c) => !!c && normalize(c.title).includes(normalize(back.text)),
    );
    expect(normalize(shown!.title)).toContain(normalize(back.text));
  });

  it('opens the claim the popup asks for', async () => {
    const target = highlights.length - 1;
    await toTab({ type: 'reveal-claim', index: 0 });
    await toTab({ type: 'reveal-claim', index: target });
    const shown = await until(
      () => card(page),
      (c) => !!c && normalize(c.title).includes(normalize(highlights[target]!.text)),
    );
    expect(normalize(shown!.title)).toContain(normalize(highlights[target]!.text));
  });

  it('hides and shows all highlights from the keyboard command', async () => {
    const names = () =>
      page.evaluate(() => [
        ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
      ]);
    await toTab({ type: 'command', name: 'toggle-highlights' });
    expect(await until(names, (n) => !n.includes('crosscount-casualty'))).not.toContain(
      'crosscount-casualty',
    );
    expect(
      await until(
        () => liveRegion(page),
        (s) => s.includes('hidden'),
      ),
    ).toContain('hidden');
    await toTab({ type: 'command', name: 'toggle-highlights' });
    expect(await until(names, (n) => n.includes('crosscount-casualty'))).toContain(
      'crosscount-casualty',
    );
  });

  it('logs no error', () => {
    expect(session.errors).toEqual([]);
  });
});
