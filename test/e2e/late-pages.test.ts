import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixturePages, type FixturePage } from '../../scripts/corpus/fixture-pages';
import { buildExtension } from '../../scripts/harness/build';
import type { BrowserName, ExtensionSession } from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';
import { normalize, painted, paintedTexts, until } from './highlight-page';
import { countStoredResults, launchExtension, type Launched } from './launch';

// Pages that show their article late. An AMP body hidden by the boilerplate's
// animation and revealed by its runtime (a class and a style on <html>/<body>),
// one revealed only by the animation's end, a fade-in behind a class on <html>
// and a transition, and an article inserted 2 s after load. The pages are fixture pages (test/pages/), their labels say
// what must be painted.

const root = resolve(import.meta.dirname, '../..');
const fixtures = new Map(
  readFixturePages(resolve(root, 'test/pages')).map((f) => [f.slug, f] as const),
);
const fixture = (slug: string) => {
  const f = fixtures.get(slug);
  if (!f) throw new Error(`fixture page ${slug} is missing`);
  return f;
};
const labelled = (page: FixturePage) => ({
  casualty: page.highlights
    .filter((h) => h.kind === 'casualty')
    .map((h) => normalize(h.text))
    .sort(),
  denial: page.highlights
    .filter((h) => h.kind === 'denial')
    .map((h) => normalize(h.text))
    .sort(),
});

/** The reveal pages, and how long after load their claims must be painted. */
const REVEALS: [slug: string, withinMs: number, how: string][] = [
  // The boilerplate would show the body at 8 s: the runtime's change at 1 s must do it.
  ['en-amp-late-reveal', 6000, 'a class on <html> and a style on <body> at 1 s'],
  ['es-amp-css-reveal', 6000, 'the boilerplate animation ending at 1.5 s'],
  ['fr-fade-in', 6000, 'a class on <html> at 0.7 s, visible after a 0.8 s transition delay'],
];

describe.each<BrowserName>(['chromium', 'firefox'])(
  'pages that show their text late, in %s',
  (name) => {
    let server: StaticServer;
    let launched: Launched;
    let session: ExtensionSession;
    /** How many page results the background stored for a tab since the control page opened. */
    let reports: (tabId: number) => Promise<number>;

    beforeAll(async () => {
      server = await serveStatic(
        resolve(root, 'test/pages'),
        new Map([['/plain.html', resolve(import.meta.dirname, 'pages/plain.html')]]),
      );
      launched = await launchExtension(name);
      session = launched.session;
      ({ reports } = await countStoredResults(session));
    });
    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    /** Opens a page in front (background tabs run no CSS animation) and notes when it loaded. */
    async function openInFront(path: string) {
      const page = await session.browser.newPage();
      await page.bringToFront();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      return { page, loadedAt: Date.now() };
    }

    it.each(REVEALS)(
      'paints %s once it shows (within %i ms of load; %s)',
      async (slug, withinMs) => {
        const { page: labels } = fixture(slug);
        const expected = labelled(labels);
        const { page, loadedAt } = await openInFront(`/${slug}/${slug}.html`);
        // Hidden at first: nothing is readable, nothing painted.
        expect(
          await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).visibility),
        ).toBe('hidden');
        const now = await until(
          () => painted(page),
          (p) => JSON.stringify(paintedTexts(p)) === JSON.stringify(expected),
          Math.max(0, loadedAt + withinMs - Date.now()),
        );
        expect(paintedTexts(now)).toEqual(expected);
        expect(now.empty).toBe(0);
        const found = await session.resultFor(page.url());
        expect(found?.result.verdict).toBe(labels.verdict);
        await page.close();
      },
    );

    it('paints it-late-insert once its article is in', async () => {
      const { page: labels } = fixture('it-late-insert');
      const expected = labelled(labels);
      const { page } = await openInFront('/it-late-insert/it-late-insert.html');
      const now = await until(
        () => painted(page),
        (p) => JSON.stringify(paintedTexts(p)) === JSON.stringify(expected),
        6000,
      );
      expect(paintedTexts(now)).toEqual(expected);
      await page.close();
    });

    it('pays nothing on a page that cannot hold a story: class, style and animation changes are not watched', async () => {
      const { page } = await openInFront('/plain.html');
      const found = await until(
        () => session.resultFor(page.url(), 100),
        (r) => !!r,
      );
      expect(found?.result.verdict).toBe('none');
      // Let the first report land and its counter settle.
      await new Promise((r) => setTimeout(r, 500));
      const before = { n: await reports(found!.tabId), busy: found!.result.timings!.busyMs };
      await page.evaluate(async () => {
        // A constructed sheet: adding a <style> element would be a change of the page's nodes.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          '.faded main { opacity: 0; visibility: hidden } main { transition: opacity 0.2s, visibility 0.2s }' +
            '@keyframes pulse { from { opacity: 0.5 } to { opacity: 1 } } .pulse { animation: pulse 0.2s }',
        );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
        for (let i = 0; i < 3; i++) {
          document.documentElement.classList.toggle('faded');
          document.body.classList.toggle('pulse');
          document.body.style.setProperty('--step', String(i));
          await wait(400);
        }
        document.body.hidden = true;
        await wait(100);
        document.body.hidden = false;
      });
      await new Promise((r) => setTimeout(r, 1000));
      const after = (await session.resultFor(page.url()))!.result;
      expect(await reports(found!.tabId)).toBe(before.n);
      expect(after.timings!.busyMs).toBe(before.busy);
      await page.close();
    });

    it('re-reads a page that may hold a story when <body> changes class (positive control)', async () => {
      const { page } = await openInFront('/en-amp-late-reveal/en-amp-late-reveal.html');
      const found = await until(
        () => session.resultFor(page.url(), 100),
        (r) => !!r && r.result.verdict !== 'none',
      );
      expect(found?.result.verdict).not.toBe('none');
      await new Promise((r) => setTimeout(r, 500));
      const before = await reports(found!.tabId);
      await page.evaluate(() => document.body.classList.add('menu-open'));
      const after = await until(
        () => reports(found!.tabId),
        (n) => n > before,
        3000,
      );
      expect(after).toBeGreaterThan(before);
      await page.close();
    });

    it('logs no error', () => {
      expect(session.errors).toEqual([]);
    });
  },
);

// `npm run analyze` reports what the extension ends up
// showing, on every late page, through the command itself.
describe('npm run analyze on pages that show their text late', () => {
  let buildDir: string;
  beforeAll(() => {
    buildDir = buildExtension('chrome');
  });
  afterAll(() => {
    if (buildDir) rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  it('reports the labelled verdict and highlights of each', () => {
    const slugs = ['en-amp-late-reveal', 'es-amp-css-reveal', 'fr-fade-in', 'it-late-insert'];
    const files = slugs.map((s) => fixture(s).html);
    const run = spawnSync(
      'npm',
      ['run', '--silent', 'analyze', '--', '--extension', buildDir, ...files],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { file: string; verdict: string; highlights: FixturePage['highlights'] },
      );
    expect(lines.map((l) => l.file)).toEqual(files);
    // All pages at once, so that a failure names every page that differs.
    const got = slugs.map((slug, i) => ({
      slug,
      verdict: lines[i]!.verdict,
      texts: labelled(lines[i] as unknown as FixturePage),
    }));
    const want = slugs.map((slug) => ({
      slug,
      verdict: fixture(slug).page.verdict,
      texts: labelled(fixture(slug).page),
    }));
    expect(got).toEqual(want);
  }, 90_000);
});
