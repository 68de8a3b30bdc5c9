// The reader's settings: their shape, defaults and the rules for a valid
// site, shared by the zod schema (src/settings/schema.ts, extension pages) and the
// dependency-free reader the content script uses (src/settings/read.ts).

export interface Settings {
  /** Crosscount reads pages at all. */
  enabled: boolean;
  /** Sites the reader switched Crosscount off on: sorted, unique. */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
});

/** More sites than anyone switches off by hand: a bigger list is not ours. */
export const MAX_SITES = 5000;

/** A site: a lower-case host name (or IPv6 literal) without "www.", as `siteOf` makes it. */
export const SITE_PATTERN =
  /^(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?|\[[0-9a-f:.]+\])$/;
export const MAX_SITE_LENGTH = 253;

export const isSite = (s: unknown): s is string =>
  typeof s === 'string' && s.length <= MAX_SITE_LENGTH && SITE_PATTERN.test(s);

/** A list of sites sorted and without duplicates. */
export const normalizeSites = (sites: readonly string[]): string[] => [...new Set(sites)].sort();
