import { browser } from 'wxt/browser';
import type { FoundClaim } from '../contracts/messages';
import type { PageResult } from '../contracts/page-result';
import { foundClaimsSchema, pageResultSchema } from '../messaging/protocol';

// Per-tab analysis results. Kept in session storage because a Manifest V3
// background can be stopped at any time; nothing here outlives the browser
// session or leaves the device.

const key = (tabId: number) => `tab:${tabId}`;
/** The claims last found for the tab's page, with their records (see claim-records.ts). */
const claimsKey = (tabId: number) => `claims:${tabId}`;

export async function saveTabResult(tabId: number, result: PageResult): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: result });
}

export async function loadTabResult(tabId: number): Promise<PageResult | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const parsed = pageResultSchema.safeParse(stored[key(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function saveTabClaims(tabId: number, claims: FoundClaim[]): Promise<void> {
  await browser.storage.session.set({ [claimsKey(tabId)]: claims });
}

export async function loadTabClaims(tabId: number): Promise<FoundClaim[] | null> {
  const stored = await browser.storage.session.get(claimsKey(tabId));
  const parsed = foundClaimsSchema.safeParse(stored[claimsKey(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), claimsKey(tabId)]);
}
