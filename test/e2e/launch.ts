import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildExtension, type Target } from '../../scripts/harness/build';
import {
  startSession,
  type BrowserName,
  type ExtensionSession,
} from '../../scripts/harness/session';
import { serveStatic, type StaticServer } from '../../scripts/harness/static-server';
import { welcomeTabOpened } from './highlight-page';

// The set-up most end-to-end files share: the extension built for one browser,
// that browser started with it, the pages it is tested on served.

const root = resolve(import.meta.dirname, '../..');
const targets: Record<BrowserName, Target> = { chromium: 'chrome', firefox: 'firefox' };

export interface Launched {
  session: ExtensionSession;
  /** Closes the browser and removes the build. */
  close(): Promise<void>;
}

/** Builds the extension for `name` and starts that browser with it, once its welcome tab opened. */
export async function launchExtension(name: BrowserName): Promise<Launched> {
  const buildDir = buildExtension(targets[name]);
  const removeBuild = () => rmSync(dirname(buildDir), { recursive: true, force: true });
  try {
    const session = await startSession(name, buildDir);
    await welcomeTabOpened(session.browser);
    return {
      session,
      close: async () => {
        await session.close();
        removeBuild();
      },
    };
  } catch (error) {
    removeBuild();
    throw error;
  }
}

/** The pages under test/e2e/pages, with the demo article they wrap at /article.html. */
export const serveTestPages = (): Promise<StaticServer> =>
  serveStatic(
    resolve(import.meta.dirname, 'pages'),
    new Map([
      ['/article.html', `${root}/demo/article.html`],
      ['/demo.css', `${root}/demo/demo.css`],
    ]),
  );

type Storage = Record<
  'browser' | 'chrome',
  {
    storage: {
      onChanged: {
        addListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
      };
    };
  }
>;

/**
 * Opens an extension page that counts the results the background stores, per tab; returns
 * the page and how many it counted for a tab since it opened.
 */
export async function countStoredResults(session: ExtensionSession) {
  const control = await session.openExtensionPage('popup.html?tab=-1');
  await control.evaluate(() => {
    const g = globalThis as unknown as Storage & Record<string, number>;
    (g.browser ?? g.chrome).storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const key of Object.keys(changes)) g[key] = (g[key] ?? 0) + 1;
    });
  });
  const reports = (tabId: number) =>
    control.evaluate(
      (key) => (globalThis as unknown as Record<string, number>)[key] ?? 0,
      `tab:${tabId}`,
    );
  return { control, reports };
}
