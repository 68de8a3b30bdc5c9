// `npm run demo`: builds the extension, serves the demo article, opens it in
// Chromium with the extension installed and prints what Crosscount reports.
// Headed when a display exists (the browser stays open until Ctrl+C);
// headless otherwise, with screenshots saved under demo-output/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './harness/browsers';
import { buildExtension } from './harness/build';
import { chromiumBackground, storedResults } from './harness/extension';
import { serveStatic } from './harness/static-server';
import type { PageResult } from '../src/contracts/page-result';

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

let result: (PageResult & { tabId: number }) | undefined;
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

/** Opens the card of the first casualty claim with a number, as a reader's click does. */
async function openCard(): Promise<boolean> {
  const target =
    result?.highlights.find((h) => h.kind === 'casualty' && h.value !== undefined) ??
    result?.highlights[0];
  if (!target) return false;
  const at = await page.evaluate((text) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges = [
      ...(reg.get('crosscount-casualty') ?? []),
      ...(reg.get('crosscount-denial') ?? []),
    ];
    const range = ranges.find((r) => r.toString().replace(/\s+/g, ' ').trim() === text);
    if (!range) return null;
    window.scrollBy(0, range.getBoundingClientRect().top - innerHeight * 0.2);
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, target.text.replace(/\s+/g, ' ').trim());
  if (!at) return false;
  await page.mouse.click(at.x, at.y);
  return page
    .waitForFunction(
      () =>
        document
          .querySelector('crosscount-ui')
          ?.shadowRoot?.querySelector('.cc-card[data-status="ready"]'),
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );
}

// Installing opens the welcome tab, possibly over the demo page: tabs in the
// background are not painted (a screenshot of one waits forever).
await page.bringToFront();
if (headless) {
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: `${outDir}/article.png` });
  if (await openCard()) await page.screenshot({ path: `${outDir}/card.png` });
  else console.error('No card opened on the demo page.');
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
  await openCard();
  console.log(
    'The browser stays open: read the page, click highlights, open the popup. Ctrl+C to quit.',
  );
  process.on('SIGINT', () => void browser.close().then(() => process.exit(0)));
}
