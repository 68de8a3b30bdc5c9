// `npm run demo`: builds the extension, serves the demo article, opens it in
// Chromium with the extension installed and prints what Crosscount reports.
// Headed when a display exists (the browser stays open until Ctrl+C);
// headless otherwise, with screenshots saved under demo-output/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/harness/browsers';
import { buildExtension } from '../test/e2e/harness/build';
import { chromiumBackground, storedResults } from '../test/e2e/harness/extension';
import { serveStatic } from '../test/e2e/harness/static-server';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const outDir = resolve('demo-output');

const extensionDir = buildExtension('chrome');
const server = await serveStatic(resolve('demo'));
const browser = await launchChromium({
  extensionDir,
  headless,
  args: ['--window-size=1280,900'],
});
const { id, worker } = await chromiumBackground(browser);
const url = `${server.origin}/article.html`;
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
await page.goto(url, { waitUntil: 'load' });

let result;
for (let tries = 0; tries < 50 && !result; tries++) {
  await new Promise((r) => setTimeout(r, 100));
  const found = [...(await storedResults(worker)).entries()].find(([, r]) => r.url === url);
  if (found) result = { tabId: found[0], ...found[1] };
}

if (!result) {
  console.error('The extension reported nothing for the demo page.');
} else {
  console.log(`Demo page: ${url}`);
  console.log(`Verdict: ${result.verdict} (score ${result.score.toFixed(2)}) — ${result.reason}`);
  for (const h of result.highlights) {
    const count =
      'value' in h && h.value !== undefined
        ? ` = ${h.value}`
        : h.min !== undefined
          ? ` ≥ ${h.min}`
          : '';
    console.log(
      `  [${h.kind}] “${h.text}” — ${h.source}${h.metric ? ` · ${h.metric}${count}` : ''}`,
    );
  }
}

if (headless) {
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: `${outDir}/article.png` });
  if (result) {
    const popup = await browser.newPage();
    await popup.setViewport({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${result.tabId}`, {
      waitUntil: 'load',
    });
    await new Promise((r) => setTimeout(r, 300));
    await popup.screenshot({ path: `${outDir}/popup.png` });
  }
  console.log(`Screenshots saved in ${outDir}/`);
  await browser.close();
  await server.close();
} else {
  console.log(
    'The browser stays open: read the page, click highlights, open the popup. Ctrl+C to quit.',
  );
  process.on('SIGINT', () => void browser.close().then(() => process.exit(0)));
}
