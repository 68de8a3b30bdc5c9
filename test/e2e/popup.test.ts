import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyPackSchema, type Dataset } from '../../src/data/schema';
import type { HighlightInfo, PageResult } from '../../src/contracts/page-result';
import { buildExtension, type Target } from '../../scripts/harness/build';
import {
  startSession,
  type BrowserName,
  type ExtensionSession,
} from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';

const root = resolve(import.meta.dirname, '../..');
const targets: Record<BrowserName, Target> = { chromium: 'chrome', firefox: 'firefox' };
const dataset = JSON.parse(readFileSync(`${root}/src/data/dataset.json`, 'utf8')) as Dataset;
const pack = storyPackSchema.parse(
  JSON.parse(readFileSync(`${root}/src/data/packs/syria-russia-amnesty-2015.json`, 'utf8')),
);
// `UPDATE_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/popup.test.ts` refreshes docs/screenshots.
const screenshotsDir = process.env.UPDATE_SCREENSHOTS ? `${root}/docs/screenshots` : null;

/** Runs in an extension page: its storage API, whichever global the browser names it by. */
type Area = 'local' | 'session';
type TabsApi = { tabs: { query(q: object): Promise<{ url?: string }[]> } };
type StorageGlobal = Record<
  'browser' | 'chrome',
  {
    storage: Record<
      Area,
      {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      }
    >;
  }
>;
const storageSet = (page: Page, area: Area, items: Record<string, unknown>) =>
  page.evaluate(
    (area, items) => {
      const g = globalThis as unknown as StorageGlobal;
      return (g.browser ?? g.chrome).storage[area].set(items);
    },
    area,
    items,
  );
const storageGet = (page: Page, area: Area, key: string) =>
  page.evaluate(
    async (area, key) => {
      const g = globalThis as unknown as StorageGlobal;
      return (await (g.browser ?? g.chrome).storage[area].get(key))[key];
    },
    area,
    key,
  );

type I18nGlobal = Record<'browser' | 'chrome', { i18n: { getMessage(key: string): string } }>;

interface OverviewTable {
  metric: string;
  caption: string;
  heads: string[];
  claims: number[];
  /** Rows that show "no number" with neither the source's words nor a reason. */
  unexplained: string[];
}

/** The overview's tables as the popup shows them, and the claim lines with no value. */
async function readOverview(popup: Page) {
  return popup.evaluate(() => {
    const g = globalThis as unknown as I18nGlobal;
    const noNumber = (g.browser ?? g.chrome).i18n.getMessage('common_noNumber');
    const tables: OverviewTable[] = [
      ...document.querySelectorAll<HTMLElement>('.overview table'),
    ].map((t) => ({
      metric: t.dataset.metric ?? '',
      caption: t.querySelector('caption')?.textContent ?? '',
      heads: [...t.querySelectorAll('th[scope="row"]')].map((th) => th.textContent ?? ''),
      claims: [...t.querySelectorAll<HTMLElement>('[data-claim-index]')].map((e) =>
        Number(e.dataset.claimIndex),
      ),
      unexplained: [...t.querySelectorAll('.cc-ov-row, .cc-ov-others li')]
        .filter(
          (r) =>
            r.querySelector('.cc-ov-value')?.textContent === noNumber &&
            !r.querySelector('.cc-ov-quote, .cc-ov-reason'),
        )
        .map((r) => r.textContent ?? ''),
    }));
    const chartRows = [...document.querySelectorAll('.claims .cc-chart-row')]
      .filter(
        (r) =>
          r.querySelector('.cc-chart-value')?.textContent === noNumber &&
          !r.querySelector('.cc-chart-detail')?.textContent?.includes('“'),
      )
      .map((r) => r.textContent ?? '');
    const emptyLines = [...document.querySelectorAll('.claim > details > summary')]
      .filter((s) => !s.querySelector('.value')?.textContent?.trim())
      .map((s) => s.textContent ?? '');
    return { tables, chartRows, emptyLines, noNumber };
  });
}

const state = (popup: Page, kind: string) =>
  popup.waitForSelector(`main[data-state="${kind}"]`, { timeout: 8000 });

/** Waits until `read` returns what `ok` accepts, or fails with the last value seen. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

describe.each<BrowserName>(['chromium', 'firefox'])('the popup in %s', (name) => {
  let server: StaticServer;
  let session: ExtensionSession;
  let buildDir: string;
  beforeAll(async () => {
    buildDir = buildExtension(targets[name]);
    server = await serveStatic(
      resolve(root, 'demo'),
      new Map([['/plain.html', resolve(import.meta.dirname, 'pages/plain.html')]]),
    );
    session = await startSession(name, buildDir);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  const popupFor = async (url: string) => {
    if (!(await session.browser.pages()).some((p) => p.url() === url)) await session.open(url);
    const found = await session.resultFor(url, 10_000);
    expect(found, `no result for ${url}`).not.toBeNull();
    const popup = await session.openExtensionPage(`popup.html?tab=${found!.tabId}`);
    await popup.setViewport({ width: 400, height: 600 });
    return { popup, tabId: found!.tabId };
  };

  it('opens its welcome page on install, which says it sends nothing', async () => {
    // Puppeteer cannot see the URL of extension pages in Firefox: ask the extension.
    const inspector = await session.openExtensionPage('popup.html');
    const tabs = await until(
      () =>
        inspector.evaluate(async () => {
          const g = globalThis as unknown as Record<'browser' | 'chrome', TabsApi>;
          return (await (g.browser ?? g.chrome).tabs.query({})).map((t) => t.url ?? '');
        }),
      (urls) => urls.some((u) => u.endsWith('/welcome.html')),
    );
    expect(tabs.filter((u) => u.endsWith('/welcome.html'))).toHaveLength(1);
    const welcome = await session.openExtensionPage('welcome.html');
    await welcome.waitForSelector('h1');
    expect(await welcome.$eval('main', (m) => m.textContent)).toMatch(
      /sends nothing|n’envoie rien/,
    );
  });

  it('opened on its own, as a tab, says it cannot read the page, never an error', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await state(popup, 'unreadable');
    expect(await popup.$('[data-state-message="unreadable"]')).not.toBeNull();
  });

  it('says when a page carries no known story', async () => {
    const { popup } = await popupFor(`${server.origin}/plain.html`);
    await state(popup, 'no-match');
    expect(await popup.$eval('main', (m) => m.dataset.verdict)).toBe('none');
  });

  it('switches Crosscount off on a site and the options page switches it back on', async () => {
    const { popup } = await popupFor(`${server.origin}/plain.html`);
    await state(popup, 'no-match');
    await popup.click('#switch-site');
    await state(popup, 'off-site');
    expect(await storageGet(popup, 'local', 'settings')).toEqual({
      enabled: true,
      disabledSites: ['127.0.0.1'],
    });

    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('[data-site="127.0.0.1"] button');
    await options.click('[data-site="127.0.0.1"] button');
    await options.waitForFunction(() => !document.querySelector('[data-site]'));
    // The open popup follows the change.
    await state(popup, 'no-match');
  });

  it('switches Crosscount off everywhere and back', async () => {
    const { popup } = await popupFor(`${server.origin}/plain.html`);
    await state(popup, 'no-match');
    await popup.click('#switch-global');
    await state(popup, 'off-global');
    expect(await popup.$eval('#switch-site', (s) => (s as HTMLInputElement).disabled)).toBe(true);
    await popup.click('#switch-global');
    await state(popup, 'no-match');
  });

  it('falls back to the default settings when storage holds invalid ones', async () => {
    const { popup } = await popupFor(`${server.origin}/plain.html`);
    await storageSet(popup, 'local', { settings: { enabled: 'yes', disabledSites: 7 } });
    const { popup: fresh } = await popupFor(`${server.origin}/plain.html`);
    await state(fresh, 'no-match');
    expect(await fresh.$eval('#switch-global', (s) => (s as HTMLInputElement).checked)).toBe(false);
    await storageSet(fresh, 'local', { settings: { enabled: true, disabledSites: [] } });
  });

  it('lists every source of the dataset in its about view', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.click('[data-action="about"]');
    await popup.waitForSelector('[data-source]');
    const listed = await popup.$$eval('[data-source]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.source).sort(),
    );
    expect(listed).toEqual(dataset.sources.map((s) => s.id).sort());
  });

  describe('for the claims of the source article', () => {
    // The story's own claims, as its pack lists them, stored as the result of a
    // tab: the popup's rendering of a match, apart from the engine's detection.
    const TAB = 987_654;
    const highlights: HighlightInfo[] = pack.claims.map((c) => ({ ...c }));
    const injected: PageResult = {
      url: 'https://news.example.org/syrie-amnesty',
      verdict: 'copy',
      score: 1,
      story: pack.id,
      reason: 'test',
      highlights,
    };
    let popup: Page;
    beforeAll(async () => {
      popup = await session.openExtensionPage('popup.html');
      await storageSet(popup, 'session', { [`tab:${TAB}`]: injected });
      await popup.goto(`${session.extensionOrigin}/popup.html?tab=${TAB}`).catch(() => {});
      await popup.setViewport({ width: 400, height: 600 });
      await state(popup, 'match');
      await popup.waitForSelector('.claims');
    });
    afterAll(async () => {
      if (!screenshotsDir || name !== 'chromium') return;
      mkdirSync(screenshotsDir, { recursive: true });
      await popup.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.querySelector('main')!.scrollTop = 0;
      });
      // The civilians' table open on its first rows, as a reader sees it.
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await popup.screenshot({ path: `${screenshotsDir}/popup.png` });
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await popup.screenshot({ path: `${screenshotsDir}/popup-dark.png` });
    });

    it('says the page reprints the story, with its title and date, and counts claims and denials', async () => {
      const verdict = await popup.$eval('.verdict', (v) => v.textContent!);
      expect(verdict).toContain(pack.title);
      const denials = highlights.filter((h) => h.kind === 'denial').length;
      expect(await popup.$eval('[data-count="casualty"]', (e) => e.textContent)).toMatch(
        new RegExp(`^${highlights.length - denials}\\b`),
      );
      expect(await popup.$eval('[data-count="denial"]', (e) => e.textContent)).toMatch(
        new RegExp(`^${denials}\\b`),
      );
    });

    it('lists each claim under what it counts, with competing figures and their links', async () => {
      const groups = await popup.$$eval('.group', (gs) =>
        gs.map((g) => (g as HTMLElement).dataset.metric),
      );
      const metrics = new Set(highlights.flatMap((h) => (h.metric ? [h.metric] : [])));
      expect(new Set(groups)).toEqual(metrics);
      const quotes = await popup.$$eval('.claims .quote', (qs) => qs.map((q) => q.textContent));
      expect(quotes.length).toBe(highlights.filter((h) => h.kind === 'casualty').length);
      // At least one claim is set against other counters' figures, each linked.
      const rows = await popup.$$eval('.claims .cc-chart-row[data-tone="other"]', (rs) =>
        rs.map((r) => r.querySelector('a')?.getAttribute('href') ?? ''),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((href) => /^https?:\/\//.test(href))).toBe(true);
    });

    it('lists the denials with who said what', async () => {
      const denials = await popup.$$eval('.denials [data-kind="denial"]', (ds) => ds.length);
      expect(denials).toBe(highlights.filter((h) => h.kind === 'denial').length);
      expect(await popup.$$eval('.denials .statements li', (s) => s.length)).toBeGreaterThan(0);
    });

    it('puts every claim of the story on its metric’s overview, each counter once', async () => {
      const { tables, chartRows, emptyLines } = await readOverview(popup);
      const metrics = [...new Set(highlights.flatMap((h) => (h.metric ? [h.metric] : [])))];
      expect(tables.filter((t) => t.metric !== 'denials').map((t) => t.metric)).toEqual(
        expect.arrayContaining(metrics),
      );
      for (const t of tables) {
        expect(t.caption, t.metric).not.toBe('');
        expect(new Set(t.heads).size, `${t.metric}: ${t.heads.join(', ')}`).toBe(t.heads.length);
        expect(t.unexplained, t.metric).toEqual([]);
      }
      highlights.forEach((h, i) => {
        if (h.kind === 'casualty') {
          expect(tables.find((t) => t.metric === h.metric)?.claims, h.text).toContain(i);
        }
      });
      expect(chartRows).toEqual([]);
      expect(emptyLines).toEqual([]);
    });

    it('can be used with the keyboard alone', async () => {
      await popup.focus('[data-action="about"]');
      const seen = new Set<string>();
      for (let i = 0; i < 14; i++) {
        await popup.keyboard.press('Tab');
        seen.add(await popup.evaluate(() => document.activeElement?.className ?? ''));
      }
      // The article's claims on the overview are buttons that show them on the page.
      expect(seen.has('cc-ov-claim-button')).toBe(true);
    });
  });

  describe('on the demo article (needs the engine)', () => {
    const demo = () => `${server.origin}/article.html`;

    it('shows the reprint with its claims and competing figures', async () => {
      const { popup } = await popupFor(demo());
      await state(popup, 'match');
      expect(await popup.$eval('main', (m) => m.dataset.verdict)).toBe('copy');
      expect(await popup.$eval('.verdict', (v) => v.textContent)).toContain(pack.title);
      await popup.waitForSelector('.claims .cc-chart-row[data-tone="other"]');
    });

    it('answers at a glance: one captioned table per metric, each counter once, every claim on it', async () => {
      const { popup } = await popupFor(demo());
      await state(popup, 'match');
      await popup.waitForSelector('.overview table');
      const { highlights } = (await session.resultFor(demo()))!.result;
      const { tables, chartRows, emptyLines } = await readOverview(popup);
      const metrics = [...new Set(highlights.flatMap((h) => (h.metric ? [h.metric] : [])))];
      expect(
        tables
          .filter((t) => t.metric !== 'denials')
          .map((t) => t.metric)
          .sort(),
      ).toEqual(metrics.sort());
      for (const t of tables) {
        expect(t.caption, t.metric).not.toBe('');
        expect(new Set(t.heads).size, `${t.metric}: ${t.heads.join(', ')}`).toBe(t.heads.length);
        expect(t.unexplained, t.metric).toEqual([]);
      }
      highlights.forEach((h, i) => {
        if (h.kind === 'casualty') {
          expect(tables.find((t) => t.metric === h.metric)?.claims, h.text).toContain(i);
        }
      });
      // The civilians killed: every counter of the story's period once, the ministry by its words.
      const civilians = tables.find((t) => t.metric === 'civilians-killed')!;
      expect(civilians.heads).toEqual(['Amnesty', 'SOHR', 'Airwars', 'SNHR', 'VDC', 'Russian MoD']);
      expect(
        await popup.$eval('table[data-metric="civilians-killed"] [data-kind="statement"]', (r) => [
          r.querySelector('.cc-ov-bar'),
          r.querySelector('.cc-ov-quote')?.textContent,
        ]),
      ).toEqual([null, expect.stringContaining('sans fondement')]);
      expect(
        await popup.$eval('table[data-metric="civilians-killed"] [data-row="airwars"]', (r) => [
          r.querySelector('.cc-ov-bar')?.getAttribute('data-shape'),
          r.querySelector('.cc-ov-detail a')?.getAttribute('href'),
        ]),
      ).toEqual(['range', expect.stringMatching(/^https:\/\//)]);
      // Conflicts in words: the whole-war toll the article credits to SOHR is the UN's.
      expect(
        await popup.$eval(
          '[data-metric="war-deaths-total"] .cc-ov-conflicts',
          (c) => c.textContent,
        ),
      ).toMatch(/250.000 individus.*SOHR.*UN/);
      expect(chartRows).toEqual([]);
      expect(emptyLines).toEqual([]);
    });

    it('scrolls the page to a claim chosen in the popup', async () => {
      const { popup } = await popupFor(demo());
      await state(popup, 'match');
      const page = (await session.browser.pages()).find((p) => p.url() === demo())!;
      await page.setViewport({ width: 800, height: 300 });
      await page.evaluate(() => window.scrollTo(0, 0));
      // The last claim on the overview, chosen with the keyboard.
      const quotes = await popup.$$('.cc-ov-claim-button');
      await quotes.at(-1)!.focus();
      await popup.keyboard.press('Enter');
      expect(
        await until(
          () => page.evaluate(() => window.scrollY),
          (y) => y > 0,
        ),
      ).toBeGreaterThan(0);
    });

    it('clears the page’s highlights when switched off on the site, and brings them back', async () => {
      const { popup } = await popupFor(demo());
      await state(popup, 'match');
      const page = (await session.browser.pages()).find((p) => p.url() === demo())!;
      const painted = () => page.evaluate(() => CSS.highlights.size);
      const reported = async () =>
        (await session.resultFor(demo()))?.result.highlights.length ?? -1;
      const before = await reported();
      expect(before).toBeGreaterThan(0);
      expect(await painted()).toBeGreaterThan(0);

      await popup.click('#switch-site');
      await state(popup, 'off-site');
      expect(await until(painted, (n) => n === 0)).toBe(0);
      expect(await until(reported, (n) => n === 0)).toBe(0);

      await popup.click('#switch-site');
      await state(popup, 'match');
      expect(await until(painted, (n) => n > 0)).toBeGreaterThan(0);
      expect(await until(reported, (n) => n === before)).toBe(before);
    });
  });

  it('logs no error from any extension context', () => {
    expect(session.errors).toEqual([]);
  });
});
