import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type Target } from '../../scripts/harness/build';
import {
  startSession,
  type BrowserName,
  type ExtensionSession,
} from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';

const pagesDir = resolve(import.meta.dirname, 'pages');
const targets: Record<BrowserName, Target> = { chromium: 'chrome', firefox: 'firefox' };

describe.each<BrowserName>(['chromium', 'firefox'])('the built extension in %s', (name) => {
  let server: StaticServer;
  let session: ExtensionSession;
  let buildDir: string;
  beforeAll(async () => {
    buildDir = buildExtension(targets[name]);
    server = await serveStatic(pagesDir);
    session = await startSession(name, buildDir);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  it('runs its content script on a served page and reports to the background', async () => {
    const url = `${server.origin}/plain.html`;
    await session.open(url);
    const found = await session.resultFor(url);
    expect(found?.result.verdict).toBe('none');
    expect(found?.result.highlights).toEqual([]);
  });

  it('renders the popup for that tab', async () => {
    const url = `${server.origin}/plain.html`;
    const found = await session.resultFor(url);
    const popup = await session.openExtensionPage(`popup.html?tab=${found!.tabId}`);
    await popup.waitForSelector('[data-verdict="none"]', { timeout: 5000 });
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe('Crosscount');
  });

  it('logs no error from any extension context', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('negative control: the harness notices a content script that does not run', () => {
  it('finds no result when the manifest loses its content script', async () => {
    const built = buildExtension('chrome');
    const broken = mkdtempSync(join(tmpdir(), 'crosscount-broken-'));
    cpSync(built, broken, { recursive: true });
    const manifestPath = join(broken, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    delete manifest.content_scripts;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const server = await serveStatic(pagesDir);
    const session = await startSession('chromium', broken);
    try {
      const url = `${server.origin}/plain.html`;
      await session.open(url);
      expect(await session.resultFor(url, 1500)).toBeNull();
    } finally {
      await session.close();
      await server.close();
      rmSync(dirname(built), { recursive: true, force: true });
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
