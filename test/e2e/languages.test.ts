import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/harness/build';
import { startSession, type ExtensionSession } from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';

// The popup in the browser's UI language (Chromium started in German or
// Italian; needs the chromium-l10n package, which .ci/run installs).
// `UPDATE_SCREENSHOTS=1` saves docs/screenshots/popup-<lang>.png.
const root = resolve(import.meta.dirname, '../..');
const screenshotsDir = process.env.UPDATE_SCREENSHOTS ? `${root}/docs/screenshots` : null;

const expected = {
  de: { heading: 'Opferangaben', count: /^\d+ Opferangaben$/, about: 'Über die Daten' },
  it: { heading: 'Bilanci di vittime', count: /^\d+ bilanci$/, about: 'Sui dati' },
};

describe.each(Object.keys(expected) as (keyof typeof expected)[])(
  'the popup in Chromium started in %s',
  (lang) => {
    let server: StaticServer;
    let session: ExtensionSession;
    let buildDir: string;
    beforeAll(async () => {
      buildDir = buildExtension('chrome');
      server = await serveStatic(resolve(root, 'demo'));
      session = await startSession('chromium', buildDir, {
        args: [`--lang=${lang}`],
        env: { LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` },
      });
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
      rmSync(dirname(buildDir), { recursive: true, force: true });
    });

    it('speaks the browser’s language, with English only where a name is', async () => {
      const url = `${server.origin}/article.html`;
      await session.open(url);
      const found = await session.resultFor(url, 15_000);
      expect(found?.result.verdict).not.toBe('none');
      const popup = await session.openExtensionPage(`popup.html?tab=${found!.tabId}`);
      await popup.setViewport({ width: 400, height: 600 });
      await popup.waitForSelector('main[data-state="match"] .claims', { timeout: 10_000 });
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      const t = expected[lang];
      expect(await popup.$eval('[data-action="about"]', (b) => b.textContent)).toBe(t.about);
      expect(await popup.$eval('[data-count="casualty"]', (c) => c.textContent)).toMatch(t.count);
      expect(await popup.$eval('main', (m) => m.textContent)).toContain(t.heading);
      if (screenshotsDir) {
        mkdirSync(screenshotsDir, { recursive: true });
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        await popup.screenshot({ path: `${screenshotsDir}/popup-${lang}.png` });
      }
    });

    it('logs no error from any extension context', () => {
      expect(session.errors).toEqual([]);
    });
  },
);
