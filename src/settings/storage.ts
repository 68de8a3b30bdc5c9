import { browser } from 'wxt/browser';
import { parseSettings } from './schema';
import { SETTINGS_KEY as KEY, type Settings } from '../contracts/settings';
import { disabledSiteFor, siteOf, withSite } from './sites';

// Settings live in storage.local: they stay on this device (storage.sync
// would copy them through the browser vendor's servers). Extension pages read
// and write them here; the content script only watches them (./activation.ts).

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/** Applies `change` to the stored settings and returns what was saved. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export const setEnabled = (enabled: boolean) => updateSettings((s) => ({ ...s, enabled }));

/** Switches Crosscount on or off for the site of `url` (and what covers it). */
export function setActiveOnPage(url: string, on: boolean): Promise<Settings> {
  return updateSettings((s) => {
    const site = on ? disabledSiteFor(url, s) : siteOf(url);
    return site === null ? s : withSite(s, site, on);
  });
}

export const restoreSite = (site: string) => updateSettings((s) => withSite(s, site, true));

/** Calls `listener` with the new settings whenever they change, in any context. Returns the unsubscribe function. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
