import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/contracts/settings';
import { disabledSiteFor, isActiveOn, siteOf, withSite } from '../../../src/settings/sites';

const off = (...sites: string[]): Settings => ({ enabled: true, disabledSites: sites });

describe('siteOf', () => {
  it('is the lower-case host without www', () => {
    expect(siteOf('https://WWW.Example.org/a?b#c')).toBe('example.org');
    expect(siteOf('http://news.example.org:8080/')).toBe('news.example.org');
    expect(siteOf('http://127.0.0.1:5173/page.html')).toBe('127.0.0.1');
  });

  it('is null for pages Crosscount never reads', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'not a url']) {
      expect(siteOf(url)).toBeNull();
    }
  });
});

describe('isActiveOn', () => {
  it('reads every web page by default', () => {
    expect(isActiveOn('https://example.org/x', DEFAULT_SETTINGS)).toBe(true);
  });

  it('is off everywhere when the global switch is off', () => {
    expect(isActiveOn('https://example.org/x', { enabled: false, disabledSites: [] })).toBe(false);
  });

  it('is off on a switched-off site and its subdomains, not on look-alikes', () => {
    const s = off('example.org');
    expect(isActiveOn('https://www.example.org/x', s)).toBe(false);
    expect(isActiveOn('https://news.example.org/x', s)).toBe(false);
    expect(isActiveOn('https://notexample.org/x', s)).toBe(true);
    expect(isActiveOn('https://example.org.evil.net/x', s)).toBe(true);
  });

  it('is never on for pages that are not http(s)', () => {
    expect(isActiveOn('about:blank', DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('switching a site', () => {
  it('adds and removes it, keeping the list sorted and unique', () => {
    const s = withSite(withSite(off('b.org'), 'a.org', false), 'a.org', false);
    expect(s.disabledSites).toEqual(['a.org', 'b.org']);
    expect(withSite(s, 'b.org', true).disabledSites).toEqual(['a.org']);
  });

  it('names the switched-off site that covers a page', () => {
    expect(disabledSiteFor('https://m.example.org/', off('example.org'))).toBe('example.org');
    expect(disabledSiteFor('https://example.net/', off('example.org'))).toBeNull();
  });
});
