import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/harness/build';
import { startSession, type ExtensionSession } from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';

type PermissionsGlobal = Record<
  'browser',
  {
    permissions: {
      remove(p: { origins: string[] }): Promise<boolean>;
      contains(p: { origins: string[] }): Promise<boolean>;
    };
  }
>;
const permissions = (page: Page, op: 'remove' | 'contains', origins: string[]) =>
  page.evaluate(
    (op, origins) =>
      (globalThis as unknown as PermissionsGlobal).browser.permissions[op]({ origins }),
    op,
    origins,
  );

// Firefox lets a user withdraw an extension's access to websites (about:addons,
// Permissions). The popup must say so and get it back from a click.
describe('site access withdrawn in Firefox', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let buildDir: string;
  beforeAll(async () => {
    buildDir = buildExtension('firefox');
    server = await serveStatic(resolve(import.meta.dirname, 'pages'));
    session = await startSession('firefox', buildDir, {
      // Grant requests without the doorhanger a test cannot click (Firefox's own test setting).
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(dirname(buildDir), { recursive: true, force: true });
  });

  it('the popup says the browser withholds the site, and recovers once it is granted', async () => {
    const url = `${server.origin}/plain.html`;
    await session.open(url);
    const found = await session.resultFor(url, 10_000);
    expect(found?.result.verdict).toBe('none');

    const popup = await session.openExtensionPage(`popup.html?tab=${found!.tabId}`);
    await popup.waitForSelector('main[data-state="no-match"]', { timeout: 8000 });

    expect(await permissions(popup, 'remove', ['http://*/*', 'https://*/*'])).toBe(true);
    expect(await permissions(popup, 'contains', ['http://127.0.0.1/*'])).toBe(false);
    await popup.waitForSelector('main[data-state="no-access"]', { timeout: 8000 });
    expect(await popup.$eval('[data-state-message="no-access"]', (m) => m.textContent)).toContain(
      '127.0.0.1',
    );

    await popup.click('[data-action="grant-site"]');
    await popup.waitForSelector('main[data-state="no-match"]', { timeout: 10_000 });
    expect(await permissions(popup, 'contains', ['http://127.0.0.1/*'])).toBe(true);
    // The page was read again after the grant.
    expect((await session.resultFor(url, 10_000))?.result.verdict).toBe('none');
  });

  it('logs no error from any extension context', () => {
    expect(session.errors).toEqual([]);
  });
});
