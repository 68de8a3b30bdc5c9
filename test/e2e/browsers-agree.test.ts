import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../../src/contracts/page-result';
import { readFixturePages } from '../../scripts/corpus/fixture-pages';
import { FIREFOX_ADDON_UUID, launchChromium, launchFirefox } from '../../scripts/harness/browsers';
import { buildExtension } from '../../scripts/harness/build';
import { chromiumBackground, extensionProbe } from '../../scripts/harness/extension';
import { readPages, type ExtensionProbe, type PageReading } from '../../scripts/harness/settle';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';
import { normalize, painted } from './highlight-page';

// `npm run analyze` (Chromium) and the extension in
// Firefox ESR agree on every page of the shared corpus and of the fixture
// set: the same verdict and the same highlight texts. Both browsers read each
// page through the same harness as `analyze` (scripts/harness/settle.ts);
// in Firefox, what is painted (CSS.highlights) is read too and must be what
// was reported.

const root = resolve(import.meta.dirname, '../..');
/** Pages open at once: most of a page's time is waiting for it to settle, not work. */
const PARALLEL = Number(process.env.AGREE_PARALLEL ?? 6);
const sharedPages = resolve(root, '../shared/corpus/pages');
const hasShared = existsSync(sharedPages);
if (!hasShared) {
  console.warn(
    `browsers-agree: ${sharedPages} is absent, so the shared corpus is skipped; only the fixture pages are compared`,
  );
}

/** URL path -> file, for every page compared. */
const routes = new Map<string, string>();
if (hasShared) {
  for (const name of readdirSync(sharedPages)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    routes.set(`/shared/${name}`, join(sharedPages, name));
  }
}
for (const f of readFixturePages(resolve(root, 'test/pages'))) {
  routes.set(`/fixtures/${basename(f.html)}`, f.html);
}

/** What a browser ended up with on a page, in comparable form. */
interface Seen {
  verdict: string;
  /** Reported highlight texts, kind and text, whitespace collapsed, sorted. */
  reported: string[];
  /** Painted ranges' texts in the same form. */
  painted: string[];
}

const texts = (result: PageResult | null) =>
  (result?.highlights ?? []).map((h) => `${h.kind}: ${normalize(h.text)}`).sort();

async function readPainted(page: Page): Promise<string[]> {
  const p = await painted(page);
  return [
    ...p.casualty.map((t) => `casualty: ${normalize(t)}`),
    ...p.denial.map((t) => `denial: ${normalize(t)}`),
  ].sort();
}

function seen(readings: PageReading<string[]>[]): Map<string, Seen | string> {
  const out = new Map<string, Seen | string>();
  for (const r of readings) {
    const path = new URL(r.url).pathname;
    if (r.error || !r.result) out.set(path, r.error ?? 'the extension reported nothing');
    else {
      out.set(path, {
        verdict: r.result.verdict,
        reported: texts(r.result),
        painted: r.seen ?? [],
      });
    }
  }
  return out;
}

/** Reads every page in `browser` through `probe`, PARALLEL windows at a time. */
async function readAll(browser: Browser, probe: ExtensionProbe, server: StaticServer) {
  const urls = [...routes.keys()].map((path) => server.origin + path);
  return seen(await readPages(browser, probe, urls, { parallel: PARALLEL, inspect: readPainted }));
}

describe('Chromium (as analyze reads it) and Firefox ESR agree on every page', () => {
  let server: StaticServer;
  const builds: string[] = [];
  let chromium: Map<string, Seen | string>;
  let firefox: Map<string, Seen | string>;

  beforeAll(async () => {
    server = await serveStatic('/nonexistent', routes);
    const chromeDir = buildExtension('chrome');
    const firefoxDir = buildExtension('firefox');
    builds.push(chromeDir, firefoxDir);

    const started = Date.now();
    const took = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
    const c = await launchChromium({ extensionDir: chromeDir });
    try {
      const { worker } = await chromiumBackground(c);
      chromium = await readAll(c, extensionProbe(worker), server);
    } finally {
      await c.close();
    }
    const inChromium = took(started);
    const firefoxStarted = Date.now();
    const f = await launchFirefox({ extensionDir: firefoxDir });
    try {
      const inspector = await f.newPage();
      // Firefox never resolves navigations to moz-extension:// pages (toolchain facts).
      await inspector
        .goto(`moz-extension://${FIREFOX_ADDON_UUID}/popup.html?tab=-1`, {
          timeout: 3000,
        })
        .catch(() => {});
      await inspector.waitForFunction(() => document.readyState === 'complete', {
        timeout: 10_000,
      });
      firefox = await readAll(f, extensionProbe(inspector), server);
    } finally {
      await f.close();
    }
    console.info(
      `browsers-agree: ${routes.size} pages read in Chromium in ${inChromium}, in Firefox in ${took(firefoxStarted)}`,
    );
    // Two builds and every page read in both browsers: it grows with the fixture pages, and took
    // over 300 s on a slower 2-core machine.
  }, 900_000);
  afterAll(async () => {
    await server?.close();
    for (const dir of builds) rmSync(dirname(dir), { recursive: true, force: true });
  });

  it('reads every page in both browsers', () => {
    const failed = [...routes.keys()].flatMap((path) =>
      [
        ['chromium', chromium.get(path)],
        ['firefox', firefox.get(path)],
      ]
        .filter(([, s]) => typeof s === 'string' || s === undefined)
        .map(([name, s]) => `${path} in ${name as string}: ${String(s)}`),
    );
    expect(failed).toEqual([]);
  });

  it('finds the same verdict and highlight texts on each page', () => {
    const differ = [...routes.keys()].flatMap((path) => {
      const c = chromium.get(path);
      const f = firefox.get(path);
      if (typeof c !== 'object' || typeof f !== 'object') return [];
      if (c.verdict === f.verdict && JSON.stringify(c.reported) === JSON.stringify(f.reported)) {
        return [];
      }
      return [
        {
          path,
          chromium: { verdict: c.verdict, texts: c.reported },
          firefox: { verdict: f.verdict, texts: f.reported },
        },
      ];
    });
    expect(differ).toEqual([]);
  });

  it('paints in each browser exactly what it reported', () => {
    const differ = [...routes.keys()].flatMap((path) =>
      (
        [
          ['chromium', chromium.get(path)],
          ['firefox', firefox.get(path)],
        ] as const
      ).flatMap(([name, s]) =>
        typeof s === 'object' && JSON.stringify(s.painted) !== JSON.stringify(s.reported)
          ? [{ path, browser: name, reported: s.reported, painted: s.painted }]
          : [],
      ),
    );
    expect(differ).toEqual([]);
  });

  it('compares pages that carry the story, not only empty ones', () => {
    const matched = [...firefox.values()].filter(
      (s) => typeof s === 'object' && s.verdict !== 'none',
    );
    expect(matched.length).toBeGreaterThanOrEqual(hasShared ? 15 : 4);
  });
});
