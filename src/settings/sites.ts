import { isSite, type Settings } from '../contracts/settings';

/**
 * The site a page belongs to, as the per-site switch stores it: the host name
 * without a leading "www.", so that switching off www.example.org also covers
 * example.org and its other subdomains. Null for pages Crosscount never reads.
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return isSite(host) ? host : null;
}

/** The switched-off site that covers `url`, if any. */
export function disabledSiteFor(url: string, settings: Settings): string | null {
  const site = siteOf(url);
  if (site === null) return null;
  return settings.disabledSites.find((s) => site === s || site.endsWith(`.${s}`)) ?? null;
}

/** Whether Crosscount reads and highlights the page at `url`. */
export function isActiveOn(url: string, settings: Settings): boolean {
  return settings.enabled && siteOf(url) !== null && disabledSiteFor(url, settings) === null;
}

/** `settings` with `site` switched on or off. */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? others : [...others, site].sort() };
}
