import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageResult } from '../../../../src/contracts/page-result';
import { loadSettings } from '../../../../src/settings/storage';
import { setMessageLookup } from '../../../../src/ui/i18n/messages';
import { Popup } from '../../../../src/ui/popup/Popup';
import { lookupFor } from '../locale-files';
import { casualty, denial, result, testDataset } from './fixtures';
import { $, mount, unmountAll, waitFor } from './render';

const TAB = 42;
let stored: Map<number, PageResult>;
let sentToTab: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  stored = new Map();
  sentToTab = [];
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; tabId: number }) =>
    Promise.resolve(
      msg.type === 'get-tab-result' ? (stored.get(msg.tabId) ?? null) : undefined,
    )) as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Crosscount',
    version: '9.9.9',
  });
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ status: 'complete' } as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
    async (_tab: number, msg: unknown) => {
      sentToTab.push(msg);
    },
  );
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = url.includes('dataset')
        ? testDataset
        : { id: 'x', title: 'A story title', published: '2020-04-01', claims: [] };
      return new Response(JSON.stringify(body));
    }),
  );
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const open = (search = `?tab=${TAB}`, lang: 'en' | 'fr' = 'en') => {
  setMessageLookup(lookupFor(lang));
  return mount(<Popup lang={lang} search={search} />);
};
const state = (root: HTMLElement) => $(root, 'main').dataset.state;

describe('the popup', () => {
  it('cannot read a page when it is itself the tab it would describe', async () => {
    vi.mocked(fakeBrowser.tabs.getCurrent).mockResolvedValue({ id: TAB } as never);
    const root = open();
    await waitFor(() => expect(state(root)).toBe('unreadable'));
    expect(root.textContent).toContain('cannot read this page');
  });

  it('is analysing a loaded page only for a grace period, then cannot read it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const root = open();
      await waitFor(() => expect(state(root)).toBe('analysing'));
      await vi.advanceTimersByTimeAsync(3000);
      await waitFor(() => expect(state(root)).toBe('unreadable'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('updates when the page reports while it is open', async () => {
    const root = open();
    await waitFor(() => expect(state(root)).toBe('analysing'));
    stored.set(TAB, result({ verdict: 'none' }));
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: 'changed' });
    await waitFor(() => expect(state(root)).toBe('no-match'));
    expect(root.textContent).toContain('No matching article');
  });

  it('switches Crosscount off on the page’s site, and back on', async () => {
    stored.set(TAB, result({ verdict: 'none' }));
    const root = open();
    await waitFor(() => expect(state(root)).toBe('no-match'));
    const site = $(root, '#switch-site') as HTMLInputElement;
    expect(site.checked).toBe(false);
    site.click();
    await waitFor(() => expect(state(root)).toBe('off-site'));
    expect((await loadSettings()).disabledSites).toEqual(['news.example']);
    expect(root.textContent).toContain('Off on news.example');
    ($(root, '#switch-site') as HTMLInputElement).click();
    await waitFor(() => expect(state(root)).toBe('no-match'));
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('switches Crosscount off everywhere', async () => {
    stored.set(TAB, result({ verdict: 'none' }));
    const root = open();
    await waitFor(() => expect(state(root)).toBe('no-match'));
    ($(root, '#switch-global') as HTMLInputElement).click();
    await waitFor(() => expect(state(root)).toBe('off-global'));
    expect((await loadSettings()).enabled).toBe(false);
    expect(($(root, '#switch-site') as HTMLInputElement).disabled).toBe(true);
  });

  describe('on a matching page', () => {
    beforeEach(() => {
      stored.set(
        TAB,
        result({
          story: 'syria-russia-amnesty-2015',
          highlights: [
            casualty({}),
            denial({}),
            casualty({
              text: 'forty children',
              metric: 'children-killed',
              value: 40,
              min: undefined,
              refs: ['beta-children'],
              source: 'beta',
            }),
          ],
        }),
      );
    });

    it('says which story the page reprints and counts its claims and denials', async () => {
      const root = open();
      await waitFor(() => expect($(root, '.verdict').textContent).toContain('A story title'));
      expect($(root, '.verdict').textContent).toMatch(/^Reprint of A story title \(Apr 1, 2020\)/);
      expect($(root, '[data-count="casualty"]').textContent).toBe('2 casualty claims');
      expect($(root, '[data-count="denial"]').textContent).toBe('1 denial');
    });

    it('lists claims by what they count, with the competing figures side by side', async () => {
      const root = open();
      await waitFor(() => $(root, '.group[data-metric="civilians-killed"]'));
      const groups = [...root.querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.metric);
      expect(groups).toEqual(['civilians-killed', 'children-killed']);
      const civilians = $(root, '.group[data-metric="civilians-killed"] .claim');
      // One line: the quoted span, who the article credits, the value; the rest when opened.
      expect($(civilians, 'summary').textContent).toBe('“at least a hundred civilians”Alpha≥ 100');
      expect($(civilians, '.quote').textContent).toBe('Show on page');
      expect($(civilians, '.who').textContent).toContain('Alpha (test)');
      const rows = [...civilians.querySelectorAll<HTMLElement>('.cc-chart-row')];
      // The article, its source as published, then the closest periods first.
      expect(rows.map((r) => $(r, '.cc-chart-label').textContent)).toEqual([
        'This article',
        'Alpha (as published)',
        'Gamma',
        'Beta',
      ]);
      const gamma = rows[2]!;
      expect($(gamma, '.cc-chart-value').textContent).toBe('150–400');
      expect($(gamma, 'a').getAttribute('href')).toBe('https://news.example/gamma-q1');
      expect(gamma.textContent).not.toContain('other period');
      expect(rows[3]!.textContent).toContain('other period');
    });

    it('says so when no figure counts the same thing', async () => {
      const root = open();
      const children = await waitFor(() => $(root, '.group[data-metric="children-killed"] .claim'));
      expect(children.textContent).toContain('No other figure in the dataset');
    });

    it('lists denials with who said what, and the claims they dispute', async () => {
      const root = open();
      const d = await waitFor(() => $(root, '[data-kind="denial"]'));
      expect($(d, '.about').textContent).toBe('Rejected the Alpha report as biased.');
      expect($(d, '.disputes').textContent).toContain('Disputes: Alpha');
      expect($(d, '.disputes .cc-chart-label').textContent).toBe('Alpha');
      expect($(d, '.disputes .cc-chart-value').textContent).toBe('≥ 100');
    });

    it('shows a claim on the page when it is chosen', async () => {
      const root = open();
      const quote = await waitFor(() => $(root, '[data-kind="denial"] .quote'));
      quote.click();
      await waitFor(() => expect(sentToTab).toEqual([{ type: 'reveal-claim', index: 1 }]));
    });

    it('copies the claims as JSON', async () => {
      const writeText = vi.fn(async (_text: string) => {});
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
      const root = open();
      const button = await waitFor(() => $(root, '[data-action="copy-json"]'));
      button.click();
      await waitFor(() => expect($(root, '.copy-status').textContent).toBe('Copied'));
      const copied = JSON.parse(writeText.mock.calls[0]![0]);
      expect(copied.generator).toBe('Crosscount 9.9.9');
      expect(copied.claims.map((c: { text: string }) => c.text)).toEqual([
        'at least a hundred civilians',
        'groundless accusations',
        'forty children',
      ]);
      // With the overview: per metric, the counters' figures shown.
      const civilians = copied.overview.metrics[0];
      expect(civilians.metric).toBe('civilians-killed');
      expect(
        civilians.rows.map((r: { kind: string; figure?: { id: string }; claims: number[] }) => [
          r.kind,
          r.figure?.id,
          r.claims,
        ]),
      ).toEqual([
        ['counter', 'alpha-q1', [0]],
        ['counter', 'gamma-q1', []],
        ['counter', 'beta-q1', []],
        ['statement', undefined, [1]],
      ]);
      expect(copied.overview.figuresUpTo).toBe('2020-04-02');
    });

    it('answers at a glance: one captioned table per metric, each counter once, the article’s claims on it', async () => {
      const root = open();
      const civilians = await waitFor(() => $(root, 'table[data-metric="civilians-killed"]'));
      const tables = [...root.querySelectorAll<HTMLElement>('.overview table')];
      expect(tables.map((t) => t.dataset.metric)).toEqual(['civilians-killed', 'children-killed']);
      expect($(civilians, 'caption').textContent).toBe('civilians killed: who counted how many');
      const heads = [...civilians.querySelectorAll('th[scope="row"]')].map((th) => th.textContent);
      expect(heads).toEqual(['Alpha', 'Gamma', 'Beta', 'Ministry']);
      // Minimums as "≥", ranges as ranges, each with its period and source link.
      const alpha = $(civilians, '[data-row="alpha"]');
      expect($(alpha, '.cc-ov-value').textContent).toBe('≥ 100');
      expect($(alpha, '.cc-ov-bar').dataset.shape).toBe('at-least');
      expect($(alpha, '.cc-ov-detail').textContent).toContain('Jan 1, 2020 – Mar 31, 2020');
      expect($(alpha, 'a').getAttribute('href')).toBe('https://news.example/alpha-q1');
      const gamma = $(civilians, '[data-row="gamma"]');
      expect($(gamma, '.cc-ov-value').textContent).toBe('150–400');
      expect($(gamma, '.cc-ov-bar').dataset.shape).toBe('range');
      // The article's claim, on the row of the counter it credits.
      expect($(alpha, '[data-claim-index="0"]').textContent).toContain(
        '“at least a hundred civilians” · ≥ 100',
      );
      // The denying party: its words, never a bar.
      const ministry = $(civilians, '[data-kind="statement"]');
      expect($(ministry, '.cc-ov-quote').textContent).toBe('baseless');
      expect(ministry.querySelector('.cc-ov-bar')).toBeNull();
      expect($(ministry, '[data-claim-index="1"]')).toBeTruthy();
      // Conflicts in words under the chart; the dataset's date once.
      expect($(root, '[data-metric="civilians-killed"] .cc-ov-conflicts').textContent).toContain(
        'The counts cover different periods: Alpha Jan 1, 2020 – Mar 31, 2020',
      );
      expect(root.querySelectorAll('.up-to')).toHaveLength(1);
      expect($(root, '.up-to').textContent).toBe('The dataset’s figures run to Apr 2, 2020.');
    });

    it('shows a claim on the page when it is chosen on the overview', async () => {
      const root = open();
      const mark = await waitFor(() => $(root, '[data-claim-index="2"] button'));
      mark.click();
      await waitFor(() => expect(sentToTab).toEqual([{ type: 'reveal-claim', index: 2 }]));
    });

    it('shows the report in the popup first, and opens the form only from its own link', async () => {
      const root = open();
      const button = await waitFor(() => $(root, '[data-action="report"]'));
      expect(button.tagName).toBe('BUTTON');
      const opened = vi.spyOn(window, 'open');
      button.click();
      await waitFor(() => expect($(root, 'main').dataset.view).toBe('report'));
      expect(opened).not.toHaveBeenCalled();
      const page = $(root, '#report-page') as HTMLInputElement;
      expect(page.value).toBe('https://www.news.example/story');
      expect(($(root, '#report-found') as HTMLTextAreaElement).value).toContain(
        '"groundless accusations" (denial; source: state-mod)',
      );
      const problem = $(root, '#report-problem') as HTMLTextAreaElement;
      problem.value = 'The second highlight is not a denial.';
      problem.dispatchEvent(new Event('input', { bubbles: true }));
      const form = $(root, '[data-action="open-report-form"]');
      await waitFor(() =>
        expect(new URL(form.getAttribute('href')!).searchParams.get('problem')).toBe(
          'The second highlight is not a denial.',
        ),
      );
      expect(form.getAttribute('target')).toBe('_blank');
      $(root, '[data-action="close-report"]').click();
      await waitFor(() => expect($(root, 'main').dataset.view).toBe('page'));
    });

    it('shows only the denials, and no empty chart, on a page with denials only', async () => {
      stored.set(TAB, result({ story: 'syria-russia-amnesty-2015', highlights: [denial({})] }));
      const root = open();
      const denials = await waitFor(() => $(root, 'table[data-metric="denials"]'));
      expect([...denials.querySelectorAll('th[scope="row"]')].map((th) => th.textContent)).toEqual([
        'Ministry',
      ]);
      expect(root.querySelectorAll('.overview table')).toHaveLength(1);
      expect(root.querySelector('.cc-ov-bar')).toBeNull();
    });

    it('speaks French to a French browser', async () => {
      const root = open(`?tab=${TAB}`, 'fr');
      await waitFor(() => expect($(root, '.verdict').textContent).toContain('Reprise de'));
      expect($(root, '[data-count="casualty"]').textContent).toBe('2 bilans');
      expect($(root, '.group[data-metric="civilians-killed"] h3').textContent).toBe('civils tués');
      expect($(root, 'table[data-metric="civilians-killed"] caption').textContent).toBe(
        'civils tués : qui en a compté combien',
      );
      // Numbers in the UI language's format.
      expect($(root, '[data-row="beta"] .cc-ov-value').textContent).toBe('300');
    });
  });

  it('shows every source of the dataset in its about view', async () => {
    const root = open();
    $(root, '[data-action="about"]').click();
    await waitFor(() => expect(root.querySelectorAll('[data-source]')).toHaveLength(4));
    expect(root.textContent).toContain('Beta counts by testing.');
    expect(root.textContent).toContain('Latest figure or statement in the dataset: Apr 3, 2020.');
    $(root, '[data-action="back"]').click();
    await waitFor(() => expect($(root, 'main').dataset.view).toBe('page'));
  });
});

describe('the popup after an update', () => {
  it('shows what changed once, and not the next time it opens', async () => {
    await fakeBrowser.storage.local.set({ updateNotice: { version: '9.9.9', previous: '9.9.8' } });
    const first = open();
    await waitFor(() =>
      expect($(first, '#update-heading').textContent).toBe(
        'Crosscount was updated to version 9.9.9',
      ),
    );
    expect(first.querySelectorAll('.update-notice li').length).toBeGreaterThan(1);
    $(first, '[data-action="dismiss-update"]').click();
    await waitFor(() => expect(first.querySelector('.update-notice')).toBeNull());
    unmountAll();
    const second = open();
    await waitFor(() => expect($(second, 'main').dataset.state).not.toBe('loading'));
    expect(second.querySelector('.update-notice')).toBeNull();
  });
});

describe('the popup when the browser withholds the site', () => {
  it('says so, asks from a click, and reloads the page once granted', async () => {
    stored.set(TAB, result({ highlights: [casualty({})] }));
    let granted = false;
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      status: 'complete',
      url: 'https://www.news.example/story',
    } as never);
    const contains = vi
      .spyOn(fakeBrowser.permissions, 'contains')
      .mockImplementation(async () => granted);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      granted = true;
      return true;
    });
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined as never);
    const root = open();
    await waitFor(() => expect($(root, 'main').dataset.state).toBe('no-access'));
    expect(contains).toHaveBeenCalledWith({ origins: ['https://www.news.example/*'] });
    expect(root.textContent).toContain('does not let Crosscount read www.news.example');
    $(root, '[data-action="grant-site"]').click();
    await waitFor(() => expect(reload).toHaveBeenCalledWith(TAB));
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.news.example/*'] });
    await waitFor(() => expect($(root, 'main').dataset.state).toBe('match'));
  });
});
