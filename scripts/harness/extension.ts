import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { MESSAGE, type Idle } from '../../src/contracts/messages';
import type { PageResult } from '../../src/contracts/page-result';
import { pageResultSchema } from '../../src/messaging/protocol';
import type { ExtensionProbe } from './settle';

/** Just enough of the extension API's shape to read its storage in a test. */
export interface ExtensionGlobal {
  chrome: {
    storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
  browser: ExtensionGlobal['chrome'];
}

/** The MV3 background service worker of the loaded extension (Chromium). */
export async function chromiumBackground(
  browser: Browser,
): Promise<{ id: string; worker: WebWorker }> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('the extension background did not start');
  return { id: new URL(target.url()).host, worker };
}

/** Every per-tab result the background holds, keyed by tab id (Chromium). */
export function storedResults(worker: WebWorker): Promise<Map<number, PageResult>> {
  return readResults(worker);
}

/** Asks a tab's content script whether its last result is final for now; false when none answers. */
function askIdle(context: WebWorker | Page, tabId: number): Promise<boolean> {
  const idle: Idle = { type: MESSAGE.idle };
  return context.evaluate(
    async (tabId, idle) => {
      const g = globalThis as unknown as ExtensionGlobal;
      try {
        return (await (g.browser ?? g.chrome).tabs.sendMessage(tabId, idle)) === true;
      } catch {
        return false;
      }
    },
    tabId,
    idle,
  );
}

/**
 * What a tool reads of the extension through one of its own contexts: the
 * Chromium background worker, or an extension page (either browser).
 */
export function extensionProbe(context: WebWorker | Page): ExtensionProbe {
  return { results: () => readResults(context), idle: (tabId) => askIdle(context, tabId) };
}

async function readResults(context: WebWorker | Page): Promise<Map<number, PageResult>> {
  const raw = (await context.evaluate(() => {
    const g = globalThis as unknown as ExtensionGlobal;
    return (g.browser ?? g.chrome).storage.session.get(null);
  })) as Record<string, unknown>;
  const results = new Map<number, PageResult>();
  for (const [key, value] of Object.entries(raw)) {
    const parsed = pageResultSchema.safeParse(value);
    if (key.startsWith('tab:') && parsed.success) results.set(Number(key.slice(4)), parsed.data);
  }
  return results;
}
