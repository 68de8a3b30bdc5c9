import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

// The project's tests and tools drive the system's browsers (Debian packages);
// browser downloads by test tools cannot work on these machines.

export const INSTALL_HINT = 'sudo apt-get install chromium firefox-esr';

export const FIREFOX_ADDON_ID = 'crosscount@crosscount.org';
/** Pinned so tests know the add-on's moz-extension:// origin in advance. */
export const FIREFOX_ADDON_UUID = '0d2f6c1e-6a4b-4f3e-9a57-c7e0a1b2c3d4';

function findBrowser(envVar: string, candidates: string[], name: string): string {
  const fromEnv = process.env[envVar];
  const found = [fromEnv, ...candidates].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      `${name} was not found (looked at ${envVar} and ${candidates.join(', ')}). Install it with: ${INSTALL_HINT}`,
    );
  }
  return found;
}

export const chromiumPath = () =>
  findBrowser('CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'Chromium');
export const firefoxPath = () =>
  findBrowser('FIREFOX_PATH', ['/usr/bin/firefox-esr'], 'Firefox ESR');

/** Flags that keep Chromium quiet on a machine with no outside network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // The browser's own housekeeping calls (time, accounts, component updates)
  // would otherwise show up in the no-network test as noise.
  '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,AutofillServerCommunication,SigninInterception',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--disable-component-extensions-with-background-pages',
];

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  args?: string[];
  /** Send every request, loopback included, through this local proxy port. */
  proxyPort?: number;
  /** Firefox only: preferences on top of the quiet test profile's. */
  firefoxPrefs?: Record<string, unknown>;
  /** Environment of the browser process (LANGUAGE=de picks Chromium's UI language on Linux). */
  env?: Record<string, string>;
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    pipe: true,
    args: [
      ...CHROMIUM_ARGS,
      ...(opts.proxyPort
        ? [`--proxy-server=http://127.0.0.1:${opts.proxyPort}`, '--proxy-bypass-list=<-loopback>']
        : []),
      ...(opts.args ?? []),
    ],
    ...(opts.extensionDir ? { enableExtensions: [opts.extensionDir] } : {}),
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
  });
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: opts.headless ?? true,
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    args: ['--remote-allow-system-access', ...(opts.args ?? [])],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      // Keep Firefox from calling home during tests.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'extensions.blocklist.enabled': false,
      // As in Firefox's own test profiles: no remote settings fetches.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'browser.region.network.url': '',
      'browser.search.update': false,
      'network.trr.mode': 5,
      ...(opts.proxyPort
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': opts.proxyPort,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': opts.proxyPort,
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': true,
          }
        : {}),
      ...opts.firefoxPrefs,
    },
  });
  if (opts.extensionDir) await browser.installExtension(opts.extensionDir);
  return browser;
}
