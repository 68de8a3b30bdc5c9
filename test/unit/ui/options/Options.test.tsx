import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, setActiveOnPage } from '../../../../src/settings/storage';
import { Options } from '../../../../src/ui/options/Options';
import { testDataset } from '../popup/fixtures';
import { $, mount, unmountAll, waitFor } from '../popup/render';
import { setMessageLookup } from '../../../../src/ui/i18n/messages';
import { lookupFor } from '../locale-files';

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(testDataset))),
  );
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

const sites = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-site]')].map((li) => li.dataset.site);

describe('the options page', () => {
  it('says when no site is switched off', async () => {
    const root = mount(<Options lang="en" />);
    await waitFor(() => expect(root.textContent).toContain('None: Crosscount reads every site.'));
  });

  it('lists the sites switched off and switches one back on', async () => {
    await setActiveOnPage('https://b.example/x', false);
    await setActiveOnPage('https://www.a.example/y', false);
    const root = mount(<Options lang="en" />);
    await waitFor(() => expect(sites(root)).toEqual(['a.example', 'b.example']));
    $(root, '[data-site="a.example"] button').click();
    await waitFor(() => expect(sites(root)).toEqual(['b.example']));
    expect((await loadSettings()).disabledSites).toEqual(['b.example']);
  });

  it('follows changes made elsewhere, such as in the popup', async () => {
    const root = mount(<Options lang="en" />);
    await waitFor(() => $(root, 'main[data-ready="true"]'));
    await setActiveOnPage('https://c.example/', false);
    await waitFor(() => expect(sites(root)).toEqual(['c.example']));
  });

  it('holds the global switch', async () => {
    setMessageLookup(lookupFor('fr'));
    const root = mount(<Options lang="fr" />);
    const global = (await waitFor(() => $(root, '#switch-global'))) as HTMLInputElement;
    expect(root.textContent).toContain('Désactivé partout');
    global.click();
    await waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
    expect(global.checked).toBe(true);
  });

  it('shows the sources of the data', async () => {
    const root = mount(<Options lang="en" />);
    await waitFor(() => expect(root.querySelectorAll('[data-source]')).toHaveLength(4));
  });
});
