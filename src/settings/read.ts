import {
  DEFAULT_SETTINGS,
  isSite,
  MAX_SITES,
  normalizeSites,
  type Settings,
} from '../contracts/settings';

/**
 * `parseSettings` without zod, for the content script, whose size budget
 * zod/mini would take a third of. A unit test holds the two to the same
 * answer for any stored value.
 */
export function readSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ...DEFAULT_SETTINGS, disabledSites: [] };
  }
  const { enabled, disabledSites } = raw as Record<string, unknown>;
  const sites =
    Array.isArray(disabledSites) && disabledSites.length <= MAX_SITES ? disabledSites : [];
  return {
    enabled: typeof enabled === 'boolean' ? enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: normalizeSites(sites.filter(isSite)),
  };
}
