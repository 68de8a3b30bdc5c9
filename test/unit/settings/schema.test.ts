import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/settings/read';
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

describe('readSettings, the content script’s zod-free reader', () => {
  const site = fc.oneof(
    fc.constantFrom('example.org', 'a.b', '127.0.0.1', '[::1]', 'www.x.org', 'Example.org', ''),
    fc.domain(),
    fc.string(),
  );
  const stored = fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        enabled: fc.oneof(fc.boolean(), fc.jsonValue()),
        disabledSites: fc.oneof(fc.array(fc.oneof(site, fc.jsonValue())), fc.jsonValue()),
        other: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  );

  it('reads any stored value exactly as the zod schema does', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        expect(readSettings(raw)).toEqual(parseSettings(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on a list too long to be ours', () => {
    const raw = { enabled: false, disabledSites: Array.from({ length: 5001 }, () => 'a.org') };
    expect(readSettings(raw)).toEqual(parseSettings(raw));
    expect(readSettings(raw).disabledSites).toEqual([]);
  });
});
