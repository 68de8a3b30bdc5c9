import { browser } from 'wxt/browser';

/** The toolbar badge shows the number of claims on a tab, and nothing elsewhere. */
export async function showClaimCount(tabId: number, count: number): Promise<void> {
  const text = count > 0 ? String(Math.min(count, 999)) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
}
