import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, ExtensionSession } from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';
import { until } from './highlight-page';
import { launchExtension, type Launched } from './launch';

// A tab goes from a matching article to a page the content script cannot read.
// The popup must then describe that page (it cannot read it), not the article
// before it; while same-document navigations (history.pushState, #anchors),
// which the content script reports itself, never lose the article's result.

const root = resolve(import.meta.dirname, '../..');

type Session = {
  storage: {
    session: { get(key: string): Promise<Record<string, { url?: string; verdict?: string }>> };
    onChanged: {
      addListener(
        fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void,
      ): void;
    };
  };
};
type ExtensionApi = Record<'browser' | 'chrome', Session> & { ccRemoved?: Record<string, number> };

describe.each<BrowserName>(['chromium', 'firefox'])('a tab leaving an article in %s', (name) => {
  let server: StaticServer;
  let session: ExtensionSession;
  let launched: Launched;
  let control: Page;
  let page: Page;
  let url: string;
  let tabId: number;

  /** What the background holds for the tab, read from its session storage. */
  const stored = () =>
    control.evaluate(async (key) => {
      const g = globalThis as unknown as ExtensionApi;
      return (await (g.browser ?? g.chrome).storage.session.get(key))[key] ?? null;
    }, `tab:${tabId}`);
  /** How often the tab's result was removed since the control page opened. */
  const removals = () =>
    control.evaluate(
      (key) => (globalThis as unknown as ExtensionApi).ccRemoved?.[key] ?? 0,
      `tab:${tabId}`,
    );
  /** What the popup says about the tab, once it has settled on `expected` (or timed out). */
  async function popupSays(expected: string): Promise<string | null> {
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup
      .waitForSelector(`main[data-state="${expected}"]`, { timeout: 8000 })
      .catch(() => {});
    const state = await popup.$eval('main', (m) => m.getAttribute('data-state'));
    await popup.close();
    return state;
  }

  beforeAll(async () => {
    server = await serveStatic(`${root}/demo`);
    launched = await launchExtension(name);
    session = launched.session;
    control = await session.openExtensionPage('popup.html?tab=-1');
    await control.evaluate(() => {
      const g = globalThis as unknown as ExtensionApi;
      const removed: Record<string, number> = (g.ccRemoved = {});
      (g.browser ?? g.chrome).storage.onChanged.addListener((changes, area) => {
        if (area !== 'session') return;
        for (const [key, change] of Object.entries(changes)) {
          if (change.newValue === undefined) removed[key] = (removed[key] ?? 0) + 1;
        }
      });
    });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('keeps the article through same-document navigations', async () => {
    url = `${server.origin}/article.html`;
    page = await session.open(url);
    const found = await until(
      () => session.resultFor(url, 100),
      (r) => !!r && r.result.highlights.length > 0,
      10_000,
    );
    expect(found?.result.verdict).not.toBe('none');
    tabId = found!.tabId;
    await page.bringToFront();
    await page.evaluate(() => history.pushState({}, '', '?part=2'));
    await new Promise((r) => setTimeout(r, 1000));
    await page.evaluate(() => (location.hash = '#suite'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await removals()).toBe(0);
    expect((await stored())?.verdict).not.toBe('none');
    expect(await popupSays('match')).toBe('match');
  });

  it('forgets the article once the tab shows a page it cannot read', async () => {
    await page.goto('data:text/html,<p>Une page que Crosscount ne lit pas.</p>');
    expect(await until(stored, (r) => r === null)).toBeNull();
    expect(await popupSays('unreadable')).toBe('unreadable');
  });

  it('describes the article again when the reader goes back to it', async () => {
    await page.goBack();
    const back = await until(stored, (r) => !!r && r.verdict !== 'none', 8000);
    expect(back).toMatchObject({ url: expect.stringContaining('/article.html') as unknown });
    expect(await popupSays('match')).toBe('match');
  });

  it('logs no error', () => {
    expect(session.errors).toEqual([]);
  });
});
