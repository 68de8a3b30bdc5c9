import type { Browser, WebWorker } from 'puppeteer-core';
import { pageResultSchema, type PageResult } from '../../../src/messaging/protocol';

/** Just enough of the extension API's shape to read its storage in a test. */
export interface ExtensionGlobal {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
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
export async function storedResults(worker: WebWorker): Promise<Map<number, PageResult>> {
  const raw = (await worker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.session.get(null),
  )) as Record<string, unknown>;
  const results = new Map<number, PageResult>();
  for (const [key, value] of Object.entries(raw)) {
    const parsed = pageResultSchema.safeParse(value);
    if (key.startsWith('tab:') && parsed.success) results.set(Number(key.slice(4)), parsed.data);
  }
  return results;
}
