import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/contracts/settings';
import { popupState, type Known } from '../../../../src/ui/popup/state';
import { result } from './fixtures';

const tab = { tabId: 7, ownTab: false };
const known = (k: Partial<Known>): Known => ({
  target: tab,
  settings: DEFAULT_SETTINGS,
  result: null,
  mayStillReport: false,
  ...k,
});

describe('popupState', () => {
  it('waits for the tab and the settings', () => {
    expect(popupState(known({ target: null })).kind).toBe('loading');
    expect(popupState(known({ settings: null })).kind).toBe('loading');
  });

  it('cannot read when there is no tab, or the popup is itself the tab', () => {
    expect(popupState(known({ target: { tabId: null, ownTab: false } })).kind).toBe('unreadable');
    expect(popupState(known({ target: { tabId: 7, ownTab: true }, result: result({}) })).kind).toBe(
      'unreadable',
    );
  });

  it('is analysing while a result may still come, and cannot read once none can', () => {
    expect(popupState(known({ mayStillReport: true })).kind).toBe('analysing');
    expect(popupState(known({ mayStillReport: false })).kind).toBe('unreadable');
  });

  it('cannot read a page that is not http(s)', () => {
    expect(popupState(known({ result: result({ url: 'file:///a.html' }) })).kind).toBe(
      'unreadable',
    );
  });

  it('tells no match from a match', () => {
    expect(popupState(known({ result: result({ verdict: 'none' }) })).kind).toBe('no-match');
    expect(popupState(known({ result: result({ verdict: 'same-story' }) })).kind).toBe('match');
  });

  it('is off on a switched-off site, naming the site that covers the page', () => {
    const state = popupState(
      known({ result: result({}), settings: { enabled: true, disabledSites: ['news.example'] } }),
    );
    expect(state).toMatchObject({ kind: 'off-site', site: 'news.example' });
  });

  it('is off everywhere before anything else once the global switch is off', () => {
    const settings = { enabled: false, disabledSites: ['news.example'] };
    expect(popupState(known({ settings, result: result({}) })).kind).toBe('off-global');
    expect(popupState(known({ settings, mayStillReport: true })).kind).toBe('off-global');
  });

  it('says the browser withholds the site before anything it read there', () => {
    const access = { granted: false, site: 'news.example', pattern: 'https://news.example/*' };
    expect(popupState(known({ access, result: result({}) }))).toEqual({
      kind: 'no-access',
      site: 'news.example',
      pattern: 'https://news.example/*',
    });
    expect(
      popupState(known({ access: { ...access, granted: true }, result: result({}) })).kind,
    ).toBe('match');
    // Switched off everywhere says so first.
    expect(
      popupState(known({ access, settings: { ...DEFAULT_SETTINGS, enabled: false } })).kind,
    ).toBe('off-global');
  });
});
