import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type Target } from '../../scripts/harness/build';
import { startLoggingProxy, type LoggingProxy } from '../../scripts/harness/logging-proxy';
import {
  startSession,
  type BrowserName,
  type ExtensionSession,
} from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';

const targets: Record<BrowserName, Target> = { chromium: 'chrome', firefox: 'firefox' };
const demoDir = resolve(import.meta.dirname, '../../demo');

// The browsers' own housekeeping (clock, sign-in, updates, remote settings),
// seen with and without the extension installed. Listed by exact host so an
// extension request to anywhere else still fails the test.
const BROWSER_OWN_HOSTS = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'firefox.settings.services.mozilla.com',
]);
const host = (seen: string) => {
  const target = seen.replace(/^CONNECT /, '');
  return /^https?:/.test(target) ? new URL(target).hostname : target.split(':')[0]!;
};

// Every request of the browser goes through a recording proxy. While the
// extension works on pages and its popup is open, the only requests allowed
// are the test server's own pages.
describe.each<BrowserName>(['chromium', 'firefox'])('in %s, nothing leaves the browser', (name) => {
  let proxy: LoggingProxy;
  let server: StaticServer;
  let session: ExtensionSession;
  let buildDir: string;
  let popupUrlTab = -1;
  beforeAll(async () => {
    buildDir = buildExtension(targets[name]);
    proxy = await startLoggingProxy();
    server = await serveStatic(demoDir);
    session = await startSession(name, buildDir, { proxyPort: proxy.port });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await proxy?.close();
    rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  it('makes no request of its own while it reads a page and shows its popup', async () => {
    const url = `${server.origin}/article.html`;
    await session.open(url);
    const found = await session.resultFor(url);
    expect(found).not.toBeNull();
    popupUrlTab = found!.tabId;
    const popup = await session.openExtensionPage(`popup.html?tab=${popupUrlTab}`);
    await popup.waitForSelector('main[data-state="match"] .claims', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 500));
    const foreign = proxy.seen.filter(
      (u) => !u.startsWith(server.origin + '/') && !BROWSER_OWN_HOSTS.has(host(u)),
    );
    expect(proxy.seen.some((u) => u.startsWith(server.origin + '/article.html'))).toBe(true);
    expect(foreign).toEqual([]);
  });

  it('positive control: the recorder sees a request made from an extension page', async () => {
    const page = await session.openExtensionPage(`popup.html?tab=${popupUrlTab}`);
    await page.evaluate(() =>
      fetch('http://crosscount-control.invalid/ping').catch(() => undefined),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(proxy.seen.some((u) => u.includes('crosscount-control.invalid'))).toBe(true);
  });
});
