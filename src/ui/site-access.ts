import { browser } from 'wxt/browser';

// Whether the browser lets Crosscount read a site. Its content script matches
// every http(s) page, but the user may withhold that: Firefox asks for (and
// lets users revoke) access to websites, and Chrome lets them set site access
// to "on click" or to chosen sites. permissions.contains says what is granted;
// permissions.request asks again (from a click, as the browsers require).

/** The content script's matches: what "all sites" means for Crosscount. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The match pattern of a page's site ("https://news.example/*"), or null for a non-web page. */
export function sitePattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? `${parsed.protocol}//${parsed.hostname}/*`
      : null;
  } catch {
    return null;
  }
}

export async function hasAccess(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return true; // a browser that cannot say withholds nothing we could ask for
  }
}

/** Asks the user for access; true once granted. Call from a click handler. */
export async function requestAccess(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}

/** Calls `listener` when the user grants or withdraws access (in the browser's settings too). */
export function onAccessChanged(listener: () => void): () => void {
  const events = [browser.permissions.onAdded, browser.permissions.onRemoved];
  const added = events.filter((e) => {
    try {
      e.addListener(listener);
      return true;
    } catch {
      return false; // a browser (or test double) without these events
    }
  });
  return () => {
    for (const event of added) event.removeListener(listener);
  };
}
