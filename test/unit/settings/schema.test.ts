import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/settings/schema';
import { DEFAULT_SETTINGS } from '../../../src/contracts/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored or a value of the wrong shape', () => {
    for (const raw of [undefined, null, 'on', 42, []]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid fields and resets only the invalid ones', () => {
    expect(parseSettings({ enabled: 'no', disabledSites: ['example.org'] })).toEqual({
      enabled: true,
      disabledSites: ['example.org'],
    });
    expect(parseSettings({ enabled: false, disabledSites: 'example.org' })).toEqual({
      enabled: false,
      disabledSites: [],
    });
  });

  it('drops sites that are not host names, and sorts and deduplicates the rest', () => {
    const parsed = parseSettings({
      enabled: true,
      disabledSites: ['news.example.com', 'https://x.org/', 'Example.org', 7, 'a.b', 'a.b', ''],
    });
    expect(parsed.disabledSites).toEqual(['a.b', 'news.example.com']);
  });

  it('ignores unknown fields from another version', () => {
    expect(parseSettings({ enabled: false, disabledSites: [], theme: 'dark' })).toEqual({
      enabled: false,
      disabledSites: [],
    });
  });
});
