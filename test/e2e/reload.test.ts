import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type Target } from '../../scripts/harness/build';
import {
  startSession,
  updateExtension,
  type BrowserName,
  type ExtensionSession,
} from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';
import { sendToTab, until, welcomeTabOpened } from './highlight-page';

// The extension is updated while a matching article is
// open. Chromium leaves the old content script running in the tab, cut off
// from its extension; Firefox stops it without letting it clean up, and
// injects the new version's into the tab. Either way the page keeps working,
// nothing logs an error, the old version shows nothing it cannot back (a card
// with no details, a card frozen open), and the new version paints the page
// once, with one card host.

const root = resolve(import.meta.dirname, '../..');
const targets: Record<BrowserName, Target> = { chromium: 'chrome', firefox: 'firefox' };

interface PageState {
  /** Claims painted (ranges that still cover text). */
  painted: number;
  /** Crosscount's UI hosts in the page. */
  hosts: number;
  /** The status of every card shown, in any host. */
  cards: (string | null)[];
  /** Adopted stylesheets holding Crosscount's ::highlight() rules. */
  sheets: number;
  /** Whether the casualty highlight is another object than the one marked before the update. */
  replaced: boolean;
}

type PageGlobal = { CSS: { highlights: Map<string, Set<Range>> }; ccMarked?: unknown };

function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobal;
    let painted = 0;
    for (const name of ['crosscount-casualty', 'crosscount-denial']) {
      for (const r of g.CSS.highlights.get(name) ?? []) if (!r.collapsed) painted++;
    }
    const hosts = [...document.querySelectorAll('crosscount-ui')];
    return {
      painted,
      hosts: hosts.length,
      cards: hosts.flatMap((h) =>
        [...(h.shadowRoot?.querySelectorAll('.cc-card') ?? [])].map((c) =>
          c.getAttribute('data-status'),
        ),
      ),
      sheets: document.adoptedStyleSheets.filter((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('::highlight(crosscount-')),
      ).length,
      replaced: g.CSS.highlights.get('crosscount-casualty') !== g.ccMarked,
    };
  });
}

/** Clicks the middle of the `nth` painted casualty claim; false when none is painted. */
async function clickClaim(page: Page, nth: number): Promise<boolean> {
  const at = await page.evaluate((nth) => {
    const range = [
      ...((globalThis as unknown as PageGlobal).CSS.highlights.get('crosscount-casualty') ?? []),
    ][nth];
    if (!range) return null;
    window.scrollBy(0, range.getBoundingClientRect().top - innerHeight / 3);
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, nth);
  if (at) await page.mouse.click(at.x, at.y);
  return !!at;
}

/** Writes the next patch version into the build's manifest, as an update ships; returns it. */
function bumpVersion(dir: string): string {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  manifest.version = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
  writeFileSync(file, JSON.stringify(manifest));
  return manifest.version;
}

const settled = (s: PageState) => !s.cards.includes('loading');

describe.each<BrowserName>(['chromium', 'firefox'])('an update with tabs open in %s', (name) => {
  /** Firefox injects the new version's content scripts into open tabs; Chromium does not. */
  const injects = name === 'firefox';
  let server: StaticServer;
  let session: ExtensionSession;
  let buildDir: string;
  let page: Page;
  let tabId: number;
  let claims: number;
  let version: string;

  beforeAll(async () => {
    buildDir = buildExtension(targets[name]);
    server = await serveStatic(`${root}/demo`);
    session = await startSession(name, buildDir);
    await welcomeTabOpened(session.browser);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (buildDir) rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  it('paints the article and opens a card before the update', async () => {
    const url = `${server.origin}/article.html`;
    page = await session.open(url);
    await page.setViewport({ width: 1200, height: 900 });
    const found = await until(
      () => session.resultFor(url, 100),
      (r) => !!r && r.result.highlights.length > 0,
      10_000,
    );
    expect(found?.result.verdict).not.toBe('none');
    tabId = found!.tabId;
    claims = found!.result.highlights.length;
    await page.bringToFront();
    const before = await until(
      () => pageState(page),
      (s) => s.painted === claims,
    );
    expect(before.painted).toBe(claims);
    // The page's own script, to show later that it keeps working.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'own';
      button.onclick = () => (button.textContent = String(Number(button.textContent) + 1));
      button.textContent = '0';
      document.body.prepend(button);
    });
    // A card of the old version is open when the update comes.
    expect(await clickClaim(page, 0)).toBe(true);
    const state = await until(
      () => pageState(page),
      (s) => s.cards.length > 0 && settled(s),
    );
    expect(state.cards).toEqual(['ready']);
    // The card's host joining the page is a change the content script re-checks
    // after a debounce: let it, so that the update finds the old script idle.
    await new Promise((r) => setTimeout(r, 1000));
  });

  it('keeps the open tab working, with no card or host the old version left', async () => {
    await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobal;
      g.ccMarked = g.CSS.highlights.get('crosscount-casualty');
    });
    version = bumpVersion(buildDir);
    await updateExtension(session, buildDir);
    // Firefox's new content script replaces the old one's painting; Chromium's
    // old script still paints, unaware.
    const updated = await until(
      () => pageState(page),
      (s) => (!injects || s.replaced) && s.painted === claims,
      10_000,
    );
    expect(updated.painted).toBe(claims);
    await new Promise((r) => setTimeout(r, 500));
    await page.bringToFront();

    // A reader clicks a claim: a card shows only what a running version backs.
    expect(await clickClaim(page, 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const clicked = await until(() => pageState(page), settled);
    // Soft: what follows still runs, so that its errors are seen too.
    expect.soft(clicked.hosts).toBeLessThanOrEqual(1);
    expect.soft(clicked.cards).toEqual(injects ? ['ready'] : []);

    // The keyboard commands: pressed on the page, and delivered to the tab as
    // the new background does (the old script cannot receive them).
    await page.keyboard.press('Escape');
    for (const key of ['Period', 'Comma', 'KeyH', 'KeyH'] satisfies KeyInput[]) {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press(key);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    }
    const control = await session.openExtensionPage('popup.html?tab=-1');
    const delivered = await sendToTab(control, tabId, { type: 'command', name: 'next-claim' }).then(
      () => true,
      () => false,
    );
    expect.soft(delivered).toBe(injects);
    await control.close();
    await page.bringToFront();

    // The page changes (the old script's change watcher fires) and scrolls.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Un paragraphe ajouté après la mise à jour.';
      document.querySelector('article')!.append(p);
    });
    await page.mouse.wheel({ deltaY: 600 });
    await page.evaluate(() => window.scrollBy(0, -300));
    await new Promise((r) => setTimeout(r, 2500));

    const after = await until(
      () => pageState(page),
      (s) => settled(s) && s.painted === (injects ? claims : 0),
    );
    if (injects) {
      // Painted once, by the new version: one stylesheet, at most one host, no stale card.
      expect.soft(after).toMatchObject({ painted: claims, sheets: 1 });
      expect.soft(after.hosts).toBeLessThanOrEqual(1);
      expect.soft(after.cards.every((c) => c === 'ready')).toBe(true);
    } else {
      // The old script found out and took everything back out of the page.
      expect.soft(after).toMatchObject({ painted: 0, hosts: 0, sheets: 0, cards: [] });
    }
    await page.click('#own');
    expect(await page.$eval('#own', (b) => b.textContent)).toBe('1');
    expect(await page.$eval('#late', (p) => p.isConnected)).toBe(true);
  });

  it('paints the reloaded tab once with the new version, whose card is filled', async () => {
    await page.reload({ waitUntil: 'load' });
    await page.bringToFront();
    const painted = await until(
      () => pageState(page),
      (s) => s.painted === claims,
      10_000,
    );
    expect(painted).toMatchObject({ painted: claims, hosts: 0, sheets: 1 });
    expect(await clickClaim(page, 0)).toBe(true);
    const state = await until(
      () => pageState(page),
      (s) => s.cards.length > 0 && settled(s),
    );
    expect(state).toMatchObject({ hosts: 1, cards: ['ready'], sheets: 1 });
    // It is the new version that runs.
    const probe = await session.openExtensionPage('popup.html?tab=-1');
    const running = await probe.evaluate(() => {
      const g = globalThis as unknown as Record<
        'browser' | 'chrome',
        { runtime: { getManifest(): { version: string } } }
      >;
      return (g.browser ?? g.chrome).runtime.getManifest().version;
    });
    await probe.close();
    expect(running).toBe(version);
  });

  it('logs no error in the page or the extension', () => {
    expect(session.errors).toEqual([]);
  });
});
