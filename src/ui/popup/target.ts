import { browser } from 'wxt/browser';
import { MESSAGE, type RevealClaim, type TabResultRequest } from '../../contracts/messages';
import type { PageResult } from '../../contracts/page-result';
import { pageResultSchema } from '../../messaging/protocol';

// Which tab the popup describes, and what the background knows about it.

export interface Target {
  /** The described tab, or null when there is none. */
  tabId: number | null;
  /** The popup is itself that tab (opened as a page): there is no web page to describe. */
  ownTab: boolean;
}

/** `?tab=ID` (tests, debugging) or the active tab of the current window. */
export async function findTarget(search: string): Promise<Target> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  let tabId: number | null = null;
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    tabId = fromQuery;
  } else {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id ?? null;
  }
  return { tabId, ownTab: tabId !== null && own?.id === tabId };
}

export async function fetchResult(tabId: number): Promise<PageResult | null> {
  const request: TabResultRequest = { type: MESSAGE.getTabResult, tabId };
  const reply: unknown = await browser.runtime.sendMessage(request);
  const parsed = pageResultSchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

/** Whether the tab is still loading its page; false for a tab that is gone. */
export async function isLoading(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.status === 'loading';
}

/** Calls `listener` when any tab's stored result changes (they live in session storage). */
export function onResultsChanged(listener: () => void): () => void {
  const handle = (_changes: unknown, area: string) => {
    if (area === 'session') listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** Asks the page to scroll to highlight `index` and flash it. */
export async function revealOnPage(tabId: number, index: number): Promise<void> {
  const reveal: RevealClaim = { type: MESSAGE.revealClaim, index };
  await browser.tabs.sendMessage(tabId, reveal);
}
