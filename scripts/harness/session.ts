import type { Browser, Page } from 'puppeteer-core';
import type { PageResult } from '../../src/contracts/page-result';
import { pageResultSchema } from '../../src/messaging/protocol';
import { FIREFOX_ADDON_UUID, launchChromium, launchFirefox, type LaunchOptions } from './browsers';
import { chromiumBackground, type ExtensionGlobal } from './extension';

export type BrowserName = 'chromium' | 'firefox';

/** A real browser with the built extension installed, as a user has it. */
export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** Base URL of the extension's pages (chrome-extension://ID or moz-extension://UUID). */
  extensionOrigin: string;
  /** Errors logged by extension contexts and pages (console.error, uncaught). */
  errors: string[];
  /** Opens a page and records its errors. */
  open(url: string): Promise<Page>;
  /** Opens one of the extension's own pages (popup.html?tab=…, options.html). */
  openExtensionPage(path: string): Promise<Page>;
  /** The analysis the background holds for the tab showing `url`, waiting up to `timeoutMs`. */
  resultFor(url: string, timeoutMs?: number): Promise<{ tabId: number; result: PageResult } | null>;
  close(): Promise<void>;
}

export async function startSession(
  name: BrowserName,
  extensionDir: string,
  options: Omit<LaunchOptions, 'extensionDir'> = {},
): Promise<ExtensionSession> {
  const launch = name === 'chromium' ? launchChromium : launchFirefox;
  const browser = await launch({ ...options, extensionDir });
  const errors: string[] = [];
  let extensionOrigin = `moz-extension://${FIREFOX_ADDON_UUID}`;
  if (name === 'chromium') {
    const { id, worker } = await chromiumBackground(browser);
    extensionOrigin = `chrome-extension://${id}`;
    worker.on('console', (m) => {
      if (m.type() === 'error') errors.push(`background: ${m.text()}`);
    });
  }

  const watch = (page: Page, label: string) => {
    page.on('pageerror', (e) => errors.push(`${label}: ${(e as Error).message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${label}: ${m.text()}`);
    });
  };

  const open = async (url: string) => {
    const page = await browser.newPage();
    watch(page, url);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    watch(page, path);
    const url = `${extensionOrigin}/${path}`;
    // Firefox never resolves navigations to moz-extension:// pages (toolchain facts).
    await page
      .goto(url, { waitUntil: 'load', timeout: name === 'firefox' ? 3000 : 15_000 })
      .catch(() => {});
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    return page;
  };

  let inspector: Page | null = null;
  const resultFor = async (url: string, timeoutMs = 5000) => {
    inspector ??= await openExtensionPage('popup.html?tab=-1');
    const deadline = Date.now() + timeoutMs;
    do {
      const raw = (await inspector.evaluate(() =>
        (globalThis as unknown as ExtensionGlobal).browser.storage.session.get(null),
      )) as Record<string, unknown>;
      for (const [key, value] of Object.entries(raw)) {
        const parsed = pageResultSchema.safeParse(value);
        if (key.startsWith('tab:') && parsed.success && parsed.data.url === url) {
          return { tabId: Number(key.slice(4)), result: parsed.data };
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    } while (Date.now() < deadline);
    return null;
  };

  return {
    name,
    browser,
    extensionOrigin,
    errors,
    open,
    openExtensionPage,
    resultFor,
    close: () => browser.close(),
  };
}

/**
 * Installs the build in `dir` over the session's extension, as the browser
 * applies an update: same id, a new background, and the content scripts in
 * open tabs cut off from their extension (Chromium leaves them running there;
 * Firefox stops them and injects the new version's). Errors of the new
 * background are recorded like the first one's.
 *
 * Not chrome.runtime.reload(): Chromium leaves an extension loaded over CDP
 * (Extensions.loadUnpacked, as puppeteer loads it) disabled after it, for good.
 * Puppeteer also keeps listing the old worker's target after an update, so the
 * new background is the service worker target that was not there before.
 */
export async function updateExtension(session: ExtensionSession, dir: string): Promise<void> {
  const { browser, errors } = session;
  if (session.name === 'firefox') {
    await browser.installExtension(dir);
    return;
  }
  const before = new Set(browser.targets());
  const next = browser.waitForTarget(
    (t) =>
      !before.has(t) &&
      t.type() === 'service_worker' &&
      t.url().startsWith(`${session.extensionOrigin}/`),
    { timeout: 10_000 },
  );
  await browser.installExtension(dir);
  const worker = await (await next).worker();
  if (!worker) throw new Error('the updated extension background did not start');
  worker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`background: ${m.text()}`);
  });
}
