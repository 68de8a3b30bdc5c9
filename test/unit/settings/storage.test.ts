import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchActivation } from '../../../src/settings/activation';
import {
  loadSettings,
  onSettingsChanged,
  restoreSite,
  setActiveOnPage,
  setEnabled,
} from '../../../src/settings/storage';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('falls back to the defaults when storage holds something invalid', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 3, disabledSites: [{}] } });
    expect(await loadSettings()).toEqual({ enabled: true, disabledSites: [] });
  });

  it('switches the site of a page off, and back on through whatever covers it', async () => {
    await setActiveOnPage('https://www.example.org/a', false);
    expect((await loadSettings()).disabledSites).toEqual(['example.org']);
    await setActiveOnPage('https://news.example.org/b', true);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('ignores pages that have no site', async () => {
    await setActiveOnPage('about:blank', false);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('restores a site from the list and keeps the global switch apart', async () => {
    await setActiveOnPage('https://a.org/', false);
    await setActiveOnPage('https://b.org/', false);
    await setEnabled(false);
    await restoreSite('a.org');
    expect(await loadSettings()).toEqual({ enabled: false, disabledSites: ['b.org'] });
  });

  it('tells listeners about changes until they unsubscribe', async () => {
    const seen = vi.fn();
    const stop = onSettingsChanged(seen);
    await setEnabled(false);
    expect(seen).toHaveBeenLastCalledWith({ enabled: false, disabledSites: [] });
    stop();
    await setEnabled(true);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('watchActivation', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('reports the first answer once loaded, then only changes for this page', async () => {
    await setActiveOnPage('https://other.org/', false);
    const changes: boolean[] = [];
    const activation = watchActivation(
      () => 'https://example.org/a',
      (a) => changes.push(a),
    );
    expect(activation.isActive()).toBe(false);
    await flush();
    expect(changes).toEqual([true]);
    expect(activation.isActive()).toBe(true);

    await setActiveOnPage('https://other.org/', true);
    await setActiveOnPage('https://example.org/b', false);
    expect(changes).toEqual([true, false]);
    await setEnabled(false);
    await setActiveOnPage('https://example.org/b', true);
    expect(changes).toEqual([true, false]);
    await setEnabled(true);
    expect(changes).toEqual([true, false, true]);

    activation.stop();
    await setEnabled(false);
    expect(changes).toEqual([true, false, true]);
  });
});
