import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  MAX_SITE_LENGTH,
  MAX_SITES,
  normalizeSites,
  SITE_PATTERN,
  type Settings,
} from '../contracts/settings';

// Whatever storage holds is validated field by field: a value that does not
// parse (an older format, a hand-edited profile) falls back to its default
// instead of breaking the UI; a site that is not a host name is dropped.

export const siteSchema = z.string().check(z.maxLength(MAX_SITE_LENGTH), z.regex(SITE_PATTERN));

const storedSchema = z.object({
  enabled: z.catch(z.boolean(), DEFAULT_SETTINGS.enabled),
  disabledSites: z.catch(z.array(z.unknown()).check(z.maxLength(MAX_SITES)), []),
});

/** Settings from whatever storage holds; never throws. */
export function parseSettings(raw: unknown): Settings {
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  const sites = parsed.data.disabledSites.filter(
    (s): s is string => siteSchema.safeParse(s).success,
  );
  return { enabled: parsed.data.enabled, disabledSites: normalizeSites(sites) };
}
