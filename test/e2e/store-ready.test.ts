import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/harness/browsers';
import { buildExtension } from '../../scripts/harness/build';
import { chromiumBackground } from '../../scripts/harness/extension';

/** What chrome://extensions shows under an extension's Errors button. */
interface ExtensionInfo {
  installWarnings: string[];
  manifestErrors: { message: string }[];
}
type DeveloperPrivate = {
  chrome: { developerPrivate: { getExtensionInfo(id: string): Promise<ExtensionInfo> } };
};

/**
 * Loads `extensionDir` unpacked, as the README's install route does, in a
 * profile with Developer mode on (Chromium collects manifest warnings only
 * then), and returns what chrome://extensions lists for it.
 */
async function installWarnings(extensionDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscount-profile-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default/Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  let browser: Browser | undefined;
  try {
    browser = await launchChromium({ extensionDir, args: [`--user-data-dir=${profile}`] });
    const { id } = await chromiumBackground(browser);
    const page = await browser.newPage();
    await page.goto('chrome://extensions/', { waitUntil: 'load' });
    const info = await page.evaluate(
      (id) =>
        (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate.getExtensionInfo(id),
      id,
    );
    return [...info.installWarnings, ...info.manifestErrors.map((e) => e.message)];
  } finally {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('the Chrome build loaded unpacked in Chromium', () => {
  let buildDir: string;
  beforeAll(() => {
    buildDir = buildExtension('chrome');
  });
  afterAll(() => rmSync(dirname(buildDir), { recursive: true, force: true }));

  it('installs with no warning', async () => {
    expect(await installWarnings(buildDir)).toEqual([]);
  });

  it('negative control: a key Chromium does not know is reported', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'crosscount-unknown-key-'));
    try {
      cpSync(buildDir, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
      manifest.gecko_only_setting = true;
      writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
      expect(await installWarnings(copy)).toEqual([
        "Unrecognized manifest key 'gecko_only_setting'.",
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
