import { browser } from 'wxt/browser';
import type { PageResult } from '../contracts/page-result';
import { pageResultSchema } from '../messaging/protocol';

// Per-tab analysis results. Kept in session storage because a Manifest V3
// background can be stopped at any time; nothing here outlives the browser
// session or leaves the device.

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabResult(tabId: number, result: PageResult): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: result });
}

export async function loadTabResult(tabId: number): Promise<PageResult | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const parsed = pageResultSchema.safeParse(stored[key(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
